/** Parameters a timeline state may set. Rows need `id`, `date` (YYYY[-MM[-DD]]) and `label`. */
import { z } from 'astro/zod';
import { isoDate } from '../../lib/schemas';

export const timelineParams = z
  .object({
    /** Show only events on or before this date; later ones are hidden until a later step. */
    upTo: isoDate.optional(),
    /** Event ids drawn in the accent colour with a bold label. */
    highlight: z.array(z.string()).default([]),
  })
  .strict();

export type TimelineParams = z.infer<typeof timelineParams>;
