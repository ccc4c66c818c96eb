/**
 * Tracker layout: a report card of small multiples, one card per promise, in a grid that fits
 * the frame. Each card: the promise's name, one bar row (the target as a dashed outline, the
 * latest measure as a solid bar on the same scale) and two lines of words, "Promised ..." and
 * "Latest ..." (or "No measure published"). Every card keeps its place and size in every state;
 * a state only fills cards in, so the grid never reflows between steps.
 */
import { firstFit } from '../shared/place';
import { blockHeight, fitLines, textWidth } from '../shared/text';
import type { Size } from '../types';
import type { TrackerParams, TrackerRow } from './params';

const GAP = 6;
const PAD = 6;
export const NO_MEASURE = 'No measure published';

export interface TextBlock {
  x: number;
  y: number;
  lines: string[];
}

export interface Card {
  /** The promise id. */
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  filled: boolean;
  highlighted: boolean;
  title: TextBlock;
  /** Bar row: track, target outline and measure bar (measure null when none is published). */
  bar: { x: number; y: number; width: number; height: number; target: number; measure: number | null };
  promised: TextBlock;
  latest: TextBlock;
  /** The card in words (tooltips, screen readers). */
  full: string;
}

export interface TrackerLayout {
  fontSize: number;
  lineHeight: number;
  /** The promised and latest lines are one size smaller. */
  smallLineHeight: number;
  cards: Card[];
}

export interface Pledge {
  id: string;
  label: string;
  target: TrackerRow | undefined;
  measure: TrackerRow | undefined;
}

/** Promises in first-row order, each with its target and measure rows. */
export function promises(rows: readonly TrackerRow[]): Pledge[] {
  const out = new Map<string, Pledge>();
  for (const row of rows) {
    const p = out.get(row.promise) ?? { id: row.promise, label: row.label, target: undefined, measure: undefined };
    if (row.role === 'target') p.target = row;
    else p.measure = row;
    out.set(row.promise, p);
  }
  return [...out.values()];
}

export const promisedText = (p: Pledge) => (p.target ? `Promised: ${p.target.text} ${p.target.date}` : 'Promised: no figure');
export const latestText = (p: Pledge) => (p.measure ? `Latest: ${p.measure.text} (${p.measure.date}${p.measure.basis ? `, ${p.measure.basis}` : ''})` : NO_MEASURE);

interface Arrangement {
  cols: number;
  fontSize: number;
  lines: number;
}

export function layoutTracker(rows: readonly TrackerRow[], params: TrackerParams, size: Size): TrackerLayout {
  const list = promises(rows);
  const filled = new Set(params.filled ?? list.map((p) => p.id));
  const highlight = new Set(params.highlight);
  const base = size.width >= 1280 ? 14 : size.width >= 480 ? 13 : 12;
  const colOptions = [4, 3, 2, 1].filter((c) => c <= list.length && (size.width - (c - 1) * GAP) / c >= (size.width >= 1280 ? 200 : 140));
  // Prefer a grid with no empty cells (6 promises: 3 by 2, then 2 by 3).
  colOptions.sort((a, b) => Number(list.length % b === 0) - Number(list.length % a === 0) || b - a);
  if (colOptions.length === 0) colOptions.push(1);

  const arrangements: Arrangement[] = [];
  for (const fontSize of [base, 12, 11]) for (const cols of colOptions) for (const lines of [2, 1]) arrangements.push({ cols, fontSize, lines });

  const build = (a: Arrangement) => {
    const lineHeight = Math.round(a.fontSize * 1.25);
    const smallLineHeight = Math.round((a.fontSize - 1) * 1.25);
    const cardWidth = (size.width - (a.cols - 1) * GAP) / a.cols;
    const inner = cardWidth - 2 * PAD;
    const barHeight = a.fontSize - 4;
    const texts = list.map((p) => ({
      title: fitLines(p.label, inner, a.fontSize, a.lines),
      promised: fitLines(promisedText(p), inner, a.fontSize - 1, a.lines),
      latest: fitLines(latestText(p), inner, a.fontSize - 1, a.lines),
    }));
    const h = (n: number) => blockHeight(n, a.fontSize, lineHeight);
    const hs = (n: number) => blockHeight(n, a.fontSize - 1, smallLineHeight);
    const titleH = Math.max(...texts.map((t) => h(t.title.length)));
    const promisedH = Math.max(...texts.map((t) => hs(t.promised.length)));
    const latestH = Math.max(...texts.map((t) => hs(t.latest.length)));
    const cardHeight = PAD + titleH + 2 + barHeight + 2 + promisedH + latestH + PAD;
    const gridRows = Math.ceil(list.length / a.cols);
    const bottom = gridRows * cardHeight + (gridRows - 1) * GAP;
    const cards: Card[] = list.map((p, i) => {
      const x = (i % a.cols) * (cardWidth + GAP);
      const y = Math.floor(i / a.cols) * (cardHeight + GAP);
      const t = texts[i]!;
      const barY = y + PAD + titleH + 2;
      const max = p.target?.scale === 'percent' ? 100 : Math.max(p.target?.value ?? 0, p.measure?.value ?? 0) || 1;
      const at = (v: number) => (Math.min(v, max) / max) * inner;
      return {
        id: p.id,
        x,
        y,
        width: cardWidth,
        height: cardHeight,
        filled: filled.has(p.id),
        highlighted: highlight.has(p.id),
        title: { x: x + PAD, y: y + PAD, lines: t.title },
        bar: { x: x + PAD, y: barY, width: inner, height: barHeight, target: p.target ? at(p.target.value) : 0, measure: p.measure ? at(p.measure.value) : null },
        promised: { x: x + PAD, y: barY + barHeight + 2, lines: t.promised },
        latest: { x: x + PAD, y: barY + barHeight + 2 + promisedH, lines: t.latest },
        full: `${p.label}. ${promisedText(p)}. ${latestText(p)}.`,
      };
    });
    const widest = Math.max(...texts.flatMap((tx) => [...tx.title.map((l) => textWidth(l, a.fontSize)), ...[...tx.promised, ...tx.latest].map((l) => textWidth(l, a.fontSize - 1))]));
    const whole = texts.every((tx, i) => tx.title.join(' ') === list[i]!.label && tx.promised.join(' ') === promisedText(list[i]!) && tx.latest.join(' ') === latestText(list[i]!));
    return { layout: { fontSize: a.fontSize, lineHeight, smallLineHeight, cards }, fits: bottom <= size.height && widest <= inner && whole };
  };

  return firstFit(arrangements, build, (r) => r.fits).layout;
}
