/**
 * Bars layout: one horizontal bar per row, labelled directly. Wide frames put each label
 * beside its bar; narrow ones (phones) put it above, so the bars keep most of the width.
 * Every row keeps a slot, so bar thickness never changes between states: shown rows take
 * the first slots in sort order and hidden ones fold away below them.
 */
import { noteBlock, SLOT_GAP, type Anchor, type Box as NoteBox } from '../shared/notes';
import type { Row } from '../../lib/schemas';
import { formatValue, isFloor } from '../shared/format';
import { blockHeight, fitBalanced, TEXT_BOX_EM, textWidth, typeZoom, wrapLines, zoomedSize } from '../shared/text';
import type { Region } from '../shared/palette';
import { heightForWidth, type Note, type Size } from '../types';
import type { BarsParams } from './schema';

export const FONT_SIZE = 13;
export const LINE_HEIGHT = 16;
const MARGIN = { top: 6, right: 8, bottom: 6, left: 4 };
/** Below this width labels go above the bars. */
export const ABOVE_BELOW = 520;
/** Still copies narrower than this (embeds, not step copies) are drawn tall enough for labels over their bars. */
const TALL_BELOW = 320;
const VALUE_GAP = 6;
/** Thinnest bar that still has room for its value label beside it (labels-above mode; 14 px at 12 px type). */
const MIN_ABOVE_BAR = 18;
/** Labels-above mode: the most a row's bar and the air under it (past its label) and its bar grow to on a tall frame. */
const ABOVE_MAX_SLOT = 85;
/**
 * Labels-beside mode: the most a row takes on a tall frame, a 40 px bar and 32 px of air. At
 * 112 px a desktop's four bars had stood 70 px apart, airier than any bar chart of the desks.
 */
const BESIDE_MAX_SLOT = 72;
const ABOVE_MAX_BAR = 36;
/** Labels above their bars start this far right of the zero line, which never strikes their first letter. */
const ABOVE_INDENT = 6;

export interface BarMark {
  id: string;
  /** A target (a promise), drawn as a dashed outline rather than a solid bar. */
  target: boolean;
  /** Claimed by Russia's officials (`voice: official`): drawn in Russia's colour. */
  official: boolean;
  /** The place the figure belongs to, when the row names it (else its label's first words say). */
  place: Region | undefined;
  /** A lower bound ("more than 15%"): an arrowhead after the bar's end says it goes on, as a range's floor does. */
  floor: boolean;
  /** An upper bound ("up to 10%"): a pale bar closed by a cap at its end, so it never reads as a count. */
  ceiling: boolean;
  /** Top of the row's slot (the row is drawn translated there). */
  y: number;
  /** Label lines as drawn (none when there is no room: the tooltip names the bar), and their left edge and top, relative to the slot. */
  lines: string[];
  labelX: number;
  labelY: number;
  /** Bar: starts at the zero line, `width` pixels long, relative to the slot. */
  barY: number;
  barHeight: number;
  width: number;
  /** Value label position relative to the slot (x of its anchor, y of its middle). */
  valueX: number;
  valueY: number;
  valueText: string;
  /** Whole label and value, for tooltips and screen readers. */
  full: string;
  highlighted: boolean;
  visible: boolean;
  /** Room kept under the bar for its notes (none without). */
  note?: NoteBox | undefined;
}

export interface BarsLayout {
  mode: 'beside' | 'above';
  /** x of the zero line. */
  zeroX: number;
  /** Full width the bars can take (a bar of the largest value is this long). */
  plotWidth: number;
  /** Length of a bar at `max` (shares of a whole: each bar's track to 100%), or 0. */
  track: number;
  /** Top and bottom of the shown rows (the zero line's extent). */
  top: number;
  bottom: number;
  /** Label font size and line spacing (smaller when many rows share a short frame). */
  fontSize: number;
  lineHeight: number;
  /** Labels start at labelX (above the bars) or end there (beside them). */
  labelAnchor: 'start' | 'end';
  /** False when rows are too thin for printed values (the tooltips still give them). */
  values: boolean;
  bars: BarMark[];
  /** The height the rows take (the frame less the air the slots leave at their largest). */
  used: number;
}

