/**
 * The timeline chart kind: dated events on a vertical time axis.
 * Everything the story builder, the static chart and the island need about it.
 */
import { defineKind } from '../types';
import { stillHeight } from '../shared/stillHeight';
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
  drawnHeight: (rows, size, params, notes) => stillHeight(size, notes, (frame) => layoutTimeline(rows, params, frame, notes), timelineNoteAnchors, timelineDrawnHeight),
});
