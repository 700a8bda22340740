// The only script on first load: theme select, copy buttons, the language switch, the page contents, keyboard shortcuts,
// and the starters of what loads on first use as chunks of its own (`?lazy`): the distribution
// picker, the differences filter, the chooser, search, and the forwarding of renamed anchors.
import { initChooserOnUse } from './chooser-start';
import { initColumns } from './columns';
import { initCopyButtons } from './copy';
import { initDiffToggle } from './diff-toggle';
import { focusTargetOnHashChange } from './focus-target';
import { initLanguageSwitch } from './lang-switch';
import oldAnchorsUrl from './old-anchors?lazy';
import { initSearchLauncher } from './search-launcher';
import { initShortcuts } from './shortcuts';
import { initThemeSelect } from './theme';
import { focusScrollingCode } from './scroll-code';
import { addTableControls } from './table-controls';
import { initTableOfContents } from './toc';

// Only pages with renamed anchors carry their map; the code that forwards them comes with it.
if (document.getElementById('anchor-redirects')) void import(/* @vite-ignore */ oldAnchorsUrl).then((m: typeof import('./old-anchors')) => m.forwardOldAnchors());
initThemeSelect();
addTableControls();
initCopyButtons();
// Columns first: they decide which rows differ before the differences switch applies.
initColumns();
initDiffToggle();
focusTargetOnHashChange();
initLanguageSwitch();
initSearchLauncher();
initShortcuts();
initTableOfContents();
initChooserOnUse();
focusScrollingCode();
