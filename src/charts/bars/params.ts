/** Parameters a bars state may set. Rows need `id`, `label` and `value` (a number). */
import { z } from 'astro/zod';

export const barsParams = z
  .object({
    /** Row ids drawn in the accent colour with a bold label. */
    highlight: z.array(z.string()).default([]),
    /** Row ids drawn; the others fold away (omit to draw every row). */
    show: z.array(z.string()).optional(),
    /** `value`: largest first (the default); `data`: the order of the dataset. */
    sort: z.enum(['value', 'data']).default('value'),
    /** Printed before each value (e.g. "$"). */
    prefix: z.string().optional(),
    /** Printed after each value (e.g. "%"). */
    suffix: z.string().optional(),
  })
  .strict();

export type BarsParams = z.infer<typeof barsParams>;
