/**
 * Parameters a range state may set. Rows need `id`, `label`, `low` and `high` (equal to
 * `low` for a single figure), and may name a `group` (e.g. official, industry, survey).
 */
import { z } from 'astro/zod';

export const rangeParams = z
  .object({
    /** Claim ids drawn in the accent colour with a bold label. */
    highlight: z.array(z.string()).default([]),
    /** Claim ids drawn; the others keep their row but fade out. All are drawn when omitted. */
    show: z.array(z.string()).optional(),
    /** Fixed value axis [min, max]; by default it spans zero (or the lowest value) to the highest. */
    domain: z.tuple([z.number(), z.number()]).refine(([a, b]) => a < b, 'domain must be [min, max] with min < max').optional(),
    /** Printed before every value (e.g. "$"). */
    prefix: z.string().default(''),
    /** Printed after every value (e.g. "%"). */
    suffix: z.string().default(''),
  })
  .strict();

export type RangeParams = z.infer<typeof rangeParams>;
