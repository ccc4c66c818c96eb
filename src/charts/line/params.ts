/** Parameters a line state may set. Rows need `series`, `x` (a number, e.g. a year) and `value`. */
import { z } from 'astro/zod';

export const lineParams = z
  .object({
    /** Series names drawn in the accent colour, thicker, with a bold label. */
    highlight: z.array(z.string()).default([]),
    /** Series names drawn (omit to draw every series). */
    show: z.array(z.string()).optional(),
    /** Points after this x are hidden until a later step (the axes do not move). */
    xMax: z.number().optional(),
    /** Printed before each value (e.g. "$"). */
    prefix: z.string().optional(),
    /** Printed after each value (e.g. "%"). */
    suffix: z.string().optional(),
  })
  .strict();

export type LineParams = z.infer<typeof lineParams>;
