/**
 * The flow chart kind: links between named nodes (who depends on whom), cut, active or claimed.
 * Everything the story builder, the static chart and the island need about it.
 */
import { defineKind } from '../types';
import Marks from './Marks.svelte';
import { flowParams, flowRow } from './schema';

export { layoutFlow as layout } from './layout';
export type { FlowParams as Params, FlowRow as Row } from './schema';

export const flow = defineKind({
  params: flowParams,
  row: flowRow,
  key: 'id',
  refs: (p) => [{ param: 'highlight', ids: p.highlight, column: 'id' }, { param: 'show', ids: p.show ?? [], column: 'id' }],
  Marks,
});
