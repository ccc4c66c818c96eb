/**
 * Units (waffle) layout: each group is a block of equal squares under its own label, in data
 * order. The square size and the number of columns come from the frame: the largest squares
 * whose blocks all fit, down to a legible minimum; when even those do not fit, one square is
 * made to stand for more (1, 2, 5, 10, 20, 50 ... times `perUnit`), and a note says how much.
 */
import type { Anchor, Box as NoteBox } from '../shared/notes';
import type { Row } from '../../lib/schemas';
import { formatNumber } from '../shared/format';
import { squaresPath } from '../shared/squaresPath';
import { balancedLines, textWidth, withTail, wrapLines } from '../shared/text';
import type { Size } from '../types';
import type { UnitsParams } from './schema';

export const FONT_SIZE = 13;
export const LINE_HEIGHT = 16;
const MARGIN = 2;
const LABEL_GAP = 4;
const GROUP_GAP = 14;
/** Space between blocks that sit side by side. */
const BLOCK_GAP = 28;
/** Largest square pitch: a few groups of a hundred units fill a desktop frame instead of its top third. */
const MAX_CELL = 36;
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
  /** Top left of the label block (the grid starts at the same x). */
  labelX: number;
  labelY: number;
  /** The label as drawn, wrapped (and shortened when space is short). */
  lines: string[];
  /** Label, count and scale in words, for tooltips and screen readers. */
  full: string;
  squares: UnitSquare[];
  /** One path drawing every square of the group (far fewer nodes than a rect each). */
  path: string;
  highlighted: boolean;
  /** The remainder of a whole (a row's `role: rest`), drawn as grey outlines. */
  rest: boolean;
  /** Claimed by Russia's government or a state company (`voice: official`): drawn in Russia's colour. */
  official: boolean;
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
  const plan = choosePlan(rows, counts, params.perUnit, size, unit);
  const { cell, cols, perUnit } = plan;
  const gap = gapFor(cell);
  const square = cell - gap;
  const noteText = scaleNote(perUnit, unit);
  const noteLines = wrapLines(noteText, width, FONT_SIZE);
  // Blocks narrower than the frame (a hundred squares on a desktop) sit in its middle, not to one side.
  const dx = Math.max(0, (width - Math.max(0, ...plan.places.map((p) => p.x + cols * cell - gap - MARGIN))) / 2);
  const groups: UnitGroup[] = rows.map((row, i) => {
    const id = text(row, 'id');
    const value = counts[i] ?? 0;
    const n = squaresFor(value, perUnit);
    const place = plan.places[i]!;
    const squares: UnitSquare[] = [];
    for (let k = 0; k < n; k++) {
      squares.push({ x: dx + place.x + (k % cols) * cell, y: place.gridTop + Math.floor(k / cols) * cell });
    }
    const label = text(row, 'label');
    return {
      id,
      labelX: dx + place.x,
      labelY: place.labelY,
      lines: place.lines,
      // A place with no figure is "not reported", never "0 models".
      // The squares are counted out only where one stands for more than one.
      full: row['count'] === null ? `${label}: not reported` : `${label}: ${formatNumber(value)}${unit ? ` ${unit}` : ''}${n === value ? '' : ` (${n === 1 ? 'one square' : `${formatNumber(n)} squares`}; ${noteText[0]!.toLowerCase()}${noteText.slice(1)})`}`,
      squares,
      path: squaresPath(squares.map((sq) => ({ ...sq, size: square }))),
      highlighted: params.highlight.includes(id),
      rest: row['role'] === 'rest',
      official: row['voice'] === 'official',
      visible: params.show === undefined || params.show.includes(id),
    };
  });
  return { cell, square, cols, perUnit, note: { x: MARGIN + Math.min(dx, width - Math.max(...noteLines.map((l) => textWidth(l, FONT_SIZE)))), y: MARGIN, text: noteText, lines: noteLines }, groups, width: size.width, height: size.height };
}

const gapFor = (cell: number): number => Math.max(1, Math.round(cell * 0.18));

/** Column counts worth trying at this square size: 10, 20, 30 ... (5 or fewer on a tiny frame). */
export function columnChoices(width: number, cell: number): number[] {
  const fit = Math.max(1, Math.floor((width + gapFor(cell)) / cell));
  if (fit >= 10) return Array.from({ length: Math.floor(fit / 10) }, (_, i) => (i + 1) * 10);
  return [fit >= 5 ? fit - (fit % 5) : fit];
}

interface Place {
  x: number;
  labelY: number;
  gridTop: number;
  lines: string[];
}

/**
 * Blocks of `cols` columns placed left to right in data order, wrapping to a new line of
 * blocks when the next would not fit or starts a new `set` (a 400 px embed had put "Russia,
 * 2024" beside "United States, 2025") or is the rest of a whole: on a wide frame small
 * groups sit side by side, on a phone they stack. Labels are wrapped to their block's width;
 * grids on one line align.
 */
