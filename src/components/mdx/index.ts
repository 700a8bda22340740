// Components every MDX page (docs and component notes) may use without an import: headings with
// stable ids and the two boxes of running text. Anything else a page shows (tables, diagrams, the
// chooser) it imports itself, so its styles reach only the pages that render it (Astro bundles the
// CSS of whatever an MDX entry imports with that entry, but the CSS of this map with every page of a route).
import Callout from '../Callout.astro';
import OriginalNote from '../OriginalNote.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';

export const mdxComponents = { Callout, OriginalNote, H2, H3 };
