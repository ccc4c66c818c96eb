/**
 * Parameters a rank state may set. Rows need `id`, `entity`, `rank` (an integer), `of` (the
 * number of entries in that edition) and `edition` (its name, e.g. "Sep 2024"), in edition order.
 */
import { z } from 'astro/zod';

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

export type RankParams = z.infer<typeof rankParams>;