const num = (row: Row, key: string): number => Number(row[key] ?? NaN);
/** A bar's value; a row the sources do not report (null) draws as zero length. */
const barValue = (row: Row): number => (row['value'] === null ? 0 : num(row, 'value'));
const text = (row: Row, key: string): string => String(row[key] ?? '');
/** Room for a floor's arrowhead between its bar and its value. */
const FLOOR = 16;

export function layoutBars(rows: Row[], params: BarsParams, size: Size, notes: readonly Note[] = []): BarsLayout {
  const shown = (r: Row) => params.show === undefined || params.show.includes(text(r, 'id'));
  // A null value is a row the sources do not report: drawn as an empty bar, labelled so. With
  // fit: shown, only the shown rows are laid out, on a scale and in a frame of their own.
  const valid = rows.filter((r) => (r['value'] === null || Number.isFinite(num(r, 'value'))) && (params.fit !== 'shown' || shown(r)));
  const sorted = params.sort === 'data' ? [...valid] : [...valid].sort((a, b) => barValue(b) - barValue(a));
  const ordered = [...sorted.filter(shown), ...sorted.filter((r) => !shown(r))];

  const hi = Math.max(params.max ?? 0, ...valid.map(barValue));
  const valueText = (r: Row) => (r['value'] === null ? 'not reported' : formatValue(num(r, 'value'), params.prefix, params.suffix, text(r, 'qualifier')));
  const isHighlighted = (r: Row) => params.highlight.includes(text(r, 'id'));

  const innerWidth = size.width - MARGIN.left - MARGIN.right;
  const top = MARGIN.top;
  const bottom = size.height - MARGIN.bottom;
  const n = Math.max(1, valid.length);
  // Room for notes under their bars, when asked for: taken from the frame before the slots, for
  // hidden rows too, so the slots and the rows' places are the same in every state.
  const noteWidth = Math.min(280, innerWidth);
  const rooms = ordered.map((r) => {
    const blocks = notes.filter((note) => note.at === text(r, 'id')).map((note) => noteBlock(note.text, noteWidth));
    return blocks.length ? { widest: Math.max(...blocks.map((b) => b.width)), height: blocks.reduce((sum, b) => sum + b.height + SLOT_GAP, 0) } : undefined;
  });
  const available = bottom - top - rooms.reduce((sum, r) => sum + (r?.height ?? 0), 0);

  // Above the bar when the frame is narrow and has room for every label whole over its bar (each
  // on the lines it needs: a label wraps before it is shortened), the bar and a little air; at
  // 12 px, bars as thin as 14, where 13 px leaves too little (a short phone frame).
  let f = 0;
  let thinnest = 0;
  let boxes: number[] = [];
  // What each row has for its bar and the air under it, past its label.
  let rest = 0;
  for (f of [FONT_SIZE, 12]) {
    thinnest = f < FONT_SIZE ? 14 : MIN_ABOVE_BAR;
    boxes = ordered.map((r) => blockHeight(wrapLines(text(r, 'label'), innerWidth - ABOVE_INDENT, f).length, f, Math.round(f * 1.23)));
    rest = (available - boxes.reduce((a, b) => a + b, 0)) / n;
    if (rest >= thinnest + 3) break;
  }
  const above = size.width < ABOVE_BELOW && rest >= thinnest + 3;
  if (!above) rest = available / n;
  // Rows share the whole frame (up to a generous height each), so a chart of two or three bars
  // fills its frame instead of crowding the top of it.
  const slot = Math.min(above ? ABOVE_MAX_SLOT : BESIDE_MAX_SLOT, rest);
  // Beside: the font shrinks (to 9px) before labels may touch; below that only tooltips name the bars.
  const fontSize = above ? f : Math.min(FONT_SIZE, Math.floor((slot - 1) / TEXT_BOX_EM));
  const lineHeight = Math.round(fontSize * 1.23);
  const maxLines = fontSize < 9 ? 0 : above ? 9 : Math.min(2, 1 + Math.floor((slot - 1 - blockHeight(1, fontSize, lineHeight)) / lineHeight));

  const naturalLabel = Math.max(0, ...valid.map((r) => textWidth(text(r, 'label'), fontSize)));
  const labelWidth = above ? innerWidth - ABOVE_INDENT : Math.min(Math.ceil(naturalLabel) + 2, innerWidth * 0.36);
  const plotLeft = MARGIN.left + (!above ? labelWidth + 10 : 0);
  const plotRight = size.width - MARGIN.right;
  const left = plotLeft;
  // Each bar ends where its own value still fits after it: a short bar with a long value ("at
  // least 60 bn roubles") no longer shrinks the scale of the long ones.
  const span = hi || 1;
  const right = hi > 0 ? Math.min(plotRight, ...valid.filter((r) => barValue(r) > 0).map((r) => left + ((plotRight - textWidth(valueText(r), fontSize) - VALUE_GAP - (isFloor(r['qualifier']) ? FLOOR : 0) - left) * span) / barValue(r))) : plotRight;
  // Pixels per unit, from a zero line at `left`.
  const k = (Math.max(left + 1, right) - left) / span;
  const zeroX = left;
  // Centred in the frame: what the slots leave at their largest is shared above and below, so a
  // few bars on a phone do not crowd the top of a frame and leave its lower half empty. Every
  // row counts (shown or not), so the rows keep their places from state to state. A state that
  // fits its own rows starts at the top: a live frame keeps to its tallest state's rows
  // (barsNaturalHeight), and a state of fewer rows had floated in the middle of it, away from
  // the title; what it leaves is below, as the rows other states hide are.
  const offset = top + (params.fit === 'shown' ? 0 : (n * (rest - slot)) / 2);

  let below = offset;
  const bars = ordered.map((row, i): BarMark => {
    const value = barValue(row);
    const highlighted = isHighlighted(row);
    const label = text(row, 'label');
    // Measured bold for every row: a label right-aligned to the bars must never run past the frame.
    const lines = fitBalanced(label, labelWidth, fontSize, maxLines);
    const labelBox = above ? boxes[i]! : 0;
    // Above: the bar thickens with the slot (24 px at 53 px of bar and air, then half of each
    // further pixel, to 36), so a few bars on a phone fill the frame and the rest is air between rows.
    const barHeight = above ? Math.max(thinnest, Math.min(slot - 10, ABOVE_MAX_BAR, 24 + Math.max(0, slot - 53) / 2)) : Math.max(3, Math.min(40, slot * 0.6));
    const barY = above ? labelBox + Math.max(0, (fontSize * TEXT_BOX_EM - barHeight) / 2) : (slot - barHeight) / 2;
    const width = value * k;
    const y = below;
    const noteRoom = rooms[i];
    below += labelBox + slot + (noteRoom?.height ?? 0);
    // Under the bar, ending at its end where there is room (set flush right, so the words end
    // under the mark even where the note is too close for a leader; centred, they read as
    // floating free), right of the zero line (the labels' side) unless the frame is too narrow.
    const note = noteRoom && {
      x: Math.max(MARGIN.left, Math.min(Math.max(zeroX + 4, zeroX + width - noteRoom.widest), size.width - MARGIN.right - noteRoom.widest)),
      // Right under its bar (above: the slot's spare height then follows the note, before the next
      // row), far enough down for a leader (shared/notes.ts draws none under 12 px): at 10 px a
      // phone's note sat under its bar unlinked, read as floating free.
      y: y + (above ? barY + barHeight + Math.min(16, slot - barHeight) : slot + SLOT_GAP / 2 - (slot - barY - barHeight) / 2),
      width: noteWidth,
      height: noteRoom.height - SLOT_GAP,
    };
    return {
      id: text(row, 'id'),
      target: row['role'] === 'target',
      official: row['voice'] === 'official',
      place: row['place'] as Region | undefined,
      floor: isFloor(row['qualifier']),
      ceiling: row['qualifier'] === 'up to',
      y,
      note,
      lines,
      // Beside: right-aligned against the bars' baseline, so each label sits next to its bar.
      labelX: above ? MARGIN.left + ABOVE_INDENT : left - 8,
      // Above: the label's last line right over its bar, however many lines it has.
      labelY: above ? labelBox - blockHeight(lines.length, fontSize, lineHeight) : barY + barHeight / 2 - blockHeight(lines.length, fontSize, lineHeight) / 2,
      barY,
      barHeight,
      width,
      // A full gap: an outline (a target's dash, a step's highlight) overruns the bar's end by a pixel or more.
      valueX: zeroX + width + VALUE_GAP + (isFloor(row['qualifier']) ? FLOOR : 0),
      valueY: barY + barHeight / 2,
      valueText: valueText(row),
      full: `${label}: ${valueText(row)}`,
      highlighted,
      visible: shown(row),
    };
  });

  // The zero line runs to the last shown bar (above: its bottom, not the air after it in its slot).
  const last = bars.filter((b) => b.visible).at(-1);
  const end = last ? last.y + (above ? last.barY + last.barHeight + 4 : slot) : offset + slot;
  return { mode: above ? 'above' : 'beside', labelAnchor: above ? 'start' : 'end', zeroX, plotWidth: Math.max(1, right - left), track: (params.max ?? 0) * k, top: offset, bottom: end, fontSize, lineHeight, values: fontSize >= 9, bars, used: Math.ceil(size.height - n * (rest - slot)) };
}

