/** Parameters a units (waffle) state may set. Rows need `id`, `label` and `count`. */
import { z } from 'astro/zod';

export const unitsParams = z
  .object({
    /** Group ids drawn in the accent colour with a bold label. */
    highlight: z.array(z.string()).default([]),
    /** Group ids drawn; the others keep their place but fade out. All are drawn when omitted. */
    show: z.array(z.string()).optional(),
    /** What one square stands for (default 1). The layout raises it when the squares would not fit. */
    perUnit: z.number().positive().default(1),
  })
  .strict();

export type UnitsParams = z.infer<typeof unitsParams>;
