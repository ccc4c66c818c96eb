/** Parameters a map (routes on a map) state may set. Rows need `fromPlace`, `toPlace`, `status`, `label`. */
import { z } from 'astro/zod';
import { rowBase } from '../../lib/schemas';

export const mapParams = z
  .object({
    /** Route ids drawn; all are drawn when omitted. */
    show: z.array(z.string()).optional(),
    /** Route ids drawn heavier, with their arrow and their figure written out under the map. */
    highlight: z.array(z.string()).default([]),
  })
  .strict();

export type MapParams = z.infer<typeof mapParams>;

/** Rows: one route each, between two places of places.ts. */
export const mapRow = rowBase.extend({
  id: z.string(),
  /** Who sent, in words (table and CSV). */
  from: z.string(),
  /** Place id the route starts at (a key of PLACE_NAMES). */
  fromPlace: z.string(),
  to: z.string(),
  toPlace: z.string(),
  status: z.enum(['cut', 'active', 'claimed']),
  /** What happened, with the source's figure. */
  label: z.string(),
  /** `straight`: drawn straight rather than bowed, where the bow would run it beside another route. */
  shape: z.literal('straight').optional(),
});

export type MapRow = z.output<typeof mapRow>;
