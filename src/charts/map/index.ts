/**
 * The map kind (routes between places on a server-projected map), in the one-module-per-kind
 * shape: state params, row schema, pure layout and marks. Marks also take `geo`, the
 * projected geography from basemap.ts, made on the server (see ScrollyIsland.astro and
 * Chart.svelte); register the kind with a hook that passes `basemap()` to its marks.
 */
import { z } from 'astro/zod';
export { mapParams as params } from './params';
export { layoutMap as layout } from './layout';
export { default as Marks } from './Marks.svelte';
export { basemap } from './basemap';

/** Rows: one route each, between two places of places.ts. */
export const rows = z
  .object({
    id: z.string(),
    /** Who sent, in words (table and CSV). */
    from: z.string(),
    /** Place id the route starts at (a key of PLACES). */
    fromPlace: z.string(),
    to: z.string(),
    toPlace: z.string(),
    status: z.enum(['cut', 'active', 'claimed']),
    /** What happened, with the source's figure. */
    label: z.string(),
    source: z.string(),
  })
  .loose();
