/**
 * Range layout: one row per claim, a line from its low to its high figure with a marker at
 * each end (one marker when they are equal), on a shared value axis. Wide frames put the
 * claimant in a column to the left of the lines; narrow frames put it above its line. The
 * marker's shape and the label text name the claim's group, so colour carries nothing alone.
 */
import { noteBlock, SLOT_GAP, type Anchor, type Box as NoteBox } from '../shared/notes';
import { scaleLinear, type LinearScale } from '../shared/linearScale';
import type { Row } from '../../lib/schemas';
import { formatValue, isFloor } from '../shared/format';
import { firstFit } from '../shared/place';
import { fitBalanced, textWidth, withTail as fitWithTail } from '../shared/text';
import type { Note, Size } from '../types';
import type { RangeParams } from './schema';

export const FONT_SIZE = 13;
export const TICK_FONT_SIZE = 12;
export const LINE_HEIGHT = 16;
/** Below this width the claimant goes above its line instead of beside it. */
export const WIDE_FROM = 520;
const MARGIN = { top: 4, right: 6, bottom: 22, left: 4 };
const R = 6;
const ROW_GAP = 10;
/** The widest pitch a spare frame opens between rows: wider reads as rows missing (at 140 a
 * desktop's five rows had floated 130 px apart). */
const MAX_PITCH = 100;
/**
 * Marker shapes (circle, square, diamond, triangle, cross, wye) as d3-shape's symbol() draws
 * them at area 90, to a tenth of a pixel, written out so the browser need not load d3-shape
 * for six constant paths.
 */
const SHAPES = [
  'M5.35,0A5.35,5.35,0,1,1,-5.35,0A5.35,5.35,0,1,1,5.35,0',
  'M-4.7,-4.7h9.5v9.5h-9.5Z',
  'M0,-8.8L5.1,0L0,8.8L-5.1,0Z',
  'M0,-8.3L7.2,4.2L-7.2,4.2Z',
  'M-6.4,-2.1H-2.1V-6.4H2.1V-2.1H6.4V2.1H2.1V6.4H-2.1V2.1H-6.4Z',
  'M2.6,1.5V6.6H-2.6V1.5L-7,-1.1L-4.4,-5.5L0,-3L4.4,-5.5L7,-1.1Z',
] as const;
const symbolCircle = SHAPES[0];
type SymbolType = (typeof SHAPES)[number];

export interface ValueLabel {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  text: string;
  /** Its left edge and width as measured: the marks lay the page's colour under it there. */
  left: number;
  width: number;
}

export interface RangeRow {
  id: string;
  /** Top of the label block. */
  labelY: number;
  labelX: number;
  lines: string[];
  /** Vertical centre of the line and its markers. */
  y: number;
  xLow: number;
  xHigh: number;
  single: boolean;
  /** A lower bound only: one marker at xLow and an arrow on to xHigh. */
  floor: boolean;
  /** Marker path centred on (0, 0), placed with a translate. */
  marker: string;
  group: string;
  /** A figure of Russia's officials (`voice: official`): drawn in Russia's colour. */
  official: boolean;
  /** What someone expected, not what they counted (`figure: forecast`): a dashed line between hollow markers. */
  forecast: boolean;
  /** The figures as their own text; null when a crowded phone frame prints them in the label. */
  value: ValueLabel | null;
  /** Claim, group and figures in words, for tooltips and screen readers. */
  full: string;
  highlighted: boolean;
  visible: boolean;
  /** Room kept under the row for its notes (none without). */
  note?: NoteBox | undefined;
}

export interface RangeTick {
  x: number;
  /** Where the tick label is anchored: its centre, or the frame's edge for an end label. */
  labelX: number;
  /** Labels that would cross the frame's edge hang from it instead of centring on the tick. */
  anchor: 'start' | 'middle' | 'end';
  label: string;
}

export interface RangeLayout {
  wide: boolean;
  plotLeft: number;
  plotRight: number;
  top: number;
  axisY: number;
  ticks: RangeTick[];
  rows: RangeRow[];
}

const text = (row: Row, key: string): string => String(row[key] ?? '');
const num = (row: Row, key: string): number => Number(row[key]);

/** Below its row, the room `notes` need (reserved when the frame has no free spot for them). */
const NOTE_GAP = 2;

