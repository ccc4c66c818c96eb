/** What a line chart needs: its state parameters and the columns of its rows. */
import { z } from 'astro/zod';
import { rowBase, rowText } from '../../lib/schemas';

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
    /** The lines join a starting level to a target (a promise, not measurements): drawn dashed. */
    promised: z.boolean().optional(),
  })
  .strict();

/** One point: the `series` it belongs to (its name), `x` (a number, e.g. a year) and `value`. */
export const lineRow = rowBase.extend({ series: rowText, x: z.number(), value: z.number() });

export type LineParams = z.infer<typeof lineParams>;
export type LineRow = z.infer<typeof lineRow>;