/**
 * The height a live chart's rows need in a frame (of unbounded height), in its tallest state:
 * where the frame could give them more (two or three bars on a desktop), it keeps to this
 * (ChartFrame's `fit`), rather than the rows floating with 100 px of air above and below. Each
 * state is laid out with the notes the marks give it (every state's, unless it fits its own rows).
 */
export function barsNaturalHeight(rows: Row[], states: Record<string, { params: BarsParams; notes?: Note[] | undefined }>, reserve: readonly Note[], frame: Size): number {
  return Math.max(...Object.values(states).map((s) => layoutBars(rows, s.params, frame, s.params.fit === 'shown' ? (s.notes ?? []) : reserve).used));
}

/**
 * Where each shown bar ends, for its notes. Every note is written in the room its layout keeps
 * under its row (the slot: layoutBars keeps room for every note it is given, and the marks give
 * it every step's), so no note looks for free space and nothing needs to be listed as covered.
 */
export function barsNoteAnchors(layout: BarsLayout): { anchors: Anchor[]; obstacles: NoteBox[] } {
  return {
    anchors: layout.bars
      .filter((b) => b.visible)
      .map((b) => ({
        key: b.id,
        // The bar's end, so a note's leader always touches the bar (not the space after its value).
        x: layout.zeroX + b.width,
        y: b.y + b.valueY,
        r: b.barHeight / 2,
        slot: b.note,
      })),
    obstacles: [],
  };
}

