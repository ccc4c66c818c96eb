/**
 * The rank chart kind: ranked dots (a bump chart) over the editions of an index.
 * Everything the story builder, the static chart and the island need about it.
 */
import { defineKind } from '../types';
import Marks from './Marks.svelte';
import { rankParams, rankRow } from './schema';

export { layoutRank as layout } from './layout';
export type { RankParams as Params, RankRow as Row } from './schema';

export const rank = defineKind({
  params: rankParams,
  row: rankRow,
  key: 'entity',
  refs: (p) => [{ param: 'edition', ids: [p.edition], column: 'edition' }, { param: 'highlight', ids: p.highlight, column: 'entity' }, { param: 'label', ids: p.label ?? [], column: 'entity' }],
  Marks,
});