export function layoutRange(rows: Row[], params: RangeParams, size: Size, notes: readonly Note[] = []): RangeLayout {
  const wide = size.width >= WIDE_FROM;
  const fmt = (v: number, qualifier?: string) => formatValue(v, params.prefix, params.suffix, qualifier);
  const labelWidth = wide ? Math.min(260, Math.round(size.width * 0.3)) : size.width - MARGIN.left - MARGIN.right;
  const plotLeft = (wide ? MARGIN.left + labelWidth + 16 : MARGIN.left) + R;
  const plotRight = size.width - MARGIN.right - R;
  const x = scaleLinear().domain(rangeDomain(rows, params.domain)).range([plotLeft, plotRight]);
  // An author's fixed domain may leave a figure outside it: draw that at the edge (the
  // printed figures and the tooltip still give it exactly) rather than outside the frame.
  if (params.domain) x.clamp(true);
  else x.nice();
  const shapes = shapeByGroup(rows);
  const axisY = size.height - MARGIN.bottom;

  const draft = rows.map((row) => {
    const qualifier = text(row, 'qualifier');
    const floor = isFloor(qualifier);
    const [low, high] = floor ? [num(row, 'low'), num(row, 'low')] : ordered(num(row, 'low'), num(row, 'high'));
    const group = text(row, 'group');
    const label = text(row, 'label');
    const value = low === high ? fmt(low, qualifier) : `${fmt(low, qualifier)}–${fmt(high)}`;
    return {
      id: text(row, 'id'),
      label: withGroup(label, group),
      short: text(row, 'short'),
      xLow: x(low),
      // A floor's arrow runs 28 px on from its marker.
      xHigh: floor ? Math.min(x(low) + 28, plotRight) : x(high),
      single: low === high,
      floor,
      group,
      official: row['voice'] === 'official',
      forecast: row['figure'] === 'forecast',
      valueText: value,
      full: `${withGroup(label, group)}: ${floor || low === high ? value : `${fmt(low)} to ${fmt(high)}`}`,
      note: noteRoom(notes.filter((n) => n.at === text(row, 'id')), size.width - MARGIN.left - MARGIN.right),
    };
  });

  // Full labels if they fit, else one line each, else (on a phone) one line holding label and
  // figures with the line right under it. A row's short words, where it has them, stand for
  // its label on one line.
  const leftBound = wide ? MARGIN.left + labelWidth + 8 : MARGIN.left;
  const room = axisY - MARGIN.top - 8;
  const build = (lineLimit: number, merge: boolean) =>
    draft.map((d) => {
      const label = lineLimit < 2 && d.short ? d.short : d.label;
      if (merge) return { ...d, lines: [withTail(label, `: ${d.valueText}`, labelWidth)], beside: null, mode: 'merged' as const };
      const lines = fitBalanced(label, labelWidth, FONT_SIZE, lineLimit);
      const beside = placeValue(d.xLow, d.xHigh, textWidth(d.valueText, FONT_SIZE), leftBound, size.width - MARGIN.right);
      return { ...d, lines, beside, mode: beside ? ('beside' as const) : ('under' as const) };
    });
  const arrangements: [number, boolean][] = wide ? [[Infinity, false], [1, false]] : [[Infinity, false], [1, false], [1, true]];
  const { drafts, rowGap } = firstFit(
    arrangements,
    ([lineLimit, merge]) => ({ drafts: build(lineLimit, merge), rowGap: merge ? 4 : ROW_GAP }),
    (a) => slotHeights(a.drafts, wide).reduce((sum, h) => sum + h + a.rowGap, -a.rowGap) <= room,
  );
  // Rows go at one pitch, each with its notes' room under it, so a step's note never reads as
  // a gap of its own; a spare frame opens the pitch to fill it, up to MAX_PITCH. Where one
  // pitch does not fit (a crowded phone), each row takes just the room it needs.
  const slots = slotHeights(drafts, wide);
  const last = slots.length - 1;
  const need = Math.max(0, ...slots) + rowGap;
  const even = need * last + slots[last]! <= room;
  const pitch = Math.max(need, Math.min(MAX_PITCH, (room - slots[last]!) / Math.max(1, last)));
  // Where rows of unequal height (a tall label, a note's room) take no one pitch, the frame's
  // spare height still goes between them, shared equally, rather than all under the last row.
  const stacked = slots.reduce((sum, h) => sum + h + rowGap, -rowGap);
  const spare = even ? 0 : Math.max(0, Math.min((room - stacked) / Math.max(1, last), MAX_PITCH - need));

  // The rows stack from the top and the axis follows the last one: height left over stays
  // under the chart, not between rows that a step has yet to show.
  let cursor = MARGIN.top;
  const placed: RangeRow[] = drafts.map((d, i) => {
    const labelY = even ? MARGIN.top + i * pitch : cursor;
    const row = rowGeometry(d.lines.length, d.mode, wide);
    const y = labelY + row.lineDy;
    cursor = labelY + slots[i]! + rowGap + spare;
    // The note sits under its row, right-aligned under the high marker (where its leader goes).
    const note = d.note && { x: Math.max(MARGIN.left, Math.min(d.xHigh + R - d.note.widest, size.width - MARGIN.right - d.note.widest)), y: labelY + row.height + NOTE_GAP, width: d.note.width, height: d.note.height };
    // Figures with no room beside their line go right over it, centred on it, not at the margin
    // (at 390 px "about 500,000-700,000" sat under the label, apart from its markers).
    const width = textWidth(d.valueText, FONT_SIZE);
    const half = width / 2;
    const over = Math.max(leftBound + half, Math.min((d.xLow + d.xHigh) / 2, size.width - MARGIN.right - half));
    const at = d.mode === 'merged' ? null : (d.beside ?? { x: over, anchor: 'middle' as const });
    const value: ValueLabel | null = at && { ...at, y: d.beside ? y : labelY + row.valueDy, text: d.valueText, width, left: at.x - (at.anchor === 'end' ? width : at.anchor === 'middle' ? width / 2 : 0) };
    return {
      id: d.id,
      labelY,
      labelX: MARGIN.left,
      lines: d.lines,
      y,
      xLow: d.xLow,
      xHigh: d.xHigh,
      single: d.single,
      floor: d.floor,
      marker: shapes.get(d.group) ?? symbolCircle,
      group: d.group,
      official: d.official,
      forecast: d.forecast,
      value,
      full: d.full,
      highlighted: params.highlight.includes(d.id),
      visible: params.show === undefined || params.show.includes(d.id),
      note,
    };
  });

  const stackEnd = cursor - rowGap - spare + 8;
  return { wide, plotLeft, plotRight, top: MARGIN.top, axisY: Math.min(axisY, stackEnd), ticks: axisTicks(x, fmt, size.width), rows: placed };
}

