/**
 * The range chart kind: claims as a line from low to high figure on a shared axis.
 * Everything the story builder, the static chart and the island need about it.
 */
import { defineKind } from '../types';
import Marks from './Marks.svelte';
import { rangeParams, rangeRow } from './schema';

export { layoutRange as layout } from './layout';
export type { RangeParams as Params, RangeRow as Row } from './schema';

export const range = defineKind({
  params: rangeParams,
  row: rangeRow,
  key: 'id',
  refs: (p) => [{ param: 'highlight', ids: p.highlight, column: 'id' }, { param: 'show', ids: p.show ?? [], column: 'id' }],
  Marks,
});
