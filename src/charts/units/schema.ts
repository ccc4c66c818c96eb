/** What a units (waffle) chart needs: its state parameters and the columns of its rows. */
import { z } from 'astro/zod';
import { rowBase, rowText, rowVoice } from '../../lib/schemas';

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

/**
 * One group: its id, label and count (a number, zero or more). `count: null` is a group the
 * sources do not report (drawn with no squares, labelled "not reported"). `role: rest` marks the
 * remainder of a whole no one gave a figure for ("the rest"), drawn as grey outlines in every
 * step, so it reads as no count and the group the chart is about keeps the colour. `voice: official` marks a count Russia's government or a state
 * company claims, drawn in Russia's colour (as bars and timelines draw officials' claims).
 * `set` (a year, say) gathers groups: a new set starts a new line of blocks, however wide the frame.
 */
export const unitsRow = rowBase.extend({ id: rowText, label: rowText, count: z.number().nonnegative().nullable(), role: z.literal('rest').optional(), voice: rowVoice.optional(), set: z.union([rowText, z.number()]).optional() });

export type UnitsParams = z.infer<typeof unitsParams>;
export type UnitsRow = z.infer<typeof unitsRow>;
