// The only script on first load: theme select, copy buttons and the search launcher.
import { initCopyButtons } from './copy';
import { initSearchLauncher } from './search-launcher';
import { initThemeSelect } from './theme';

initThemeSelect();
initCopyButtons();
initSearchLauncher();