/**
 * How far down a state draws (its last shown row, or a note under it: `boxes`), and the margin:
 * a still copy is cut there. Shown rows come first, so the rows a state hides only take the foot.
 */
export function barsDrawnHeight(layout: BarsLayout, boxes: readonly NoteBox[]): number {
  return Math.max(layout.bottom, ...boxes.map((b) => b.y + b.height)) + MARGIN.bottom;
}

/**
 * The narrowest still copy's height (the 288 px embed, shown in frames up to 431 px wide): as
 * tall as it takes for the labels to sit over their bars, as a phone's live chart has them, not
 * beside bars squeezed into what the labels leave (it drew the UK's $4.5bn as a hairline). The
 * copy is then cut below what it draws (barsDrawnHeight). Step copies (328 px) keep their frame:
 * print holds them to 8.5 cm, where a taller copy printed its words under 9 pt.
 */
export function barsStaticHeight(rows: Row[], params: BarsParams, width: number, notes: readonly Note[]): number {
  const base = heightForWidth(width);
  if (width >= TALL_BELOW) return base;
  const zoom = typeZoom(width);
  for (let height = base; height <= 3 * base; height += 16) {
    // A quarter more than the least that holds: at the least, rows of bars as thin as their
    // values' type sat crowded, where a phone's live chart gives them air.
    if (layoutBars(rows, params, zoomedSize({ width, height }, zoom), notes).mode === 'above') return height === base ? base : Math.round(height * 1.25);
  }
  return base;
}

/**
 * Where a still copy of a bars state starts: a margin above its first row. A phone's few bars sit
 * in the middle of their frame (the live chart's), which left a still copy of two bars under a
 * band of empty frame as tall as the bars (the flat view's, print's, an embed's).
 */
export function barsDrawnTop(rows: Row[], params: BarsParams, size: Size, notes: readonly Note[]): number {
  const zoom = typeZoom(size.width);
  const layout = layoutBars(rows, params, zoomedSize(size, zoom), notes);
  // The first shown row's label or bar, whichever is higher (a two-line label beside a thin bar
  // rises above its row).
  const first = Math.min(layout.top, ...layout.bars.filter((b) => b.visible).map((b) => b.y + Math.min(b.labelY, b.barY)));
  return zoom * Math.max(0, first - MARGIN.top);
}
