/** What a flow diagram needs: its state parameters and the columns of its rows (links). */
import { z } from 'astro/zod';
import { rowBase, rowText } from '../../lib/schemas';

export const flowParams = z
  .object({
    /** Link ids drawn thicker in the accent colour with a bold label. */
    highlight: z.array(z.string()).default([]),
    /** Link ids drawn; the others keep their place but fade out. All are drawn when omitted. */
    show: z.array(z.string()).optional(),
  })
  .strict();

/** Link statuses, each drawn with its own dash pattern and named in the key. */
export const flowStatus = z.enum(['cut', 'active', 'claimed']);

/**
 * What a model takes from the one it links from: its trained weights, its design only, or no
 * outside model at all (its maker's own). Drawn as the line's weight, which the link's label
 * says in words, so a design borrowed never looks like a model built on another's.
 */
export const flowBorrows = z.enum(['weights', 'design', 'none']);

/** One link: id, `from` and `to` (node names), its `status`, a short `label` on the link and, for models, what it `borrows`. */
export const flowRow = rowBase.extend({ id: rowText, from: rowText, to: rowText, status: flowStatus, label: z.string().default(''), borrows: flowBorrows.optional() });

export type FlowParams = z.infer<typeof flowParams>;
export type FlowRow = z.infer<typeof flowRow>;
export type FlowStatus = z.infer<typeof flowStatus>;
export type FlowBorrows = z.infer<typeof flowBorrows>;
