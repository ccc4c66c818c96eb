/**
 * Content collections: every file under content/ is validated here at build time.
 * Cross-file rules (a step's chart and state exist, a citation names a known source,
 * a data row's source exists) live in src/lib/story.ts, which sees all collections at once.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentDir } from './lib/contentDir';
import { aggregatorSchema, chapterSchema, chartSchema, datasetSchema, glossarySchema, rejectedSchema, sourceSchema, teachSchema } from './lib/schemas';

/** `01-ambition.md` -> `ambition`: the order prefix keeps files sorted, the slug is the public URL. */
const slugFromFile = ({ entry }: { entry: string }) => entry.replace(/\.\w+$/, '').replace(/^\d+-/, '');

const chapters = defineCollection({
  loader: glob({ pattern: '*.md', base: `${contentDir}/chapters`, generateId: slugFromFile, deferRender: true }),
  schema: chapterSchema,
});

const sources = defineCollection({
  loader: file(`${contentDir}/sources.yaml`),
  schema: sourceSchema,
});

const datasets = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/data`, generateId: slugFromFile }),
  schema: datasetSchema,
});

const charts = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${contentDir}/charts`, generateId: slugFromFile }),
  schema: chartSchema,
});

const glossary = defineCollection({
  loader: file(`${contentDir}/glossary.yaml`),
  schema: glossarySchema,
});

/** Lesson guides, one per chapter: content/teach/<chapter-slug>.md (checked against the story in src/lib/teach.ts). */
const teach = defineCollection({
  loader: glob({ pattern: '*.md', base: `${contentDir}/teach`, generateId: slugFromFile }),
  schema: teachSchema,
});

/** Tempting figures we chose not to use, with the reason (rendered on /sources/). */
const rejected = defineCollection({
  loader: file(`${contentDir}/rejected.yaml`),
  schema: rejectedSchema,
});

/** Domains that are never a source, each with the reason (a source URL on one stops the build). */
const aggregators = defineCollection({
  loader: file(`${contentDir}/aggregators.yaml`),
  schema: aggregatorSchema,
});

export const collections = { chapters, sources, datasets, charts, glossary, teach, rejected, aggregators };
