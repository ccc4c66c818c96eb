/**
 * The units chart kind: groups of equal squares (a waffle), one square per unit.
 * Everything the story builder, the static chart and the island need about it.
 */
import { defineKind } from '../types';
import Marks from './Marks.svelte';
import { unitsParams, unitsRow } from './schema';

export { layoutUnits as layout } from './layout';
export type { UnitsParams as Params, UnitsRow as Row } from './schema';

export const units = defineKind({
  params: unitsParams,
  row: unitsRow,
  key: 'id',
  refs: (p) => [{ param: 'highlight', ids: p.highlight, column: 'id' }, { param: 'show', ids: p.show ?? [], column: 'id' }],
  Marks,
});
