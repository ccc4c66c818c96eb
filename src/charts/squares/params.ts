/**
 * Parameters a squares (unit chart) state may set. One square per unit of the dataset's
 * `total` row; country rows sort their squares into blocks; `system` rows name single
 * units of one group (drawn larger and labelled when that group is called out).
 */
import { z } from 'astro/zod';
import { rowBase } from '../../lib/schemas';

export const squaresParams = z
  .object({
    /** Country ids that get their own block (in data order); the rest share one block. */
    split: z.array(z.string()).default([]),
    /** Block ids drawn with an outline and a bold label (the "current step" by weight, not colour). */
    highlight: z.array(z.string()).default([]),
    /** A country id whose named systems are pulled out, drawn larger and labelled one by one. */
    callout: z.string().optional(),
    /** A short note for the side panel (no figures that are not in the data). */
    note: z.string().optional(),
  })
  .strict();

export type SquaresParams = z.infer<typeof squaresParams>;

/** Rows: one `total`, `country` rows with a count, and named `system` rows of one country. */
export const squaresRow = rowBase.extend({
  id: z.string(),
  /** `total` (the list's size), `country` (a block with a count) or `system` (one named unit). */
  role: z.enum(['total', 'country', 'system']),
  label: z.string(),
  /** Units it stands for: the total, a country's count, or machines a source names together. */
  count: z.number().int().nonnegative().nullish(),
  /** For a system: the country row it belongs to. */
  group: z.string().nullish(),
  /** For a system: its place in the list, when the source gives it. */
  rank: z.number().int().positive().nullish(),
});

export type SquaresRow = z.output<typeof squaresRow>;
