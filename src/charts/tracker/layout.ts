/**
 * Tracker layout: a report card of small multiples, one card per promise, in a grid that fits
 * the frame. Each card: the promise's name, one bar row (the target as a dashed outline, the
 * latest measure as a solid bar on the same scale) and two lines of words, "Promised ..." and
 * "Latest ..." (or "No measure published"). Every card keeps its place and size in every state;
 * a state only fills cards in, so the grid never reflows between steps.
 * The browser does not run this: the island gets layouts made on the server at three sizes
 * (context.ts) and scales the nearest to its frame, so the tracker ships no layout code.
 */
import { blockHeight, fitLines, TEXT_BOX_EM } from '../shared/text';
import type { Size } from '../types';
import type { TrackerRow } from './params';

const GAP = 6;
const PAD = 6;
export const NO_MEASURE = 'No measure published';

export interface TextBlock {
  x: number;
  y: number;
  lines: string[];
}

/** One card: its place in the frame; the blocks inside it are in the card's own coordinates. */
export interface Card {
  /** The promise id. */
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  title: TextBlock;
  /** Bar row: track, target outline and measure bar (measure null when none is published). */
  bar: { x: number; y: number; width: number; height: number; target: number; measure: number | null };
  promised: TextBlock;
  latest: TextBlock;
  /** Every line of the three blocks, placed, for drawing (one flat list keeps the marks light). */
  lines: { y: number; text: string; cls: string; small: boolean }[];
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
export function pledges(rows: readonly TrackerRow[]): Pledge[] {
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

/** Card geometry and text depend on the rows and the size only; a state fills cards in (see Cards.svelte). */
export function layoutTracker(rows: readonly TrackerRow[], size: Size): TrackerLayout {
  const list = pledges(rows);
  // Three columns from 900 px (six promises: 3 by 2), two below (2 by 3).
  const cols = size.width >= 900 ? 3 : 2;
  const gridRows = Math.ceil(list.length / cols);
  const cardWidth = (size.width - (cols - 1) * GAP) / cols;
  const inner = cardWidth - 2 * PAD;
  // The largest type (15 px from 720 px wide, 13 below; never under 11; the promised and latest
  // lines as large as the name, set apart by weight)
  // with which every card fits and says everything in full.
  for (let fontSize = size.width >= 720 ? 15 : 13; ; fontSize--) {
    // Lines as tall as the type's own box, so wrapped lines never touch.
    const lineHeight = Math.ceil(fontSize * TEXT_BOX_EM);
    const smallLineHeight = lineHeight;
    const barHeight = fontSize - 4;
    const texts = list.map((p) => [fitLines(p.label, inner, fontSize, 2), fitLines(promisedText(p), inner, fontSize, 2), fitLines(latestText(p), inner, fontSize, 2)] as const);
    const most = (k: 0 | 1 | 2) => Math.max(...texts.map((t) => t[k].length));
    const titleH = blockHeight(most(0), fontSize, lineHeight);
    const promisedH = blockHeight(most(1), fontSize, smallLineHeight);
    const latestH = blockHeight(most(2), fontSize, smallLineHeight);
    const cardHeight = PAD + titleH + 2 + barHeight + 2 + promisedH + latestH + PAD;
    const shortened = texts.some((t) => t.some((lines) => lines.join(' ').endsWith('…')));
    if (fontSize > 10 && (shortened || gridRows * cardHeight + (gridRows - 1) * GAP > size.height)) continue;
    const cards: Card[] = list.map((p, i) => {
      const x = (i % cols) * (cardWidth + GAP);
      const y = Math.floor(i / cols) * (cardHeight + GAP);
      const [title, promised, latest] = texts[i]!;
      const barY = PAD + titleH + 2;
      const max = p.target?.scale === 'percent' ? 100 : Math.max(p.target?.value ?? 0, p.measure?.value ?? 0) || 1;
      const at = (v: number) => (Math.min(v, max) / max) * inner;
      return {
        id: p.id,
        x,
        y,
        width: cardWidth,
        height: cardHeight,
        title: { x: PAD, y: PAD, lines: title },
        bar: { x: PAD, y: barY, width: inner, height: barHeight, target: p.target ? at(p.target.value) : 0, measure: p.measure ? at(p.measure.value) : null },
        promised: { x: PAD, y: barY + barHeight + 2, lines: promised },
        latest: { x: PAD, y: barY + barHeight + 2 + promisedH, lines: latest },
        lines: [
          ...title.map((text, k) => ({ y: PAD + k * lineHeight, text, cls: 'title', small: false })),
          ...promised.map((text, k) => ({ y: barY + barHeight + 2 + k * smallLineHeight, text, cls: 'promised', small: true })),
          ...latest.map((text, k) => ({ y: barY + barHeight + 2 + promisedH + k * smallLineHeight, text, cls: p.measure ? 'latest' : 'latest none', small: true })),
        ],
      };
    });
    return { fontSize, lineHeight, smallLineHeight, cards };
  }
}
