/** What a bar chart needs: its state parameters and the columns of its rows. */
import { z } from 'astro/zod';
import { rowBase, rowQualifier, rowText, rowVoice } from '../../lib/schemas';

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
    /**
     * `all` (the default): one scale and one place per row in every state. `shown`: the state's
     * shown rows fill the frame on a scale of their own, so a state of small values is not drawn
     * as specks beside a hidden large one (the values printed at each bar say the sizes).
     */
    fit: z.enum(['all', 'shown']).default('all'),
    /** The scale's end when it is not the largest value: 100 for shares of a whole, so 13% is not drawn as a full bar; each bar then runs on a faint track to it. */
    max: z.number().positive().optional(),
  })
  .strict();

/**
 * One bar: id, label and value (a number; null for a row the sources do not report), and
 * optionally the source's own `qualifier` of the figure, printed before the value ("more than
 * 15%"), so a floor, an estimate or a ceiling never reads as an exact count.
 */
export const barsRow = rowBase.extend({
  id: rowText,
  label: rowText,
  /** No negative values: the bars grow from a zero line at the left. */
  value: z.number().nonnegative().nullable(),
  qualifier: rowQualifier.optional(),
  /** `target`: a promise, not a measure, drawn as a dashed outline (as the promise tracker draws targets). */
  role: z.enum(['target']).optional(),
  /** `official`: a figure Russia's government or a state company claims, drawn in Russia's colour (as the timeline draws officials' claims). */
  voice: rowVoice.optional(),
  /**
   * The place the figure belongs to, when the label does not lead with it (estimates of China's
   * share of Russia's chips under a title that names China): the bar takes that place's colour.
   */
  place: z.enum(['russia', 'us', 'china', 'europe']).optional(),
});

export type BarsParams = z.infer<typeof barsParams>;
export type BarsRow = z.infer<typeof barsRow>;