/**
 * The height a range chart needs at this width (ChartFrame's `fit`): its rows at their widest
 * pitch, then the axis. Every state lays out every row, with every step's notes' room, so one
 * state tells. Two estimates had sat over an empty band half a desktop panel high.
 */
export function rangeNaturalHeight(rows: Row[], states: Record<string, { params: RangeParams }>, reserve: readonly Note[], frame: Size): number {
  return layoutRange(rows, Object.values(states)[0]!.params, frame, reserve).axisY + MARGIN.bottom;
}

/** [min, max] of the data, from zero when every value is positive; [0, 1] with no data. */
export function rangeDomain(rows: Row[], fixed?: [number, number]): [number, number] {
  if (fixed) return fixed;
  const values = rows.flatMap((r) => [num(r, 'low'), num(r, 'high')]).filter(Number.isFinite);
  if (values.length === 0) return [0, 1];
  const lo = Math.min(0, ...values);
  const hi = Math.max(...values);
  return lo === hi ? [lo, lo + 1] : [lo, hi];
}

/**
 * The figures go right of the high marker, else left of the low one; null when neither side
 * has room (the caller then prints them under the label).
 */
export function placeValue(xLow: number, xHigh: number, width: number, left: number, right: number): Pick<ValueLabel, 'x' | 'anchor'> | null {
  if (xHigh + R + 6 + width <= right) return { x: xHigh + R + 6, anchor: 'start' };
  if (xLow - R - 6 - width >= left) return { x: xLow - R - 6, anchor: 'end' };
  return null;
}

/** As many ticks as fit with their labels well apart (12 px: "90%" and "100%" read as one at 8); edge labels pulled inside the frame. */
export function axisTicks(x: LinearScale, fmt: (v: number) => string, width: number): RangeTick[] {
  for (let count = 10; count >= 1; count--) {
    const ticks = x.ticks(count).map((v) => {
      const label = fmt(v);
      const half = textWidth(label, TICK_FONT_SIZE) / 2;
      const at = x(v);
      // The estimate can undershoot real glyphs, so an edge label is anchored to the edge.
      const anchor: RangeTick['anchor'] = at + half > width ? 'end' : at - half < 0 ? 'start' : 'middle';
      const labelX = anchor === 'end' ? width : anchor === 'start' ? 0 : at;
      const centre = anchor === 'end' ? width - half : anchor === 'start' ? half : at;
      return { x: at, labelX, anchor, label, half, centre };
    });
    const apart = ticks.every((t, i) => i === 0 || t.centre - t.half >= ticks[i - 1]!.centre + ticks[i - 1]!.half + 12);
    if (apart || count === 1) return ticks.map(({ half: _half, centre: _centre, ...t }) => t);
  }
  return [];
}

function ordered(a: number, b: number): [number, number] {
  const low = Number.isFinite(a) ? a : b;
  const high = Number.isFinite(b) ? b : low;
  return low <= high ? [low, high] : [high, low];
}

function shapeByGroup(rows: Row[]): Map<string, SymbolType> {
  const groups = [...new Set(rows.map((r) => text(r, 'group')))];
  const ungrouped = groups.includes('');
  const named = groups.filter(Boolean);
  const map = new Map<string, SymbolType>([['', symbolCircle]]);
  named.forEach((g, i) => map.set(g, SHAPES[(i + (ungrouped ? 1 : 0)) % SHAPES.length]!));
  return map;
}


