/**
 * Line layout: one line per series over a numeric x (years), each named at its last shown
 * point in a label column on the right (no legend). The axes cover all the data in every
 * state, so hiding later points (`xMax`) or series (`show`) never moves what stays.
 */
import { placeNotes, type Anchor, type Box as NoteBox, type Leader, type PlacedNote } from '../shared/notes';
import type { Row } from '../../lib/schemas';
import { formatNumber, formatValue } from '../shared/format';
import { firstFit, stack } from '../shared/place';
import { blockHeight, fitLines, textWidth } from '../shared/text';
import { integerTicks, valueAxis, type Tick } from '../shared/ticks';
import type { Note, Size } from '../types';
import type { LineParams } from './schema';

export const FONT_SIZE = 13;
export const LINE_HEIGHT = 16;
export const TICK_SIZE = 12;
const MARGIN = { top: 12, right: 6, bottom: 30, left: 6 };
/** Baseline of the x-axis labels below the plot (clear of the lowest y label). */
export const X_LABEL_OFFSET = 24;
const LABEL_GAP = 8;

export interface LinePoint {
  x: number;
  y: number;
  /** Data x and value, for tooltips. */
  full: string;
  visible: boolean;
}

export interface LineSegment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  visible: boolean;
}

export interface LineSeries {
  name: string;
  /** Position in the dataset (for the palette: series-1, series-2, ...). */
  index: number;
  points: LinePoint[];
  segments: LineSegment[];
  highlighted: boolean;
  visible: boolean;
  /** Direct label: lines of text, where the block starts (left, top), and the point it names. */
  label: { lines: string[]; x: number; top: number; anchorX: number; anchorY: number } | undefined;
}

export interface LineLayout {
  left: number;
  right: number;
  top: number;
  bottom: number;
  labelX: number;
  yTicks: (Tick & { label: string })[];
  xTicks: (Tick & { label: string })[];
  series: LineSeries[];
}

const num = (row: Row, key: string): number => Number(row[key] ?? NaN);

/** Years print as "2024", other numbers with thousands commas. */
const formatX = (value: number, years: boolean): string => (years ? String(value) : formatNumber(value));

