// Components every MDX page (docs and component notes) may use without an import: headings with
// stable ids. Anything else a page shows (boxes, tables, diagrams, the chooser) it imports itself,
// so its styles reach only the pages that render it: Astro bundles the CSS of what an MDX entry
// imports with that entry, but the CSS of this map with every page of the route that passes it.
import H2 from './H2.astro';
import H3 from './H3.astro';

export const mdxComponents = { H2, H3 };
