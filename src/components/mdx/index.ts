// Components available in every MDX page without an import.
import ArchitectureDiagram from '../ArchitectureDiagram.astro';
import Callout from '../Callout.astro';
import CheckedReleases from '../CheckedReleases.astro';
import Chooser from '../Chooser.astro';
import DataDownloads from '../DataDownloads.astro';
import KeyDifferences from '../KeyDifferences.astro';
import OriginalNote from '../OriginalNote.astro';
import RequirementMatrix from '../RequirementMatrix.astro';
import RowTable from '../RowTable.astro';
import H2 from './H2.astro';
import H3 from './H3.astro';

export const mdxComponents = { ArchitectureDiagram, Callout, CheckedReleases, Chooser, DataDownloads, KeyDifferences, OriginalNote, RequirementMatrix, RowTable, H2, H3 };
