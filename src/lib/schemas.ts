/**
 * Zod schemas for every kind of content file. Each field says what it is for, so an
 * author reading a validation error knows what to write.
 */
import { z } from 'astro/zod';

/** YAML turns 2024-12-12 into a Date; keep dates as the ISO text the author wrote. */
const toIso = (value: Date) => value.toISOString().slice(0, 10);
const dateText = z.union([z.string(), z.number().transform(String), z.date().transform(toIso)]);
export const isoDate = dateText.pipe(z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'use YYYY, YYYY-MM or YYYY-MM-DD'));
const isoDay = dateText.pipe(z.iso.date());

/** content/chapters/NN-<slug>.md front matter. */
export const chapterSchema = z.object({
  /** Headline of the chapter. */
  title: z.string().min(1),
  /** One or two sentences under the title; also the card text on the cover. */
  dek: z.string().min(1),
  /** Position in the story, 1 to 5. */
  order: z.number().int().positive(),
  /** 3 to 5 points a reader should leave with. */
  takeaways: z.array(z.string().min(1)).min(3).max(5),
  /** 2 to 4 things a student can do after reading (for the teaching guide). */
  objectives: z.array(z.string().min(1)).min(2).max(4),
  /** Last substantive change, for citations (YYYY-MM-DD). */
  updated: isoDay,
  /** First publication (YYYY-MM-DD). */
  published: isoDay,
});

/** content/sources.yaml: every source once. */
export const sourceSchema = z.object({
  /** Stable id used by `:cite[id]` and by data rows. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'source ids are lowercase words joined by hyphens'),
  /** Who published it (outlet, agency, institution). */
  publisher: z.string().min(1),
  /** The title exactly as published. */
  title: z.string().min(1),
  /** The address where the source was read. */
  url: z.url(),
  /** When it was published; "n.d." (no date, as in APA) when the copy we read showed none. */
  published: z.union([isoDate, z.literal('n.d.')]),
  /** When we read it. */
  accessed: isoDay,
  /** How sure we are and why (e.g. "single secondary source"). */
  confidence: z.string().optional(),
});

const cell = z.union([z.string(), z.number(), z.null(), z.date().transform(toIso)]);

/**
 * A data row as every chart kind's row schema extends it: its source id plus any cells. Each
 * kind adds the columns it needs, typed (src/charts/<kind>/schema.ts).
 */
export const rowBase = z.object({ source: z.string().min(1) }).catchall(z.union([z.string(), z.number(), z.null()]));

/** An id or name a row is known by (non-empty text). */
export const rowText = z.string().trim().min(1);

/** content/data/<dataset>.yaml: a small tidy table with its metadata. */
export const datasetSchema = z.object({
  /** Human title, used for the CSV download and tables. */
  title: z.string().min(1),
  /** Unit of the values (e.g. "rank", "trillion roubles", "people"). */
  unit: z.string().min(1),
  /** Caveats a reader should know. */
  notes: z.string().optional(),
  /** Column names in display order, with labels for tables and CSV headers. */
  columns: z.array(z.object({ key: z.string(), label: z.string() })).min(1),
  /** The rows. Each names the source id it comes from. */
  rows: z
    .array(
      z
        .object({ source: z.string({ error: 'every data row needs a `source` id' }).min(1) })
        .catchall(cell),
    )
    .min(1),
});

/** A short note written on the chart, pinned to one mark. */
export const noteSchema = z
  .object({
    /** The mark it points at: a row id (a series name on a line chart, an entity on a rank chart). */
    at: z.string().min(1),
    /** The note itself, at most about 60 characters: one short line a reader takes in at a glance. */
    text: z.string().min(1).max(80, 'keep a note under 80 characters (about 60 reads best)'),
  })
  .strict();

