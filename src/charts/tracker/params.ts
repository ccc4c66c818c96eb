/**
 * Parameters of a tracker state: which promises are filled in so far (the rest keep their empty
 * cards, so nothing moves as they fill) and which are this step's.
 */
import { z } from 'astro/zod';
import { rowBase } from '../../lib/schemas';

export const trackerParams = z
  .object({
    /** Promise ids whose cards are filled in; all of them when left out (the report card). */
    filled: z.array(z.string()).optional(),
    /** Promise ids outlined as this step's (weight, not colour). */
    highlight: z.array(z.string()).default([]),
  })
  .strict();

export type TrackerParams = z.output<typeof trackerParams>;

/**
 * Rows, two per promise at most: its `target` and its latest sourced `measure`, each with its
 * own source and date. A promise with no measure row is drawn "no measure published".
 */
export const trackerRow = rowBase.extend({
  id: z.string().min(1),
  /** The promise this row belongs to (one card per promise, in first-row order). */
  promise: z.string().min(1),
  /** The promise's name, on its card (target rows; measure rows may repeat it). */
  label: z.string().min(1),
  role: z.enum(['target', 'measure']),
  value: z.number().nonnegative(),
  /** The value as the source words it ("80%", "at least 60 billion roubles"). */
  text: z.string().min(1),
  /** When: "by 2030" for a target, the date the measure refers to for a measure. */
  date: z.string().min(1),
  /** What kind of measure: the strategy's starting level, a government claim ... */
  basis: z.string().nullish(),
  /** Target rows: `percent` draws on 0 to 100; `target` (default) makes the target the full bar;
   *  `none`: a promise in words only (a place among leaders, a rank), drawn with no bar. */
  scale: z.enum(['percent', 'target', 'none']).nullish(),
});

export type TrackerRow = z.output<typeof trackerRow>;
