/**
 * The guess chart kind: the reader guesses a figure with a slider, then sees the answer and the
 * competing claims beside the guess. The island (src/islands/scrolly/guess.svelte) holds the
 * slider; the marks draw the answer outright wherever there is no reader (static copies).
 */
import { defineKind } from '../types';
import { NO_READER } from './context';
import { layoutGuess } from './layout';
import Marks from './Marks.svelte';
import { guessParams, guessRow } from './params';

export { layoutGuess as layout } from './layout';
export type { GuessParams as Params, GuessRow as Row } from './params';

export const guess = defineKind({
  params: guessParams,
  row: guessRow,
  key: 'id',
  refs: (p) => [
    { param: 'answer', ids: [p.answer], column: 'id' },
    { param: 'claims', ids: p.claims, column: 'id' },
  ],
  Marks,
  // Static copies (embeds, images) end below the axis: a frame of heightForWidth left the
  // answer's two bars in its top half, over an empty band.
  staticHeight: (rows, width, params) => layoutGuess(rows, params, { width, height: 10_000 }, NO_READER).height,
});
