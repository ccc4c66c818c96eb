/**
 * Timeline layout: a vertical time axis (it fits any width, phone first) with each event's
 * label beside its dot. Labels that would collide are pushed down, then the whole stack is
 * squeezed back into the frame if it overflows.
 */
import type { Anchor, Box as NoteBox } from '../shared/notes';
import { scaleLinear } from '../shared/linearScale';
import type { Row } from '../../lib/schemas';
import { decimalYear, formatPartialDate } from '../shared/format';
import { firstFit, stack } from '../shared/place';
import { fitLines, textWidth, wrapLines } from '../shared/text';
import type { Size } from '../types';
import type { TimelineParams } from './schema';

export const FONT_SIZE = 13;
const LINE_HEIGHT = 16;
const GAP = 8;
const MARGIN = { top: 16, right: 12, bottom: 16, left: 56 };

export interface TimelineEvent {
  id: string;
  /** Dot position on the axis. */
  y: number;
  /** Top of the label block (may sit below the dot when pushed by a neighbour). */
  labelY: number;
  date: string;
  /** The whole label, for tooltips and screen readers. */
  full: string;
  /** The label as drawn, wrapped (and shortened when space is short). */
  lines: string[];
  highlighted: boolean;
  visible: boolean;
}

export interface TimelineLayout {
  axisX: number;
  labelX: number;
  top: number;
  bottom: number;
  ticks: { y: number; label: string }[];
  events: TimelineEvent[];
}

const text = (row: Row, key: string): string => String(row[key] ?? '');

export function layoutTimeline(rows: Row[], params: TimelineParams, size: Size): TimelineLayout {
  const sorted = [...rows].sort((a, b) => decimalYear(text(a, 'date')) - decimalYear(text(b, 'date')));
  const years = sorted.map((r) => decimalYear(text(r, 'date')));
  const first = Math.floor(Math.min(...years));
  const last = Math.ceil(Math.max(...years) + 0.01);
  const top = MARGIN.top;
  const bottom = size.height - MARGIN.bottom;
  const y = scaleLinear().domain([first, last]).range([top, bottom]);
  const axisX = MARGIN.left - 16;
  const labelX = MARGIN.left;
  const labelWidth = size.width - labelX - MARGIN.right;

  const events: TimelineEvent[] = sorted.map((row, i) => ({
    id: text(row, 'id'),
    y: y(years[i] ?? first),
    labelY: 0,
    date: formatPartialDate(text(row, 'date')),
    full: `${formatPartialDate(text(row, 'date'))}: ${text(row, 'label')}`,
    lines: [],
    highlighted: params.highlight.includes(text(row, 'id')),
    visible: isOnOrBefore(text(row, 'date'), params.upTo),
  }));
  // Full labels when they fit; on a small frame the others wrap to two lines, then one, then
  // their date, and only then do highlighted labels shorten (the tooltip and table have all).
  const maxLines = Math.floor(labelWidth / 4);
  const levels: [number, number][] = [[maxLines, maxLines], [2, maxLines], [1, maxLines], [0, maxLines], [0, 2], [0, 1], [-1, 1]];
  firstFit(
    levels,
    ([others, highlighted]) => {
      for (const e of events) e.lines = labelLines(e, e.highlighted ? highlighted : others, labelWidth);
      return stackHeight(events);
    },
    (height) => height <= bottom - top,
  );
  placeLabels(events, top, bottom);

  const ticks = [];
  const step = last - first > 12 ? 5 : last - first > 6 ? 2 : 1;
  for (let year = first; year <= last; year += step) ticks.push({ y: y(year), label: String(year) });
  return { axisX, labelX, top, bottom, ticks, events };
}

/** `2024-09-19` is on or before `2024-09` (the whole month counts) but not before `2024-08`. */
export function isOnOrBefore(date: string, upTo: string | undefined): boolean {
  return upTo === undefined || date.slice(0, upTo.length) <= upTo;
}

function labelLines(e: TimelineEvent, limit: number, width: number): string[] {
  const lines = wrapLines(e.full, width, FONT_SIZE);
  if (lines.length <= limit) return lines;
  if (limit < 0) return []; // the dot alone; its tooltip and the table still name it
  if (limit === 0) return [e.date];
  return fitLines(e.full, width, FONT_SIZE, limit);
}

function stackHeight(events: TimelineEvent[]): number {
  const labelled = events.filter((e) => e.lines.length);
  return labelled.reduce((sum, e) => sum + blockHeight(e) + GAP, -GAP);
}

/** Height of an event's label block in pixels. */
export const blockHeight = (e: Pick<TimelineEvent, 'lines'>): number => e.lines.length * LINE_HEIGHT;

/**
 * Each label wants to centre on its dot; the shared stacking routine keeps them apart and
 * inside the frame. All labels are placed, visible or not, so revealing an event never moves
 * the others.
 */
export function placeLabels(events: TimelineEvent[], top: number, bottom: number): void {
  const labelled = events.filter((e) => e.lines.length);
  for (const e of events) e.labelY = e.y;
  const { starts } = stack(labelled.map((e) => ({ target: e.y, size: blockHeight(e) })), top, bottom, GAP);
  labelled.forEach((e, i) => (e.labelY = starts[i]!));
}

export { LINE_HEIGHT };

/** Where each shown event's dot is (for notes), and what its labels cover. */
export function timelineNoteAnchors(layout: TimelineLayout): { anchors: Anchor[]; obstacles: NoteBox[] } {
  const shown = layout.events.filter((e) => e.visible);
  return {
    anchors: shown.map((e) => ({ key: e.id, x: layout.axisX, y: e.y, r: e.highlighted ? 6 : 4 })),
    obstacles: shown
      .filter((e) => e.lines.length)
      .map((e) => ({ x: layout.labelX, y: e.labelY, width: Math.max(...e.lines.map((l) => textWidth(l, FONT_SIZE * 1.08))), height: e.lines.length * LINE_HEIGHT + 4 }))
      .concat(layout.ticks.map((t) => ({ x: 0, y: t.y - 10, width: layout.axisX + 2, height: 20 }))),
  };
}
