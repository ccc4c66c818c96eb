/**
 * The tracker chart kind: a report card of promises (targets, dashed) against their latest
 * sourced measures (solid), one small card per promise, filling in state by state.
 */
import { defineKind } from '../types';
import ServerMarks from './ServerMarks.svelte';
import { trackerParams, trackerRow } from './params';

export { layoutTracker as layout } from './layout';
export type { TrackerParams as Params, TrackerRow as Row } from './params';

export const tracker = defineKind({
  params: trackerParams,
  row: trackerRow,
  key: 'promise',
  refs: (p) => [
    { param: 'filled', ids: p.filled ?? [], column: 'promise' },
    { param: 'highlight', ids: p.highlight, column: 'promise' },
  ],
  Marks: ServerMarks,
});
