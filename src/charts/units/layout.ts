/**
 * Units (waffle) layout: each group is a block of equal squares under its own label, in data
 * order. The square size and the number of columns come from the frame: the largest squares
 * whose blocks all fit, down to a legible minimum; when even those do not fit, one square is
 * made to stand for more (1, 2, 5, 10, 20, 50 ... times `perUnit`), and a note says how much.
 */
import type { Row } from '../../lib/schemas';
import { formatNumber } from '../shared/format';
import { textWidth, wrapText } from '../shared/text';
import type { Size } from '../types';
import type { UnitsParams } from './params';

export const FONT_SIZE = 13;
export const LINE_HEIGHT = 16;
const MARGIN = 2;
const LABEL_GAP = 4;
const GROUP_GAP = 14;
const MAX_CELL = 22;
/** Smallest square pitch we draw: a 5 px square and a 1 px gap still read as units. */
export const MIN_CELL = 6;
/** More squares than this is noise, and too many nodes for a phone. */
export const MAX_SQUARES = 1500;

export interface UnitSquare {
  x: number;
  y: number;
}

export interface UnitGroup {
  id: string;
  /** Top of the label block. */
  labelY: number;
  /** The label as drawn, wrapped (and shortened when space is short). */
  lines: string[];
  /** Label, count and scale in words, for tooltips and screen readers. */
  full: string;
  squares: UnitSquare[];
  /** One path drawing every square of the group (far fewer nodes than a rect each). */
  path: string;
  highlighted: boolean;
  visible: boolean;
}

export interface UnitsLayout {
  /** Square pitch (square + gap) and square side, in pixels. */
  cell: number;
  square: number;
  cols: number;
  /** What one square stands for after fitting (a multiple of params.perUnit). */
  perUnit: number;
  /** "Each square = 1,000 people": the scale in words, drawn at the top (wrapped). */
  note: { x: number; y: number; text: string; lines: string[] };
  groups: UnitGroup[];
  width: number;
  height: number;
}

const text = (row: Row, key: string): string => String(row[key] ?? '');
const count = (row: Row): number => Math.max(0, Number(row['count']) || 0);

/** Squares for a count: rounded, but never zero for a count above zero. */
export function squaresFor(value: number, perUnit: number): number {
  if (value <= 0) return 0;
  return Math.max(1, Math.round(value / perUnit));
}

/** perUnit, then 2x, 5x, 10x, 20x, 50x, 100x ... of it. */
export function* perUnitSteps(base: number): Generator<number> {
  for (let power = 1; power < 1e16; power *= 10) {
    for (const m of [1, 2, 5]) yield base * m * power;
  }
}

export function layoutUnits(rows: Row[], params: UnitsParams, size: Size, unit = ''): UnitsLayout {
  const width = size.width - 2 * MARGIN;
  const counts = rows.map(count);
  const fit = chooseScale(rows, counts, params.perUnit, size, unit);
  const { cell, perUnit, lineLimit } = fit;
  const gap = Math.max(1, Math.round(cell * 0.18));
  const square = cell - gap;
  const cols = columnsFor(width, cell);
  const noteText = scaleNote(perUnit, unit);
  const noteLines = wrapText(noteText, width, FONT_SIZE);
  const groups: UnitGroup[] = [];
  let cursor = MARGIN + noteLines.length * LINE_HEIGHT + LABEL_GAP;
  rows.forEach((row, i) => {
    const id = text(row, 'id');
    const value = counts[i] ?? 0;
    const n = squaresFor(value, perUnit);
    const lines = labelLines(row, width, lineLimit);
    const labelY = cursor;
    const gridTop = labelY + lines.length * LINE_HEIGHT + LABEL_GAP;
    const squares: UnitSquare[] = [];
    for (let k = 0; k < n; k++) {
      squares.push({ x: MARGIN + (k % cols) * cell, y: gridTop + Math.floor(k / cols) * cell });
    }
    cursor = gridTop + Math.ceil(n / cols) * cell - gap + GROUP_GAP;
    const label = text(row, 'label');
    groups.push({
      id,
      labelY,
      lines,
      full: `${label}: ${formatNumber(value)}${unit ? ` ${unit}` : ''} (${n === 1 ? 'one square' : `${formatNumber(n)} squares`}; ${noteText.toLowerCase()})`,
      squares,
      path: squares.map((s) => `M${s.x},${s.y}h${square}v${square}h${-square}z`).join(''),
      highlighted: params.highlight.includes(id),
      visible: params.show === undefined || params.show.includes(id),
    });
  });
  return { cell, square, cols, perUnit, note: { x: MARGIN, y: MARGIN, text: noteText, lines: noteLines }, groups, width: size.width, height: size.height };
}

