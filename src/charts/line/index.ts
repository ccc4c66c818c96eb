/**
 * The line chart kind: one line per series over a numeric x (years).
 * Everything the story builder, the static chart and the island need about it.
 */
import { defineKind } from '../types';
import Marks from './Marks.svelte';
import { lineParams, lineRow } from './schema';

export { layoutLine as layout } from './layout';
export type { LineParams as Params, LineRow as Row } from './schema';

export const line = defineKind({
  params: lineParams,
  row: lineRow,
  key: 'series',
  refs: (p) => [{ param: 'highlight', ids: p.highlight, column: 'series' }, { param: 'show', ids: p.show ?? [], column: 'series' }],
  Marks,
});
