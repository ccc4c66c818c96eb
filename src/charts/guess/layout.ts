/**
 * Guess layout: one lane per figure, stacked top to bottom, each a label above a bar on one
 * shared scale (min..max of the slider): the reader's guess (when there is a reader), the
 * answer, then the figures it is compared with. Lanes never share a line, so labels cannot
 * collide; labels wrap to the frame's width. Before "Show me" the answer and the others keep
 * their lanes (so nothing moves when they appear) with an empty track and a question mark. A
 * target row (a promise the question itself states) is shown from the start, dashed, on top.
 * Its own small drawing, not the bars kind's: sharing those marks would split them into a
 * chunk of their own on every chapter that draws bars (JavaScript budget).
 */
import { firstFit } from '../shared/place';
import { blockHeight, fitLines, textWidth } from '../shared/text';
import { formatValue } from '../shared/format';
import type { Size } from '../types';
import type { ReaderGuess } from './context';
import type { GuessParams, GuessRow } from './params';

const PAD = 4;
export const GUESS_ID = 'reader-guess';

export type LaneRole = 'target' | 'guess' | 'answer' | 'claim';

export interface Lane {
  id: string;
  role: LaneRole;
  lines: string[];
  /** Top of the label block. */
  y: number;
  /** Bar row: top and height; the bar runs from x0 to barEnd (x0 while hidden). */
  barY: number;
  barHeight: number;
  barEnd: number;
  /** False for the answer and the others until the reader asks. */
  shown: boolean;
}

export interface GuessLayout {
  /** Below the axis labels, with the frame's padding: the height the drawing needs. */
  height: number;
  fontSize: number;
  lineHeight: number;
  x0: number;
  x1: number;
  lanes: Lane[];
  axis: { y: number; fontSize: number; ticks: { x: number; label: string; anchor: 'start' | 'middle' | 'end' }[] };
}

export const formatGuessValue = (value: number, suffix: string, qualifier?: string | null): string => formatValue(value, '', suffix, qualifier);

/** The figures a state draws: the answer row, then the others, in the state's order. */
export function guessRows(rows: readonly GuessRow[], params: GuessParams): GuessRow[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return [params.answer, ...params.claims].map((id) => byId.get(id)).filter((r): r is GuessRow => r !== undefined);
}

export function layoutGuess(rows: readonly GuessRow[], params: GuessParams, size: Size, reader: ReaderGuess): GuessLayout {
  const x0 = PAD;
  const x1 = Math.max(x0 + 40, size.width - PAD);
  const span = params.max - params.min;
  const xOf = (v: number) => x0 + ((Math.min(params.max, Math.max(params.min, v)) - params.min) / span) * (x1 - x0);
  // `room`: the longest text the lane may come to show, whose lines it keeps from the start, so
  // that no lane moves when the answer is revealed.
  const items: { id: string; role: LaneRole; text: string; room?: string; value: number; shown: boolean }[] = [];
  const all = guessRows(rows, params);
  const text = (row: GuessRow) => `${row.label}: ${formatGuessValue(row.value, params.suffix, row.qualifier)}`;
  for (const row of all.filter((r) => r.role === 'target')) items.push({ id: row.id, role: 'target', text: text(row), value: row.value, shown: true });
  // Until the reader moves the slider, their lane waits empty: a bar drawn at the slider's
  // starting place would be a guess made for them, and anchor theirs.
  if (reader.value !== null) {
    const mine = reader.touched !== false;
    // Once the answer is out, the guess says how far off it was (a reviewer found no payoff).
    const answer = all.find((r) => r.id === params.answer);
    const off = answer && reader.revealed ? reader.value - answer.value : NaN;
    const verdict = (off: number) => (Number.isNaN(off) ? '' : off === 0 ? ', spot on' : `, ${formatGuessValue(Math.abs(off), params.suffix === '%' ? ` percentage point${Math.abs(off) === 1 ? '' : 's'}` : params.suffix)} too ${off > 0 ? 'high' : 'low'}`);
    // Its room: the widest it may read, the farthest off.
    items.push({ id: GUESS_ID, role: 'guess', text: mine ? `Your guess: ${formatGuessValue(reader.value, params.suffix)}${verdict(off)}` : 'Your guess: use the slider', room: `Your guess: ${formatGuessValue(params.max, params.suffix)}${verdict(span)}`, value: mine ? reader.value : params.min, shown: true });
  }
  for (const row of all.filter((r) => r.role !== 'target')) {
    items.push({ id: row.id, role: row.id === params.answer ? 'answer' : 'claim', text: reader.revealed ? text(row) : `${row.label}: ?`, room: text(row), value: row.value, shown: reader.revealed });
  }

  // 14 from 480 units: beside its control on a desktop the chart is about 520 px wide, and its
  // words must still measure 14 px there.
  const base = size.width >= 480 ? 14 : 12;
  const arrangements: [number, number, number, number][] = [];
  // Beside its control on a desktop the frame is tall: fuller bars where they fit (at 26 px the
  // lanes filled its top third).
  const roomy = size.width >= 480 ? ([[2, 40, 36], [2, 32, 28]] as const) : [];
  for (const fontSize of [base, 12]) for (const [lines, bar, gap] of [...roomy, [2, 26, 20], [2, 18, 12], [2, 12, 8], [1, 10, 6]] as const) arrangements.push([fontSize, lines, bar, gap]);

  const build = ([fontSize, maxLines, barHeight, gap]: [number, number, number, number]) => {
    const lineHeight = Math.round(fontSize * 1.25);
    let y = PAD;
    const lanes: Lane[] = items.map((item) => {
      const lines = fitLines(item.text, x1 - x0, fontSize, maxLines);
      const top = y;
      const kept = Math.max(lines.length, item.room ? fitLines(item.room, x1 - x0, fontSize, maxLines).length : 0);
      const barY = top + blockHeight(kept, fontSize, lineHeight) + 2;
      y = barY + barHeight + gap;
      // The label sits on its bar, the room it keeps for longer text above it.
      return { id: item.id, role: item.role, lines, y: barY - 2 - blockHeight(lines.length, fontSize, lineHeight), barY, barHeight, barEnd: item.shown ? xOf(item.value) : x0, shown: item.shown };
    });
    const axisY = y - gap + 6;
    const ticks = [0, 0.5, 1].map((f, i) => ({ x: x0 + f * (x1 - x0), label: formatGuessValue(params.min + f * span, params.suffix), anchor: (['start', 'middle', 'end'] as const)[i]! }));
    // Ticks a size below the labels, but never under 12 units, nor under 14 where labels are 14.
    const tickSize = fontSize >= 14 ? 14 : Math.max(12, fontSize - 1);
    const bottom = axisY + 4 + blockHeight(1, tickSize, lineHeight);
    const fits = bottom <= size.height - PAD && lanes.every((lane) => lane.lines.every((line) => textWidth(line, fontSize) <= x1 - x0));
    return { layout: { height: Math.ceil(bottom + PAD), fontSize, lineHeight, x0, x1, lanes, axis: { y: axisY, fontSize: tickSize, ticks } }, fits };
  };

  return firstFit(arrangements, build, (r) => r.fits).layout;
}