export function packGroups(rows: Row[], counts: number[], perUnit: number, cell: number, cols: number, lineLimit: number, width: number, top: number, k = 1) {
  const gap = gapFor(cell);
  // k < 1: closer blocks and rows of blocks, before any label is shortened (a 320 by 568 phone).
  const blockGap = BLOCK_GAP * k;
  const groupGap = GROUP_GAP * k;
  const labelGap = LABEL_GAP * k;
  const blockWidth = cols * cell - gap;
  const lines: { members: number[] }[] = [];
  let used = Infinity;
  rows.forEach((row, i) => {
    // The rest of a whole goes under it, so the two read as one grid (beside it on a wide
    // desktop, 80 squares and 20 had read as two counts).
    if (used + blockGap + blockWidth > width || row['set'] !== rows[i - 1]?.['set'] || row['role'] === 'rest') {
      lines.push({ members: [i] });
      used = blockWidth;
    } else {
      lines.at(-1)!.members.push(i);
      used += blockGap + blockWidth;
    }
  });
  const places: Place[] = [];
  let cursor = top;
  for (const line of lines) {
    const labels = line.members.map((i) => labelLines(rows[i]!, blockWidth, lineLimit));
    const labelHeight = Math.max(...labels.map((l) => l.length)) * LINE_HEIGHT;
    const gridRows = Math.max(...line.members.map((i) => Math.ceil(squaresFor(counts[i] ?? 0, perUnit) / cols)));
    line.members.forEach((i, k) => {
      places[i] = { x: MARGIN + k * (blockWidth + blockGap), labelY: cursor, gridTop: cursor + labelHeight + labelGap, lines: labels[k]! };
    });
    cursor += labelHeight + labelGap + Math.max(0, gridRows * cell - gap) + groupGap;
  }
  return { places, bottom: cursor - groupGap + MARGIN };
}

export function scaleNote(perUnit: number, unit: string): string {
  const noun = perUnit === 1 ? singular(unit) : unit;
  return `Each square = ${formatNumber(perUnit)}${noun ? ` ${noun}` : ''}`;
}

/** "models" -> "model", "people" -> "person": dataset units are plural nouns. */
export function singular(unit: string): string {
  if (unit === 'people') return 'person';
  if (unit.endsWith('ies')) return `${unit.slice(0, -3)}y`;
  return unit.endsWith('s') && !unit.endsWith('ss') ? unit.slice(0, -1) : unit;
}

function labelLines(row: Row, width: number, limit: number): string[] {
  const tail = row['count'] === null ? ': not reported' : `: ${formatNumber(count(row))}`;
  const lines = balancedLines(`${text(row, 'label')}${tail}`, width, FONT_SIZE);
  if (lines.length <= limit) return lines;
  // Shortened labels keep their count: the label is cut, never the number.
  const head = wrapLines(text(row, 'label'), width, FONT_SIZE);
  return [...head.slice(0, limit - 1), withTail(head.slice(limit - 1).join(' '), tail, width, FONT_SIZE)];
}

/**
 * The author's scale at the largest square that fits, in the narrowest block of whole tens;
 * then with tighter gaps; then shorter labels; then coarser scales. Falls back to the coarsest tried at the smallest
 * square.
 */
function choosePlan(rows: Row[], counts: number[], base: number, size: Size, unit: string) {
  const width = size.width - 2 * MARGIN;
  const total = counts.reduce((a, b) => a + b, 0);
  let last: { cell: number; cols: number; perUnit: number; places: Place[] } | undefined;
  for (const perUnit of perUnitSteps(base)) {
    const squares = counts.reduce((sum, c) => sum + squaresFor(c, perUnit), 0);
    const top = MARGIN + wrapLines(scaleNote(perUnit, unit), width, FONT_SIZE).length * LINE_HEIGHT + LABEL_GAP;
    if (squares <= MAX_SQUARES) {
      for (const [lineLimit, k] of [[Infinity], [Infinity, 0.5], [1]] as const) {
        for (let cell = MAX_CELL; cell >= MIN_CELL; cell--) {
          for (const cols of columnChoices(width, cell)) {
            const packed = packGroups(rows, counts, perUnit, cell, cols, lineLimit, width, top, k);
            if (packed.bottom <= size.height) return { cell, cols, perUnit, places: packed.places };
          }
        }
      }
      const cols = columnChoices(width, MIN_CELL).at(-1)!;
      last = { cell: MIN_CELL, cols, perUnit, places: packGroups(rows, counts, perUnit, MIN_CELL, cols, 1, width, top).places };
    }
    if (perUnit >= total) break;
  }
  return last ?? { cell: MIN_CELL, cols: 1, perUnit: base, places: [] };
}

/** Where each shown group's block of squares is (for notes: its right edge), and what it covers. */
export function unitsNoteAnchors(layout: UnitsLayout): { anchors: Anchor[]; obstacles: NoteBox[] } {
  const shown = layout.groups.filter((g) => g.visible);
  const extentOf = (g: UnitGroup) => {
    const xs = g.squares.map((s) => s.x);
    const ys = g.squares.map((s) => s.y);
    return { x: Math.min(g.labelX, ...xs), y: g.labelY, right: Math.max(g.labelX, ...xs) + layout.square, bottom: Math.max(g.labelY + g.lines.length * LINE_HEIGHT, ...ys.map((y) => y + layout.square)) };
  };
  return {
    anchors: shown.map((g) => {
      const e = extentOf(g);
      const lastRow = g.squares.at(-1);
      return { key: g.id, x: lastRow ? lastRow.x + layout.square / 2 : e.right, y: lastRow ? lastRow.y + layout.square / 2 : (e.y + e.bottom) / 2, r: layout.square / 2 };
    }),
    obstacles: [
      ...shown.map((g) => {
        const e = extentOf(g);
        return { x: e.x, y: e.y, width: e.right - e.x, height: e.bottom - e.y };
      }),
      { x: layout.note.x, y: layout.note.y, width: Math.max(...layout.note.lines.map((l) => textWidth(l, FONT_SIZE))), height: layout.note.lines.length * LINE_HEIGHT },
    ],
  };
}