export function layoutLine(rows: Row[], params: LineParams, size: Size): LineLayout {
  const valid = rows.filter((r) => Number.isFinite(num(r, 'x')) && Number.isFinite(num(r, 'value')));
  const names = [...new Set(valid.map((r) => String(r['series'] ?? '')))];
  const data = names.map((name) =>
    valid.filter((r) => String(r['series'] ?? '') === name).map((r) => ({ x: num(r, 'x'), value: num(r, 'value') })).sort((a, b) => a.x - b.x),
  );
  const xs = valid.map((r) => num(r, 'x'));
  const values = valid.map((r) => num(r, 'value'));
  const years = xs.length > 0 && xs.every((x) => x >= 1000 && x <= 3000);
  const shown = (name: string) => params.show === undefined || params.show.includes(name);
  const pointShown = (x: number) => params.xMax === undefined || x <= params.xMax;
  const fmt = (v: number) => formatValue(v, params.prefix, params.suffix);

  const top = MARGIN.top;
  const bottom = size.height - MARGIN.bottom;
  const y = valueAxis([Math.min(0, ...values), Math.max(0, ...values)], [bottom, top], 44);
  const yTicks = y.ticks.map((t) => ({ ...t, label: fmt(t.value) }));
  const left = MARGIN.left + Math.max(...yTicks.map((t) => textWidth(t.label, TICK_SIZE))) + 8;

  // The label column: as wide as the longest name needs, but never more than a third unless
  // a single word needs it (names wrap, up to three lines, rather than lose a word).
  const last = (i: number) => data[i]!.filter((p) => pointShown(p.x)).at(-1);
  const labelTexts = names.map((name, i) => `${name} ${fmt(last(i)?.value ?? 0)}`);
  const natural = Math.max(0, ...labelTexts.map((t) => textWidth(t, FONT_SIZE)));
  const word = Math.max(...labelTexts.join(' ').split(' ').map((w) => textWidth(w, FONT_SIZE)));
  const column = Math.min(Math.ceil(natural) + 2, Math.max(word + 2, (size.width - left) * 0.34));
  const right = size.width - MARGIN.right - column - LABEL_GAP;

  const xDomain: [number, number] = xs.length ? [Math.min(...xs), Math.max(...xs)] : [0, 1];
  const xAxis = valueAxis(xDomain, [left, right], years ? 64 : 56);
  // No nice() on x: the lines should reach both edges, so ticks outside the data are dropped.
  xAxis.scale.domain(xDomain[0] === xDomain[1] ? [xDomain[0] - 1, xDomain[1] + 1] : xDomain);
  // A few years of data are ticked at those years, the first and last kept where others crowd
  // them: a phone's 2025 and 2030 had left the lines' 2022 start undated.
  const dataYears = [...new Set(xs)].sort((a, b) => a - b);
  const fewYears = years && dataYears.length <= 5;
  const xTicks = apart(
    (fewYears ? dataYears.map((value) => ({ value })) : years ? integerTicks(xAxis) : xAxis.ticks)
      .filter((t) => t.value >= xAxis.scale.domain()[0]! && t.value <= xAxis.scale.domain()[1]!)
      .map((t) => ({ value: t.value, pos: xAxis.scale(t.value), label: formatX(t.value, years) }))
      .filter((t) => t.pos - textWidth(t.label, TICK_SIZE) / 2 >= 0 && t.pos + textWidth(t.label, TICK_SIZE) / 2 <= size.width),
  );

  const series: LineSeries[] = names.map((name, i) => {
    const visible = shown(name);
    const points = data[i]!.map((p) => ({
      x: xAxis.scale(p.x),
      y: y.scale(p.value),
      full: `${name}, ${formatX(p.x, years)}: ${fmt(p.value)}`,
      visible: visible && pointShown(p.x),
    }));
    const segments = points.slice(1).map((p, j) => ({ x1: points[j]!.x, y1: points[j]!.y, x2: p.x, y2: p.y, visible: p.visible }));
    return { name, index: i, points, segments, highlighted: params.highlight.includes(name), visible, label: undefined };
  });

  // Labels sit just right of the last shown points: at the right edge once every point is
  // shown, further in while later points are hidden (that space is empty then).
  const lastShownX = Math.max(left, ...series.filter((s) => s.visible).flatMap((s) => s.points.filter((p) => p.visible).map((p) => p.x)));
  const labelX = lastShownX + LABEL_GAP;
  // A series of one point short of the right edge (a measurement beside targets) is named beside
  // its point: in the label column its leader read as a level line out to the end.
  const lone = series.filter((s) => s.visible && s.points.length === 1 && s.points[0]!.visible && s.points[0]!.x < lastShownX);
  for (const s of lone) {
    const point = s.points[0]!;
    const x = point.x + LABEL_GAP + 2;
    const lines = fitLines(labelTexts[s.index]!, size.width - MARGIN.right - x, FONT_SIZE, 3);
    const height = blockHeight(lines.length, FONT_SIZE, LINE_HEIGHT);
    s.label = { lines, x, top: Math.max(0, Math.min(bottom - height, point.y - height / 2)), anchorX: point.x, anchorY: point.y };
  }
  placeLabels(series.filter((s) => !lone.includes(s)), names, (i) => last(i), fmt, labelX, size.width - MARGIN.right - labelX, 0, bottom);
  return { left, right, top, bottom, labelX, yTicks, xTicks, series };
}

/**
 * Names each shown series beside the height of its last shown point. Tries three lines per
 * label (a phone's narrow column), then two, then one, then names only the highlighted series (and, in a tiny frame, as many of
 * those as fit): the first arrangement whose labels all fit without touching wins.
 */