/** One named state of a chart: the parameters of its kind, and what it shows in words. */
const chartStateSchema = z.object({
  /** One sentence describing what the chart shows in this state (read by screen readers). */
  summary: z.string().min(1),
  /** Parameters for the chart kind; validated against the kind's own schema. */
  params: z.record(z.string(), z.unknown()).default({}),
  /** One or two notes written on the chart in this state, each pointing at a mark. */
  notes: z.array(noteSchema).max(2, 'at most two notes per state').optional(),
});

/** content/charts/<chart-id>.yaml: one chart = a kind + a dataset + named states. */
export const chartSchema = z.object({
  /** Title shown above the chart and used as the accessible name. */
  title: z.string().min(1),
  /** Chart kind: a component in src/charts/<kind>/. */
  kind: z.string().min(1),
  /** Dataset id (content/data/<id>.yaml). */
  dataset: z.string().min(1),
  /** Chapter slug the chart belongs to. */
  chapter: z.string().min(1),
  /** Named states, in the order they first appear in the story. The first is the default. */
  states: z.record(z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/, 'state names are camelCase'), chartStateSchema),
});

/** content/rejected.yaml: a tempting figure we chose not to use, shown on /sources/ with the reason. */
export const rejectedSchema = z.object({
  /** Stable id (the entry's anchor on /sources/). */
  id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lowercase words joined by hyphens'),
  /** The figure or claim as it circulates, in our words. */
  figure: z.string().min(1),
  /** Where we saw it (site or publication). */
  seenIn: z.string().min(1),
  /** The address where we saw it, when there was one. */
  url: z.url().optional(),
  /** Why we left it out (single weak source, conflict, no date, an error ...). */
  reason: z.string().min(1),
});

/** content/glossary.yaml: each term once. */
export const glossarySchema = z.object({
  /** Stable id used by `:term[...]{#id}`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The term as shown. */
  term: z.string().min(1),
  /** Plain-English definition, one or two sentences. */
  definition: z.string().min(1),
});

/** One discussion question in a teaching guide. */
const questionSchema = z.object({
  /** The question as a student reads it. */
  text: z.string().min(1),
  /** `recall`: the answer is in the chapter; `analysis`: students weigh, compare or explain. */
  kind: z.enum(['recall', 'analysis']),
  /** Step ids the question draws on (each must exist); the guide links to each step. */
  steps: z.array(z.string().min(1)).min(1),
});

/** content/teach/<slug>.md front matter: the lesson guide for one chapter; the body holds notes. */
export const teachSchema = z.object({
  /** Slug of the chapter this guide is for (e.g. `sanctions`). */
  chapter: z.string().min(1),
  /** Class time the chapter and its discussion take, in minutes. */
  minutes: z.number().int().positive(),
  /** Glossary ids of the terms students should know (each must exist in content/glossary.yaml). */
  terms: z.array(z.string().min(1)).min(1),
  /** Five or more discussion questions, mixing recall and analysis. */
  questions: z
    .array(questionSchema)
    .min(5, 'write at least 5 questions')
    .refine((qs) => qs.some((q) => q.kind === 'recall') && qs.some((q) => q.kind === 'analysis'), {
      message: 'mix recall and analysis questions',
    }),
  /** One classroom activity: students work with the chapter's data or weigh two competing claims. */
  activity: z.object({
    /** Short name of the activity. */
    title: z.string().min(1),
    /** `data`: students work with the chapter's datasets; `claims`: they weigh two competing claims. */
    kind: z.enum(['data', 'claims']),
    /** Minutes it takes in class. */
    minutes: z.number().int().positive(),
    /** What students do, step by step, in the order they do it. */
    instructions: z.array(z.string().min(1)).min(2),
    /** Step ids the activity starts from (each must exist). */
    steps: z.array(z.string().min(1)).default([]),
  }),
});

export type Chapter = z.infer<typeof chapterSchema>;
export type TeachGuide = z.infer<typeof teachSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
export type ChartDef = z.infer<typeof chartSchema>;
export type GlossaryTerm = z.infer<typeof glossarySchema>;
export type Rejected = z.infer<typeof rejectedSchema>;
export type Row = Dataset['rows'][number];
export type Note = z.infer<typeof noteSchema>;
