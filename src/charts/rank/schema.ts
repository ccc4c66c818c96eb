/** What a rank (bump) chart needs: its state parameters and the columns of its rows. */
import { z } from 'astro/zod';
import { rowBase, rowText } from '../../lib/schemas';

export const rankParams = z
  .object({
    /** The edition drawn as current; later editions are hidden until a later step. */
    edition: z.string().min(1),
    /** Entities drawn in the accent colour with a bold label. */
    highlight: z.array(z.string()).default([]),
    /** Entities named beside their dot (default: the highlighted ones and the first). */
    label: z.array(z.string()).optional(),
  })
  .strict();

/**
 * One entity in one edition: id, `entity`, its `rank` (1 is first), `of` (entries in that
 * edition) and `edition` (its name, e.g. "Sep 2024"); rows run in edition order. `short` is a
 * shorter name ("UK") for a line named in the narrow gap between two editions.
 */
export const rankRow = rowBase.extend({ id: rowText, entity: rowText, short: rowText.optional(), rank: z.number().int().positive(), of: z.number().int().positive(), edition: rowText });

export type RankParams = z.infer<typeof rankParams>;
export type RankRow = z.infer<typeof rankRow>;
