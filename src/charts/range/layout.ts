/**
 * Range layout: one row per claim, a line from its low to its high figure with a marker at
 * each end (one marker when they are equal), on a shared value axis. Wide frames put the
 * claimant in a column to the left of the lines; narrow frames put it above its line. The
 * marker's shape and the label text name the claim's group, so colour carries nothing alone.
 */
import { scaleLinear } from 'd3-scale';
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, symbolCross, symbolWye, type SymbolType } from 'd3-shape';
import type { Row } from '../../lib/schemas';
import { formatNumber } from '../shared/format';
import { textWidth, wrapText } from '../shared/text';
import type { Size } from '../types';
import type { RangeParams } from './params';

export const FONT_SIZE = 13;
export const TICK_FONT_SIZE = 12;
export const LINE_HEIGHT = 16;
/** Below this width the claimant goes above its line instead of beside it. */
export const WIDE_FROM = 520;
const MARGIN = { top: 4, right: 6, bottom: 22, left: 4 };
const R = 6;
const ROW_GAP = 10;
const MAX_EXTRA_GAP = 72;
const SHAPES: SymbolType[] = [symbolCircle, symbolSquare, symbolDiamond, symbolTriangle, symbolCross, symbolWye];

export interface ValueLabel {
  x: number;
  y: number;
  anchor: 'start' | 'end';
  text: string;
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
  /** Marker path centred on (0, 0), placed with a translate. */
  marker: string;
  group: string;
  value: ValueLabel;
  /** Claim, group and figures in words, for tooltips and screen readers. */
  full: string;
  highlighted: boolean;
  visible: boolean;
}

export interface RangeTick {
  x: number;
  /** Where the tick label's centre sits (pulled in at the edges so it stays in the frame). */
  labelX: number;
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

export function layoutRange(rows: Row[], params: RangeParams, size: Size): RangeLayout {
  const wide = size.width >= WIDE_FROM;
  const fmt = (v: number) => `${params.prefix}${formatNumber(v)}${params.suffix}`;
  const labelWidth = wide ? Math.min(260, Math.round(size.width * 0.3)) : size.width - MARGIN.left - MARGIN.right;
  const plotLeft = (wide ? MARGIN.left + labelWidth + 16 : MARGIN.left) + R;
  const plotRight = size.width - MARGIN.right - R;
  const x = scaleLinear().domain(rangeDomain(rows, params.domain)).range([plotLeft, plotRight]);
  if (!params.domain) x.nice();
  const shapes = shapeByGroup(rows);
  const axisY = size.height - MARGIN.bottom;

  const draft = rows.map((row) => {
    const [low, high] = ordered(num(row, 'low'), num(row, 'high'));
    const group = text(row, 'group');
    const label = text(row, 'label');
    const value = low === high ? fmt(low) : `${fmt(low)}–${fmt(high)}`;
    return {
      id: text(row, 'id'),
      label: group ? `${label} (${group})` : label,
      xLow: x(low),
      xHigh: x(high),
      single: low === high,
      group,
      valueText: value,
      full: `${label}${group ? ` (${group})` : ''}: ${low === high ? fmt(low) : `${fmt(low)} to ${fmt(high)}`}`,
    };
  });

  // Full labels if they fit, else one line each; spare height opens the gaps a little.
  const leftBound = wide ? MARGIN.left + labelWidth + 8 : MARGIN.left;
  const build = (lineLimit: number) =>
    draft.map((d) => {
      const lines = clip(wrapText(d.label, labelWidth, FONT_SIZE), lineLimit, labelWidth);
      const beside = placeValue(d.xLow, d.xHigh, textWidth(d.valueText, FONT_SIZE), leftBound, size.width - MARGIN.right);
      return { ...d, lines, beside };
    });
  let drafts = build(Infinity);
  if (stack(drafts, wide, ROW_GAP) > axisY - MARGIN.top - 8) drafts = build(1);
  const used = stack(drafts, wide, ROW_GAP);
  const spare = axisY - MARGIN.top - 8 - used;
  const extra = drafts.length > 0 ? Math.max(0, Math.min(MAX_EXTRA_GAP, spare / drafts.length)) : 0;
  const gap = ROW_GAP + extra;

  // Whatever height is still spare goes above the rows, so they sit down on the axis.
  let cursor = MARGIN.top + Math.max(0, spare - extra * drafts.length);
  const placed: RangeRow[] = drafts.map((d) => {
    const labelY = cursor;
    const extraLine = d.beside ? 0 : 1;
    const labelLines = d.lines.length + extraLine;
    const y = wide ? labelY + LINE_HEIGHT / 2 : labelY + labelLines * LINE_HEIGHT + R + 2;
    cursor += rowHeight(labelLines, wide) + gap;
    const value: ValueLabel = d.beside
      ? { ...d.beside, y, text: d.valueText }
      : { x: MARGIN.left, y: labelY + d.lines.length * LINE_HEIGHT + LINE_HEIGHT / 2, anchor: 'start', text: d.valueText };
    return {
      id: d.id,
      labelY,
      labelX: MARGIN.left,
      lines: d.lines,
      y,
      xLow: d.xLow,
      xHigh: d.xHigh,
      single: d.single,
      marker: symbol(shapes.get(d.group) ?? symbolCircle, 90)() ?? '',
      group: d.group,
      value,
      full: d.full,
      highlighted: params.highlight.includes(d.id),
      visible: params.show === undefined || params.show.includes(d.id),
    };
  });

  return { wide, plotLeft, plotRight, top: MARGIN.top, axisY, ticks: axisTicks(x, fmt, size.width), rows: placed };
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
export function placeValue(xLow: number, xHigh: number, width: number, left: number, right: number): Omit<ValueLabel, 'y' | 'text'> | null {
  if (xHigh + R + 6 + width <= right) return { x: xHigh + R + 6, anchor: 'start' };
  if (xLow - R - 6 - width >= left) return { x: xLow - R - 6, anchor: 'end' };
  return null;
}

/** As many ticks as fit with their labels apart; edge labels pulled inside the frame. */
export function axisTicks(x: ReturnType<typeof scaleLinear<number, number>>, fmt: (v: number) => string, width: number): RangeTick[] {
  for (let count = 10; count >= 1; count--) {
    const ticks = x.ticks(count).map((v) => {
      const label = fmt(v);
      const half = textWidth(label, TICK_FONT_SIZE) / 2;
      return { x: x(v), labelX: Math.max(half, Math.min(width - half, x(v))), label, half };
    });
    const apart = ticks.every((t, i) => i === 0 || t.labelX - t.half >= ticks[i - 1]!.labelX + ticks[i - 1]!.half + 8);
    if (apart || count === 1) return ticks.map(({ half: _half, ...t }) => t);
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

function clip(lines: string[], limit: number, width: number): string[] {
  if (lines.length <= limit) return lines;
  const kept = lines.slice(0, limit);
  let last = kept[limit - 1]!.replace(/[\s,.;:]+$/, '');
  while (last.length > 1 && textWidth(`${last}…`, FONT_SIZE) > width) last = last.slice(0, -1);
  kept[limit - 1] = `${last}…`;
  return kept;
}

function rowHeight(labelLines: number, wide: boolean): number {
  return wide ? Math.max(labelLines * LINE_HEIGHT, 2 * R + 4) : labelLines * LINE_HEIGHT + 2 * R + 4;
}

function stack(drafts: { lines: string[]; beside: unknown }[], wide: boolean, gap: number): number {
  return drafts.reduce((sum, d) => sum + rowHeight(d.lines.length + (d.beside ? 0 : 1), wide) + gap, -gap);
}
