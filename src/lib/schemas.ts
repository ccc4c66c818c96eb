/**
 * Zod schemas for every kind of content file. Each field says what it is for, so an
 * author reading a validation error knows what to write.
 */
import { z } from 'astro/zod';
import { suppliedTitle } from './suppliedTitle';

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
  /**
   * What changed since publication, shown to readers as a "What changed" log on the chapter page:
   * each entry a day (YYYY-MM-DD) and one plain sentence ("Corrected the 2019 count of Russian
   * systems to two"). Newest first or in any order; the page sorts them newest first.
   */
  changes: z
    .array(
      z.object({
        /** Day of the change (YYYY-MM-DD). */
        date: isoDay,
        /** What changed, in one sentence a reader understands. */
        note: z.string().min(1),
      }),
    )
    .optional(),
});

/** What a source is, which decides how far a figure may lean on it (see README "For authors"). */
export const sourceKinds = ['primary', 'reporting', 'wire-copy', 'analysis', 'state-media'] as const;
export type SourceKind = (typeof sourceKinds)[number];

/** One passage of a source, in its own words: what a reader compares our figure with. */
export const quoteSchema = z.object({
  /** The source's exact words, in the source's language. */
  text: z.string().min(1),
  /** Our English translation; required when the source's language is not English. */
  translation: z.string().min(1).optional(),
});

/** content/sources.yaml: every source once. */
export const sourceSchema = z.object({
  /** Stable id used by `:cite[id]` and by data rows. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'source ids are lowercase words joined by hyphens'),
  /** The site whose copy we read (for a primary source: the issuer). */
  publisher: z.string().min(1),
  /** For a wire copy only: the agency whose story it is (Reuters, AFP, AP, dpa ...). */
  wire: z.string().min(1).optional(),
  /** The title exactly as published ("Untitled in our copy (...)" where it showed none: suppliedTitle). */
  title: z.string().min(1).transform(suppliedTitle),
  /** The address where the source was read. */
  url: z.url(),
  /** When it was published; "n.d." (no date, as in APA) when the copy we read showed none. */
  published: z.union([isoDate, z.literal('n.d.')]),
  /** When we read it (also the date of the archived copy linked on /sources/). */
  accessed: isoDay,
  /**
   * primary: official text, transcript, dataset, the report or index itself, a company's own
   * announcement; reporting: the original publisher's own journalism; wire-copy: a verbatim copy
   * of a wire story on another site; analysis: think tanks, academics, consultancies;
   * state-media: state or state-aligned outlets (a record of what an official said, never sole
   * support for a figure presented as true).
   */
  kind: z.enum(sourceKinds, { error: `kind must be one of: ${sourceKinds.join(', ')}` }),
  /** Language of the source text (BCP 47: en, ru, de, zh ...). */
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'language is a BCP 47 tag such as en, ru or pt-BR'),
  /** The exact words behind every figure or claim we take from it. */
  quotes: z.array(quoteSchema).default([]),
  /** How sure we are and why (e.g. "single secondary source"). */
  confidence: z.string().optional(),
});

/**
 * content/aggregators.yaml: domains that are never a source (aggregators, content farms, gaming
 * and SEO sites, community posts). The file maps each bare domain to its reason; a subdomain is
 * covered by its domain (ru24.pro covers m.ru24.pro).
 */
export const aggregatorSchema = z.object({
  /** Why it is not a source: what the site does with other people's stories. */
  reason: z.string().min(1),
});

const cell = z.union([z.string(), z.number(), z.null(), z.date().transform(toIso)]);

/**
 * A data row as every chart kind's row schema extends it: its source id plus any cells. Each
 * kind adds the columns it needs, typed (src/charts/<kind>/schema.ts).
 */
export const rowBase = z.object({ source: z.string().min(1) }).catchall(z.union([z.string(), z.number(), z.null()]));

/** An id or name a row is known by (non-empty text). */
export const rowText = z.string().trim().min(1);

/** A source's own qualifier of a figure, printed before it ("more than 15%"); bars and range rows. */
export const rowQualifier = z.enum(['about', 'almost', 'more than', 'up to', 'at least']);

