// The only script on first load: theme select, copy buttons, the differences switch and the search launcher.
import { initCopyButtons } from './copy';
import { initDiffToggle } from './diff-toggle';
import { initSearchLauncher } from './search-launcher';
import { initThemeSelect } from './theme';

initThemeSelect();
initCopyButtons();
initDiffToggle();
initSearchLauncher();
