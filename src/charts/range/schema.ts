/** What a range chart needs: its state parameters and the columns of its rows. */
import { z } from 'astro/zod';
import { rowBase, rowQualifier, rowText, rowVoice } from '../../lib/schemas';

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

/**
 * One claim: id, label, `low` and `high` (equal for a single figure), and optionally the
 * `group` of who makes it (official, industry, survey), which picks the marker shape, and the
 * source's own `qualifier` of the figure, printed before it ("about 90%"). "more than" and "at
 * least" make a floor: a marker at `low` with an arrow pointing on, never a range to some
 * invented upper end. `short` (at most 28 characters) stands for the label where a crowded
 * frame (a small phone) has one line per claim, so no label is cut off mid-word. `voice:
 * official` marks a figure from Russia's government or a state company, drawn in Russia's colour
 * (as the timeline and bars draw officials' claims); other estimates keep the estimates' colour.
 */
export const rangeRow = rowBase.extend({
  id: rowText,
  label: rowText,
  short: rowText.max(28).optional(),
  low: z.number(),
  high: z.number(),
  group: z.string().optional(),
  qualifier: rowQualifier.optional(),
  voice: rowVoice.optional(),
  /** `forecast`: a figure someone expected, not one they counted, drawn dashed and hollow (RAEC's April forecast beside its March count). */
  figure: z.literal('forecast').optional(),
});

export type RangeParams = z.infer<typeof rangeParams>;
export type RangeRow = z.infer<typeof rangeRow>;
