/**
 * The squares kind (a unit chart: one square per unit, sorting into blocks between states),
 * in the one-module-per-kind shape: state params, row schema, pure layout and marks.
 */
import { z } from 'astro/zod';
export { squaresParams as params } from './params';
export { layoutSquares as layout } from './layout';
export { default as Marks } from './Marks.svelte';

/** Rows: one `total`, `country` rows with a count, and named `system` rows of one country. */
export const rows = z.discriminatedUnion('role', [
  z.object({ id: z.string(), role: z.literal('total'), label: z.string(), count: z.number().int().positive(), source: z.string() }).loose(),
  z.object({ id: z.string(), role: z.literal('country'), label: z.string(), count: z.number().int().nonnegative(), source: z.string() }).loose(),
  z
    .object({
      id: z.string(),
      role: z.literal('system'),
      label: z.string(),
      /** The country row this system belongs to. */
      group: z.string(),
      /** Place in the list, when the source gives it. */
      rank: z.number().int().positive().nullish(),
      /** Squares it stands for (default 1), e.g. two machines a source names together. */
      count: z.number().int().positive().nullish(),
      source: z.string(),
    })
    .loose(),
]);
