import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { createComponentSchema } from './schemas/component';
import { DistroSchema } from './schemas/distro';
import { DocSchema } from './schemas/doc';
import { ResolvedGroupSchema, ResolvedRowSchema } from './schemas/row';
import { ComponentTranslationSchema, DocTranslationSchema } from './schemas/translation';
import { DISTROS_FILE, tablesLoader } from './loaders/tables-loader';
import { diagramsLoader } from './loaders/diagrams-loader';
import { ResolvedDiagramSchema } from './schemas/diagram';
import { requirementsLoader } from './loaders/requirements-loader';
import { ResolvedRequirementSchema } from './schemas/requirement';
import { parseDistros } from './lib/tables';

/** The declared distributions: component notes must give each one a status, and no other. */
const distroIds = parseDistros({ path: DISTROS_FILE, text: readFileSync(DISTROS_FILE, 'utf8') }).map((d) => d.id);

/** Distributions, in column order. */
const distros = defineCollection({ loader: file(DISTROS_FILE), schema: DistroSchema });

/** Every table row of every table file, validated together (ids unique site-wide). */
const rows = defineCollection({ loader: tablesLoader('rows'), schema: ResolvedRowSchema });

/** Table groups: the sub-tables, each with a stable heading id. */
const groups = defineCollection({ loader: tablesLoader('groups'), schema: ResolvedGroupSchema });

/** One architecture diagram per distribution and edition (`k0s`, `zh/k0s`), validated with its translations. */
const diagrams = defineCollection({ loader: diagramsLoader(), schema: ResolvedDiagramSchema });

/** What operators choose by, with each distribution's verdict and the rows that prove it (the chooser on /choose/). */
const requirements = defineCollection({ loader: requirementsLoader(), schema: ResolvedRequirementSchema });

/** One MDX note per component (kine, etcd, traefik, …). */
const components = defineCollection({
	loader: glob({ base: './content/components', pattern: '*.mdx' }),
	schema: createComponentSchema(distroIds),
});

/** Pages: overview, comparison, paths, commands, essay, how to choose. */
const docs = defineCollection({
	loader: glob({ base: './content/docs', pattern: '*.mdx' }),
	schema: DocSchema,
});

/** Other editions' component notes (`content/i18n/<lang>/components/<id>.mdx`): id `<lang>/components/<id>`. */
const componentTranslations = defineCollection({
	loader: glob({ base: './content/i18n', pattern: '*/components/*.mdx' }),
	schema: ComponentTranslationSchema,
});

/** Other editions' pages (`content/i18n/<lang>/docs/<id>.mdx`): id `<lang>/docs/<id>`. */
const docTranslations = defineCollection({
	loader: glob({ base: './content/i18n', pattern: '*/docs/*.mdx' }),
	schema: DocTranslationSchema,
});

export const collections = { distros, rows, groups, diagrams, requirements, components, docs, componentTranslations, docTranslations };
