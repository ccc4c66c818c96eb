/**
 * Parameters a flow state may set. Rows are links: `id`, `from`, `to`, `status` ('cut',
 * 'active' or 'claimed') and `label` (short text on the link).
 */
import { z } from 'astro/zod';

export const flowParams = z
  .object({
    /** Link ids drawn thicker in the accent colour with a bold label. */
    highlight: z.array(z.string()).default([]),
    /** Link ids drawn; the others keep their place but fade out. All are drawn when omitted. */
    show: z.array(z.string()).optional(),
  })
  .strict();

export type FlowParams = z.infer<typeof flowParams>;

/** Link statuses, each drawn with its own dash pattern and named in text. */
export type FlowStatus = 'cut' | 'active' | 'claimed';