function placeLabels(
  series: LineSeries[],
  names: string[],
  last: (i: number) => { x: number; value: number } | undefined,
  fmt: (v: number) => string,
  x: number,
  column: number,
  top: number,
  bottom: number,
): void {
  const candidates = series.filter((s) => s.visible && last(s.index) !== undefined);
  const highlighted = candidates.filter((s) => s.highlighted);
  const attempts: [number, LineSeries[]][] = [
    [3, candidates],
    [2, candidates],
    [1, candidates],
    ...highlighted.map((_, k): [number, LineSeries[]] => [1, highlighted.slice(0, highlighted.length - k)]),
  ];
  const placed = firstFit(
    attempts,
    ([maxLines, labelled]) => {
      const blocks = labelled.map((s) => {
        const point = s.points.filter((p) => p.visible).at(-1)!;
        const text = `${names[s.index]} ${fmt(last(s.index)!.value)}`;
        const lines = fitLines(text, column, FONT_SIZE, maxLines);
        return { s, point, lines, size: blockHeight(lines.length, FONT_SIZE, LINE_HEIGHT) };
      });
      return { blocks, ...stack(blocks.map((b) => ({ target: b.point.y, size: b.size })), top, bottom, 2) };
    },
    (result) => result.fits,
  );
  if (!placed.fits) return;
  placed.blocks.forEach((b, i) => {
    b.s.label = { lines: b.lines, x, top: placed.starts[i]!, anchorX: b.point.x, anchorY: b.point.y };
  });
}

/**
 * The step's notes, each placed where it finds room beside the lines: in the order written or,
 * where that leaves one out, the other way round (the first placed can take the only spot the
 * other fits); where neither draws them all, the first written, the one that matters more.
 */
export function placeLineNotes(layout: LineLayout, notes: readonly Note[] = [], size: Size): PlacedNote[] {
  const { anchors, obstacles } = lineNoteAnchors(layout);
  // No leader crosses a line or passes within 7 px of a labelled end point but its own: a
  // leader from the 95% target to a note below had run straight through the 80% target's dot,
  // and one from under the lines up to the 95% line had crossed the 80% line (phones). Where
  // no spot is left with a clean leader (a 320 px phone) the note is left out.
  const shown = layout.series.filter((s) => s.visible);
  const points = shown.flatMap((s) => s.points.filter((p) => p.visible).slice(-1));
  // ...nor through a series' name (a phone's leader had struck through "FinExpertiza").
  const names = shown.flatMap(({ label }) => {
    if (!label) return [];
    const b = nameBox(label);
    const [x1, y1, x2, y2] = [b.x, b.y, b.x + b.width, b.y + b.height];
    return [{ x1, y1, x2, y2: y1 }, { x1, y1: y2, x2, y2 }, { x1, y1, x2: x1, y2 }, { x1: x2, y1, x2, y2 }];
  });
  const segments = [...shown.flatMap((s) => s.segments.filter((g) => g.visible)), ...names];
  const crosses = (l: Leader, at: string) => {
    const own = anchors.find((a) => a.key === at);
    return points.some((p) => (p.x !== own?.x || p.y !== own.y) && distanceToSegment(p, l) < 7) || segments.some((g) => intersects(g, l));
  };
  const [first, other] = [notes, [...notes].reverse()].map((order) => placeNotes(order, anchors, obstacles, size, crosses));
  return other!.length > first!.length ? other! : first!;
}

/** The box a series' name covers (bold, as a highlighted one is drawn). */
function nameBox(l: { x: number; top: number; lines: string[] }): NoteBox {
  return { x: l.x, y: l.top, width: Math.max(...l.lines.map((t) => textWidth(t, FONT_SIZE))), height: l.lines.length * LINE_HEIGHT + 4 };
}

