/**
 * The tracker chart kind: a report card of promises (targets, dashed) against their latest
 * sourced measures (solid), one small card per promise, filling in state by state.
 */
import { defineKind } from '../types';
import { drawnHeight, layoutStatic } from './layout';
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
  // A static copy (embed, image) is as tall as its cards at 14-15 px type (ServerMarks), so an
  // embed shown a little narrower than its copy still reads at 12 px or more.
  staticHeight: (rows, width) => Math.ceil(drawnHeight(layoutStatic(rows, { width, height: 0 }))) + 1,
});