/** Columns that fit, rounded down to a multiple of 10 (or 5) so squares are easy to count. */
export function columnsFor(width: number, cell: number): number {
  const gap = Math.max(1, Math.round(cell * 0.18));
  const fit = Math.max(1, Math.floor((width + gap) / cell));
  if (fit >= 20) return fit - (fit % 10);
  if (fit >= 5) return fit - (fit % 5);
  return fit;
}

export function scaleNote(perUnit: number, unit: string): string {
  return `Each square = ${formatNumber(perUnit)}${unit ? ` ${unit}` : ''}`;
}

function labelLines(row: Row, width: number, limit: number): string[] {
  const lines = wrapText(`${text(row, 'label')}: ${formatNumber(count(row))}`, width, FONT_SIZE);
  if (lines.length <= limit) return lines;
  // Shortened labels keep their count: the label is cut, never the number.
  const tail = `: ${formatNumber(count(row))}`;
  const head = wrapText(text(row, 'label'), width - textWidth(`${tail}…`, FONT_SIZE), FONT_SIZE);
  return [...head.slice(0, limit - 1), `${head[limit - 1] ?? ''}…${tail}`];
}

/** Height all groups need with this square pitch and label line limit. */
function totalHeight(rows: Row[], counts: number[], perUnit: number, cell: number, width: number, lineLimit: number, unit: string): number {
  const gap = Math.max(1, Math.round(cell * 0.18));
  const cols = columnsFor(width, cell);
  let h = MARGIN * 2 + wrapText(scaleNote(perUnit, unit), width, FONT_SIZE).length * LINE_HEIGHT + LABEL_GAP;
  rows.forEach((row, i) => {
    const n = squaresFor(counts[i] ?? 0, perUnit);
    h += labelLines(row, width, lineLimit).length * LINE_HEIGHT + LABEL_GAP + Math.ceil(n / cols) * cell - gap + GROUP_GAP;
  });
  return h - GROUP_GAP;
}

/**
 * The author's scale at the largest square that fits; then shorter labels; then coarser
 * scales. Falls back to the coarsest tried (one square per group) at the smallest square.
 */
function chooseScale(rows: Row[], counts: number[], base: number, size: Size, unit: string) {
  const width = size.width - 2 * MARGIN;
  const total = counts.reduce((a, b) => a + b, 0);
  let last = { cell: MIN_CELL, perUnit: base, lineLimit: 1 };
  for (const perUnit of perUnitSteps(base)) {
    const squares = counts.reduce((sum, c) => sum + squaresFor(c, perUnit), 0);
    last = { cell: MIN_CELL, perUnit, lineLimit: 1 };
    if (squares > MAX_SQUARES) continue;
    for (const lineLimit of [Infinity, 1]) {
      for (let cell = MAX_CELL; cell >= MIN_CELL; cell--) {
        if (totalHeight(rows, counts, perUnit, cell, width, lineLimit, unit) <= size.height) return { cell, perUnit, lineLimit };
      }
    }
    if (perUnit >= total) break;
  }
  return last;
}