/** `official`: said or counted by Russia's government or a state company; every chart draws it in Russia's colour. */
export const rowVoice = z.literal('official');

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
  /**
   * The state embeds, preview images and the gallery show by default: the whole chart with no
   * step's emphasis, so a host page does not open on one step's point. Usually a state no step
   * uses. Without it they show the chart's last step.
   */
  overview: z.string().optional(),
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

/** What a strong, an adequate and a weak answer contains (for analysis questions and rubrics). */
const lookForsSchema = z.object({
  strong: z.string().min(1),
  adequate: z.string().min(1),
  weak: z.string().min(1),
});

/** One discussion question in a teaching guide, with its teacher's key. */
const questionSchema = z.object({
  /** The question as a student reads it. */
  text: z.string().min(1),
  /** `recall`: the answer is in the chapter; `analysis`: students weigh, compare or explain. */
  kind: z.enum(['recall', 'analysis']),
  /** Step ids the question draws on (each must exist); the guide links to each step. */
  steps: z.array(z.string().min(1)).min(1),
  /**
   * The teacher's key: a model answer (every question). Optional here so that src/lib/teach.ts
   * can stop the build with the guide's file and line when it is missing.
   */
  answer: z.string().min(1).optional(),
  /** What strong, adequate and weak answers contain (required for analysis questions). */
  lookFors: lookForsSchema.optional(),
  /** Worked arithmetic, one line a step: `171 ÷ 5 = 34.2`. A number after `=` is a result. */
  working: z.array(z.string().min(1)).optional(),
});

/** The five timed parts of a lesson, in the order they happen. */
export const planParts = ['before', 'during', 'after', 'activity', 'exit'] as const;

/** content/teach/<slug>.md front matter: the lesson guide for one chapter; the body holds notes. */
export const teachSchema = z.object({
  /** Slug of the chapter this guide is for (e.g. `sanctions`). */
  chapter: z.string().min(1),
  /** Class time of the whole lesson, in minutes (the plan's parts add up to it). */
  minutes: z.number().int().positive(),
  /** Glossary ids of the terms students should know (each must exist and be used in the chapter). */
  terms: z.array(z.string().min(1)).min(1),
  /** The timed plan: before, during and after reading, the activity and the exit ticket. */
  plan: z
    .array(
      z.object({
        part: z.enum(planParts),
        minutes: z.number().int().positive(),
        /** What the teacher and students do in this part. */
        what: z.string().min(1),
      }),
    )
    .min(5),
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
    /** The answer sheet for the activity's working (numbers are checked like a key's). */
    answer: z.string().min(1).optional(),
    /** Worked arithmetic for the activity, as for a question. */
    working: z.array(z.string().min(1)).optional(),
    /** How the teacher marks it: each criterion with strong, adequate and weak work. */
    rubric: z.array(z.object({ criterion: z.string().min(1) }).extend(lookForsSchema.shape)).min(2),
  }),
  /** Two or three closing questions, each with its answer. */
  exitTicket: z
    .array(z.object({ question: z.string().min(1), answer: z.string().min(1), working: z.array(z.string().min(1)).optional() }))
    .min(2)
    .max(3),
  /** Support for English learners and weaker readers, and an extension for advanced students. */
  support: z.object({
    /** Sentence starters for the discussion and written answers. */
    starters: z.array(z.string().min(1)).min(2),
    /** A shorter reading path: the step ids to read, in order (each must exist). */
    shortPath: z.array(z.string().min(1)).min(2),
    /** One or two lines on how to use the path and the vocabulary. */
    note: z.string().min(1),
    /** A task for students who finish early or want more. */
    extension: z.string().min(1),
  }),
  /** Standards the lesson meets: a code from src/lib/standards.ts and one line on how. */
  standards: z.array(z.object({ code: z.string().min(1), how: z.string().min(1) })).min(2),
  /** A short note on the war and students with ties to Russia or Ukraine. */
  sensitive: z.string().min(1),
});

export type Chapter = z.infer<typeof chapterSchema>;
export type TeachGuide = z.infer<typeof teachSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
export type ChartDef = z.infer<typeof chartSchema>;
export type GlossaryTerm = z.infer<typeof glossarySchema>;
export type Rejected = z.infer<typeof rejectedSchema>;
export type Aggregator = z.infer<typeof aggregatorSchema>;
export type Quote = z.infer<typeof quoteSchema>;
export type Row = Dataset['rows'][number];
export type Note = z.infer<typeof noteSchema>;
