// The only script on first load: theme select, copy buttons, the distribution picker, the differences switch, the language switch, the page contents and the search launcher.
import { initColumns } from './columns';
import { initCopyButtons } from './copy';
import { initDiffToggle } from './diff-toggle';
import { focusTargetOnHashChange } from './focus-target';
import { initLanguageSwitch } from './lang-switch';
import { forwardOldAnchors } from './old-anchors';
import { initSearchLauncher } from './search-launcher';
import { initThemeSelect } from './theme';
import { focusScrollingCode } from './scroll-code';
import { addTableControls } from './table-controls';
import { initTableOfContents } from './toc';

forwardOldAnchors();
initThemeSelect();
addTableControls();
initCopyButtons();
// Columns first: they decide which rows differ before the differences switch applies.
initColumns();
initDiffToggle();
focusTargetOnHashChange();
initLanguageSwitch();
initSearchLauncher();
initTableOfContents();
focusScrollingCode();
