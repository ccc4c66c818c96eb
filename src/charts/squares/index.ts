/**
 * The squares chart kind: a unit chart, one square per unit, sorting into blocks between states.
 * Everything the story builder, the static chart and the island need about it. Its marks
 * here are ServerMarks (static copies draw their squares as paths); the island imports the
 * marks alone.
 */
import { defineKind, heightForWidth } from '../types';
import ServerMarks from './ServerMarks.svelte';
import { layoutSquares, squaresDrawnHeight } from './layout';
import { squaresParams, squaresRow } from './params';

export { layoutSquares as layout } from './layout';
export type { SquaresParams as Params, SquaresRow as Row } from './params';

export const squares = defineKind({
  params: squaresParams,
  row: squaresRow,
  key: 'id',
  refs: (p) => [
    { param: 'split', ids: p.split, column: 'id' },
    { param: 'highlight', ids: p.highlight, column: 'id' },
    { param: 'callout', ids: p.callout ? [p.callout] : [], column: 'id' },
  ],
  Marks: ServerMarks,
  // Copies drawn at fixed widths (the cover, embeds): from 340 px the blocks keep their square
  // size in two thirds of the width, where the usual 0.7 (at least 300 px) left a fifth empty.
  staticHeight: (_rows, width) => (width >= 340 ? Math.round((width * 2) / 3) : heightForWidth(width)),
  drawnHeight: (rows, size, params) => squaresDrawnHeight(layoutSquares(rows, params, size)),
});
