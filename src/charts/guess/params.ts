/**
 * Parameters of a guess state: the question the reader answers with a slider, the row that
 * holds the answer and the rows of competing claims shown beside it once the reader asks.
 */
import { z } from 'astro/zod';
import { rowBase } from '../../lib/schemas';

export const guessParams = z
  .object({
    /** The question, as the slider's label (it may state a target row's figure, never the answer's). */
    question: z.string().min(1),
    /** Row id of the answer. */
    answer: z.string().min(1),
    /** Row ids of competing claims, drawn under the answer in this order. */
    claims: z.array(z.string()).default([]),
    /** Slider range and step, in the dataset's unit. */
    min: z.number().default(0),
    max: z.number().default(100),
    step: z.number().positive().default(1),
    /** Where the slider starts (not a hint: the middle of the range by default). */
    start: z.number().optional(),
    /** Printed after every value ("%"). */
    suffix: z.string().default(''),
  })
  .strict()
  .refine((p) => p.max > p.min, { message: 'max must be greater than min' });

export type GuessParams = z.output<typeof guessParams>;

/** Rows: an id, what the figure is, the figure, and words the source puts before it ("more than"). */
export const guessRow = rowBase.extend({
  id: z.string().min(1),
  label: z.string().min(1),
  value: z.number(),
  /** The source's own qualifier, printed before the value ("more than", "about"). */
  qualifier: z.string().nullish(),
  /** `target`: a promise, not a finding: shown from the start (the question states it), drawn dashed, above the guess. */
  role: z.enum(['finding', 'target']).nullish(),
});

export type GuessRow = z.output<typeof guessRow>;
