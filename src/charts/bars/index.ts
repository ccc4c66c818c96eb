/**
 * The bars chart kind: one labelled horizontal bar per row.
 * Everything the story builder, the static chart and the island need about it.
 */
import { defineKind } from '../types';
import { placeNotes } from '../shared/notes';
import { typeZoom, zoomedSize } from '../shared/text';
import Marks from './Marks.svelte';
import { barsDrawnHeight, barsNoteAnchors, layoutBars } from './layout';
import { barsParams, barsRow } from './schema';

export { layoutBars as layout } from './layout';
export type { BarsParams as Params, BarsRow as Row } from './schema';

export const bars = defineKind({
  params: barsParams,
  row: barsRow,
  key: 'id',
  refs: (p) => [{ param: 'highlight', ids: p.highlight, column: 'id' }, { param: 'show', ids: p.show ?? [], column: 'id' }],
  Marks,
  // As Marks lays out a still copy (its own notes only, at the frame's type zoom).
  drawnHeight: (rows, size, params, notes) => {
    const zoom = typeZoom(size.width);
    const frame = zoomedSize(size, zoom);
    const layout = layoutBars(rows, params, frame, notes);
    const { anchors, obstacles } = barsNoteAnchors(layout);
    return zoom * barsDrawnHeight(layout, placeNotes(notes, anchors, obstacles, frame));
  },
});
