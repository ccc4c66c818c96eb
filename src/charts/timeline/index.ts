/**
 * The timeline chart kind: dated events on a vertical time axis.
 * Everything the story builder, the static chart and the island need about it.
 */
import { defineKind } from '../types';
import Marks from './Marks.svelte';
import { timelineParams, timelineRow } from './schema';

export { layoutTimeline as layout } from './layout';
export type { TimelineParams as Params, TimelineRow as Row } from './schema';

export const timeline = defineKind({
  params: timelineParams,
  row: timelineRow,
  key: 'id',
  refs: (p) => [{ param: 'highlight', ids: p.highlight, column: 'id' }],
  Marks,
});
