/**
 * The guess chart kind: the reader guesses a figure with a slider, then sees the answer and the
 * competing claims beside the guess. The island (src/islands/scrolly/guess.svelte) holds the
 * slider; the marks draw the answer outright wherever there is no reader (static copies).
 */
import { defineKind } from '../types';
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
});