/** Whether two line segments cross. */
function intersects(a: Leader, b: Leader): boolean {
  const side = (p: Leader, x: number, y: number) => Math.sign((p.x2 - p.x1) * (y - p.y1) - (p.y2 - p.y1) * (x - p.x1));
  return side(a, b.x1, b.y1) * side(a, b.x2, b.y2) < 0 && side(b, a.x1, a.y1) * side(b, a.x2, a.y2) < 0;
}

/** How far the point is from the leader's line segment. */
function distanceToSegment(p: { x: number; y: number }, l: Leader): number {
  const [dx, dy] = [l.x2 - l.x1, l.y2 - l.y1];
  const t = Math.max(0, Math.min(1, ((p.x - l.x1) * dx + (p.y - l.y1) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(l.x1 + t * dx - p.x, l.y1 + t * dy - p.y);
}

/** Where each shown series' last shown point is (for notes), and what its end label covers. */
export function lineNoteAnchors(layout: LineLayout): { anchors: Anchor[]; obstacles: NoteBox[] } {
  const shown = layout.series.filter((s) => s.visible);
  const along = (x1: number, y1: number, x2: number, y2: number): NoteBox[] => {
    const n = Math.max(1, Math.ceil(Math.hypot(x2 - x1, y2 - y1) / 8));
    return Array.from({ length: n + 1 }, (_, i) => ({ x: x1 + ((x2 - x1) * i) / n - 2, y: y1 + ((y2 - y1) * i) / n - 2, width: 4, height: 4 }));
  };
  return {
    // Its last point, then (where no spot beside that point is free) its last stretch of line,
    // two thirds and a third of the way back: a 320 px phone's note on the 95% target had no room
    // by its point but the 80% target's.
    anchors: shown.flatMap((s) => {
      const point = s.points.filter((p) => p.visible).at(-1);
      const last = s.segments.filter((g) => g.visible).at(-1);
      const back = last ? [0.67, 0.33].map((t) => ({ key: s.name, x: last.x1 + (last.x2 - last.x1) * t, y: last.y1 + (last.y2 - last.y1) * t, r: 0 })) : [];
      return point ? [{ key: s.name, x: point.x, y: point.y, r: 5 }, ...back] : [];
    }),
    obstacles: [
      ...shown.flatMap((s) => (s.label ? [nameBox(s.label)] : [])),
      ...shown.flatMap((s) => s.points.filter((p) => p.visible).map((p) => ({ x: p.x - 5, y: p.y - 5, width: 10, height: 10 }))),
      // The lines and the end labels' leaders, sampled every few pixels, so a note's box never
      // hides a stretch of line or cuts a label from its point.
      ...shown.flatMap((s) => s.segments.filter((g) => g.visible).flatMap((g) => along(g.x1, g.y1, g.x2, g.y2))),
      ...shown.flatMap(({ label: l }) => (l ? along(l.anchorX, l.anchorY, l.x, l.top + Math.max(4, Math.min(l.anchorY - l.top, l.lines.length * LINE_HEIGHT - 4))) : [])),
      ...layout.yTicks.map((t) => ({ x: 0, y: t.pos - 9, width: layout.left, height: 18 })),
      { x: 0, y: layout.bottom + 2, width: layout.right + 40, height: X_LABEL_OFFSET + 6 },
    ],
  };
}

/** Ticks whose labels keep 8 px apart: the ends first, then the others in order. */
function apart<T extends { pos: number; label: string }>(ticks: T[]): T[] {
  const half = (t: T) => textWidth(t.label, TICK_SIZE) / 2;
  const kept: T[] = [];
  for (const t of [ticks[0], ticks.at(-1), ...ticks.slice(1, -1)]) {
    if (t && !kept.includes(t) && kept.every((k) => Math.abs(k.pos - t.pos) >= half(k) + half(t) + 8)) kept.push(t);
  }
  return kept.sort((a, b) => a.pos - b.pos);
}
