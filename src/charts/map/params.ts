/** Parameters a map (routes on a map) state may set. Rows need `fromPlace`, `toPlace`, `status`, `label`. */
import { z } from 'astro/zod';

export const mapParams = z
  .object({
    /** Route ids drawn; all are drawn when omitted. */
    show: z.array(z.string()).optional(),
    /** Route ids drawn heavier, with their arrow and their figure written out under the map. */
    highlight: z.array(z.string()).default([]),
  })
  .strict();

export type MapParams = z.infer<typeof mapParams>;
