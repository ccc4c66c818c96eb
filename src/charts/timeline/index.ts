/**
 * The timeline chart kind: dated events on a vertical time axis.
 * Everything the story builder, the static chart and the island need about it.
 */
import { defineKind } from '../types';
import { placeNotes } from '../shared/notes';
import { typeZoom, zoomedSize } from '../shared/text';
import Marks from './Marks.svelte';
import { timelineDrawnHeight, timelineNoteAnchors, layoutTimeline } from './layout';
import { timelineParams, timelineRow } from './schema';

export { layoutTimeline as layout } from './layout';
export type { TimelineParams as Params, TimelineRow as Row } from './schema';

export const timeline = defineKind({
  params: timelineParams,
  row: timelineRow,
  key: 'id',
  refs: (p) => [{ param: 'highlight', ids: p.highlight, column: 'id' }],
  Marks,
  // As Marks lays out a still copy (its own notes only, at the frame's type zoom).
  drawnHeight: (rows, size, params, notes) => {
    const zoom = typeZoom(size.width);
    const frame = zoomedSize(size, zoom);
    const layout = layoutTimeline(rows, params, frame, notes);
    const { anchors, obstacles } = timelineNoteAnchors(layout);
    return zoom * timelineDrawnHeight(layout, placeNotes(notes, anchors, obstacles, frame));
  },
});
