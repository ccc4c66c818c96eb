/**
 * The bars chart kind: one labelled horizontal bar per row.
 * Everything the story builder, the static chart and the island need about it.
 */
import { defineKind } from '../types';
import { stillHeight } from '../shared/stillHeight';
import Marks from './Marks.svelte';
import { barsDrawnHeight, barsDrawnTop, barsNoteAnchors, barsStaticHeight, layoutBars } from './layout';
import { barsParams, barsRow } from './schema';

export { layoutBars as layout } from './layout';
export type { BarsParams as Params, BarsRow as Row } from './schema';

export const bars = defineKind({
  params: barsParams,
  row: barsRow,
  key: 'id',
  refs: (p) => [{ param: 'highlight', ids: p.highlight, column: 'id' }, { param: 'show', ids: p.show ?? [], column: 'id' }],
  Marks,
  staticHeight: (rows, width, params, notes = []) => barsStaticHeight(rows, params, width, notes),
  drawnTop: (rows, size, params, notes) => barsDrawnTop(rows, params, size, notes),
  drawnHeight: (rows, size, params, notes) => stillHeight(size, notes, (frame) => layoutBars(rows, params, frame, notes), barsNoteAnchors, barsDrawnHeight),
});