/**
 * Vertical offsets within a row, from the top of its label block. A line of text drawn by
 * the browser reaches about TEXT_ABOVE above its centre and TEXT_BELOW below (ascenders,
 * descenders), more than half the line pitch, so separate text elements are kept a full
 * TEXT_PITCH apart: the figures (under the label when they do not fit beside the line) and
 * the line itself (with figures beside it, on a phone) never touch the label above.
 */
export function rowGeometry(labelLines: number, mode: 'beside' | 'under' | 'merged', wide: boolean): { lineDy: number; valueDy: number; height: number } {
  const lastCentre = (labelLines - 0.5) * LINE_HEIGHT;
  if (wide) {
    const lineDy = LINE_HEIGHT / 2;
    const valueDy = mode === 'under' ? lastCentre + TEXT_PITCH : lineDy;
    return { lineDy, valueDy, height: Math.max(lineDy + R, valueDy + TEXT_BELOW, labelLines * LINE_HEIGHT + 2) };
  }
  if (mode === 'merged') {
    const lineDy = lastCentre + TEXT_BELOW + R + 2;
    return { lineDy, valueDy: lineDy, height: lineDy + R + 2 };
  }
  const valueDy = lastCentre + TEXT_PITCH;
  const lineDy = mode === 'beside' ? valueDy : valueDy + TEXT_BELOW + R + 2;
  return { lineDy, valueDy, height: lineDy + (mode === 'beside' ? TEXT_BELOW : R) + 2 };
}

/** Rendered text reaches this far above and below the centre of its line (13 px type). */
export const TEXT_ABOVE = 10;
export const TEXT_BELOW = 10;
const TEXT_PITCH = TEXT_ABOVE + TEXT_BELOW + 1;

interface NoteRoom {
  /** The widest note's width, the widest a note may be, and their height one under another. */
  widest: number;
  width: number;
  height: number;
}

/** Each row's height with its notes' room under it. */
function slotHeights(drafts: { lines: string[]; mode: 'beside' | 'under' | 'merged'; note: NoteRoom | undefined }[], wide: boolean): number[] {
  return drafts.map((d) => rowGeometry(d.lines.length, d.mode, wide).height + (d.note ? NOTE_GAP + d.note.height : 0));
}

/** The room a row's notes take written one under another (none without notes). */
function noteRoom(notes: readonly Note[], width: number): NoteRoom | undefined {
  if (notes.length === 0) return undefined;
  const maxWidth = Math.min(260, width);
  const blocks = notes.map((n) => noteBlock(n.text, maxWidth));
  return { widest: Math.max(...blocks.map((b) => b.width)), width: maxWidth, height: blocks.reduce((sum, b) => sum + b.height + SLOT_GAP, -SLOT_GAP) };
}

/** One line of `head` shortened as needed so that `tail` (the figures) always fits after it. */
export function withTail(head: string, tail: string, width: number): string {
  return fitWithTail(head, tail, width, FONT_SIZE);
}

/** Where each shown claim's high marker is (for notes), and what the rows cover. */
export function rangeNoteAnchors(layout: RangeLayout): { anchors: Anchor[]; obstacles: NoteBox[] } {
  const shown = layout.rows.filter((r) => r.visible);
  return {
    anchors: shown.map((r) => ({ key: r.id, x: r.xHigh, y: r.y, r: R + 1, slot: r.note })),
    obstacles: layout.ticks.map((t): NoteBox => ({ x: t.labelX - (t.anchor === 'start' ? 0 : t.anchor === 'end' ? 1 : 0.5) * (textWidth(t.label, TICK_FONT_SIZE) + 8), y: layout.axisY, width: textWidth(t.label, TICK_FONT_SIZE) + 8, height: 24 })).concat(shown.flatMap((r) => [
      { x: r.labelX, y: r.labelY, width: Math.max(0, ...r.lines.map((l) => textWidth(l, FONT_SIZE))), height: r.lines.length * LINE_HEIGHT + 2 },
      { x: r.xLow - R, y: r.y - R, width: r.xHigh - r.xLow + 2 * R, height: 2 * R },
      ...(r.value ? [{ x: r.value.anchor === 'start' ? r.value.x : r.value.x - textWidth(r.value.text, FONT_SIZE), y: r.value.y - 9, width: textWidth(r.value.text, FONT_SIZE), height: 18 }] : []),
    ])),
  };
}

/** "Digital minister Shadayev (Aug 2023)" and "official" read "Digital minister Shadayev (Aug 2023, official)": one bracket, not two. */
export function withGroup(label: string, group: string): string {
  if (!group) return label;
  return label.endsWith(')') ? `${label.slice(0, -1)}, ${group})` : `${label} (${group})`;
}
