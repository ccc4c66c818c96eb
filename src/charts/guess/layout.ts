/**
 * Guess layout: the reader's guess, the answer and the competing claims as one bar chart,
 * drawn by the bars kind's layout and marks (a chapter with a guess already ships them, so the
 * guess costs little JavaScript). This module maps a guess state and the reader's value to the
 * rows and params of a bar chart:
 * - with a reader, "Your guess" comes first; before "Show me" the answer and the claims fold
 *   away (their places kept by the bars layout), after it they grow in beside the guess;
 * - with no reader (server copies, print, flat view, embeds) the answer and claims are drawn
 *   outright.
 */
import { layoutBars, type BarsLayout } from '../bars/layout';
import type { BarsParams, BarsRow } from '../bars/schema';
import type { Size } from '../types';
import type { ReaderGuess } from './context';
import type { GuessParams, GuessRow } from './params';

export const GUESS_ID = 'reader-guess';

export function formatGuessValue(value: number, suffix: string, qualifier?: string | null): string {
  return `${qualifier ? `${qualifier} ` : ''}${value.toLocaleString('en-GB')}${suffix}`;
}

/** The figures a state draws: the answer row, then the claims, in the state's order. */
export function guessRows(rows: readonly GuessRow[], params: GuessParams): GuessRow[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return [params.answer, ...params.claims].map((id) => byId.get(id)).filter((r): r is GuessRow => r !== undefined);
}

/** The bar chart a guess state draws for this reader. */
export function guessBars(rows: readonly GuessRow[], params: GuessParams, reader: ReaderGuess): { rows: BarsRow[]; params: BarsParams } {
  const figures = guessRows(rows, params);
  const bars: BarsRow[] = figures.map((r) => ({ id: r.id, label: r.qualifier ? `${r.label} (${r.qualifier})` : r.label, value: r.value, source: r.source }));
  const highlight = [params.answer];
  if (reader.value === null) return { rows: bars, params: { highlight, sort: 'data', suffix: params.suffix } };
  const guess: BarsRow = { id: GUESS_ID, label: 'Your guess', value: reader.value, source: 'reader' };
  return {
    rows: [guess, ...bars],
    params: { highlight: [GUESS_ID, ...highlight], sort: 'data', suffix: params.suffix, ...(reader.revealed ? {} : { show: [GUESS_ID] }) },
  };
}

export function layoutGuess(rows: readonly GuessRow[], params: GuessParams, size: Size, reader: ReaderGuess): BarsLayout {
  const bars = guessBars(rows, params, reader);
  return layoutBars(bars.rows, bars.params, size);
}
