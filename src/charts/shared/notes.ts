/**
 * Notes written on a chart: each state may pin one or two short notes to marks (authored in
 * the chart's YAML, checked at build time). A kind says where each mark is (an anchor) and what
 * its labels cover (obstacles); this places each note's text block inside the frame, beside its
 * mark and clear of the labels, the other notes and the marks, and draws a short leader from
 * the block to the mark. Pure, so the server draws notes (no-JS, print, embeds) exactly as the
 * browser does, and tests can check every note is inside the frame.
 */
import type { Note, Size } from '../types';
import { balancedLines, blockHeight, fitLines, isShortened, textWidth } from './text';

export const NOTE_FONT_SIZE = 14;
export const NOTE_LINE_HEIGHT = 18;
/** Room inside a note's box around its text. */
export const NOTE_PAD = 4;
const OFFSET = 14;
/** Between two notes written one under the other in reserved room. */
export const SLOT_GAP = 4;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a mark is: the point a note's leader ends at, and how far out the mark reaches. */
export interface Anchor {
  key: string;
  x: number;
  y: number;
  /** Radius (or half-size) of the mark around the point. */
  r?: number;
  /**
   * Room the layout reserved for this mark's note (its top left and the widest it may be),
   * where a frame has no free spot to spare (a phone's timeline): the note goes there first,
   * so it is always drawn.
   */
  slot?: Box | undefined;
  /** The note names its mark, so it goes in the free spot nearest it and has no leader. */
  named?: boolean;
}

export interface PlacedNote {
  at: string;
  text: string;
  lines: string[];
  /** The text block (its top left) and its size. */
  box: Box;
  /** Leader from the block's nearest edge to the mark. */
  leader: Leader;
}

export interface Leader {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Every state's notes: what bars and ranges keep room for in every step (MarksProps.reserve).
 * Not those of a state drawn in a frame of its own (bars' `fit: shown`): its rows move anyway,
 * and the room its notes took in every other step cut a short phone frame's labels.
 */
export function notesOfEveryState(states: Record<string, { notes?: Note[] | undefined; params?: unknown }>): Note[] {
  return Object.values(states).flatMap((state) => ((state.params as { fit?: string } | undefined)?.fit === 'shown' ? [] : (state.notes ?? [])));
}

/** A note's text wrapped to at most four lines of `maxWidth` pixels, and the block it needs. */
export function noteBlock(text: string, maxWidth: number): { lines: string[]; width: number; height: number } {
  // Balanced where it fits whole: "He hoped Chinese production / would help" had left "help" alone.
  let lines = fitLines(text, maxWidth - 2 * NOTE_PAD, NOTE_FONT_SIZE, 4);
  if (!isShortened(lines, text)) lines = balancedLines(text, maxWidth - 2 * NOTE_PAD, NOTE_FONT_SIZE);
  return {
    lines,
    width: Math.max(...lines.map((l) => textWidth(l, NOTE_FONT_SIZE))) + 2 * NOTE_PAD,
    height: blockHeight(lines.length, NOTE_FONT_SIZE, NOTE_LINE_HEIGHT) + 2 * NOTE_PAD,
  };
}

/** Whether the box covers any of `blockers` (touching edges do not cover). */
const covers = (a: Box, blockers: readonly Box[]) =>
  blockers.some((b) => Math.min(a.x + a.width, b.x + b.width) > Math.max(a.x, b.x) && Math.min(a.y + a.height, b.y + b.height) > Math.max(a.y, b.y));

/**
 * Places `notes` in the room their layout reserved for them (a slot), or else by trying spots
 * around each note's mark (right, left, below, above, then further out) and keeping the first
 * inside the frame that covers nothing. Notes whose mark is not drawn, or that find no free
 * spot, are left out (a layout that cannot be sure of a free spot reserves a slot).
 */
export function placeNotes(
  notes: readonly Note[] | undefined,
  anchors: readonly Anchor[],
  obstacles: readonly Box[],
  size: Size,
  /** Lines a leader must not cross (the map's routes), beside the boxes. */
  crosses: (leader: Leader, at: string) => boolean = () => false,
): PlacedNote[] {
  const placed: PlacedNote[] = [];
  const taken: Box[] = [...obstacles];
  const maxWidth = Math.max(120, Math.min(240, size.width * 0.45));
  for (const note of notes ?? []) {
    const anchor = anchors.find((a) => a.key === note.at);
    if (!anchor) continue;
    const r = anchor.r ?? 4;
    if (anchor.slot) {
      // A second note on the same mark goes under the first (the layout reserved room for both).
      const below = placed.filter((p) => p.at === note.at).reduce((y, p) => Math.max(y, p.box.y + p.box.height + SLOT_GAP), anchor.slot.y);
      const block = noteBlock(note.text, anchor.slot.width);
      const box = { x: anchor.slot.x, y: below, width: block.width, height: block.height };
      taken.push(box);
      placed.push({ at: note.at, text: note.text, lines: block.lines, box, leader: leader(box, anchor.x, anchor.y, r) });
      continue;
    }
    // Beside the mark's first point with room (a map's route offers several): as a block of the
    // usual width; failing that, as a wider, flatter one, then a narrow one (a rank chart's last
    // column, between tracks). Only where none fits beside it, the free spot nearest (a note one
    // line wide had gone 300 px off on a leader across a track at 1680 px, with room for two
    // lines beside its dot).
    const points = anchors.filter((a) => a.key === note.at);
    const [usual, wide, between, narrow] = [noteBlock(note.text, maxWidth), noteBlock(note.text, Math.min(size.width - 4, maxWidth * 2)), noteBlock(note.text, 180), noteBlock(note.text, 120)];
    let found: { box: Box; lines: string[]; at: Anchor } | undefined;
    for (const far of [false, true]) {
      // Far off, not the in-between block: each far search scans the whole frame.
      for (const block of far ? [usual, wide, narrow] : [usual, wide, between, narrow]) {
        for (const at of points) {
          const box = found ? undefined : spotFor(at, block.width, block.height, far);
          if (box) found = { box, lines: block.lines, at };
        }
      }
    }
    if (!found) continue;
    const { box, lines, at } = found;
    taken.push(box);
    // A note that names its mark has none: a leader from its corner to its corner.
    placed.push({ at: note.at, text: note.text, lines, box, leader: at.named ? leader(box, box.x, box.y, -2) : leader(box, at.x, at.y, at.r ?? 4) });
  }
  return placed;

  /** The first free spot beside the mark, or (`far`) the free spot nearest it; none on a full frame. */
  function spotFor(anchor: Anchor, width: number, height: number, far: boolean): Box | undefined {
    const r = anchor.r ?? 4;
    const spots: Box[] = [];
    for (const d of [OFFSET, OFFSET * 3, OFFSET * 6]) {
      spots.push(
        { x: anchor.x + r + d, y: anchor.y - height / 2, width, height },
        { x: anchor.x - r - d - width, y: anchor.y - height / 2, width, height },
        { x: anchor.x - width / 2, y: anchor.y + r + d, width, height },
        { x: anchor.x - width / 2, y: anchor.y - r - d - height, width, height },
        { x: anchor.x + r + d, y: anchor.y + r + d / 2, width, height },
        { x: anchor.x - r - d - width, y: anchor.y + r + d / 2, width, height },
        { x: anchor.x + r + d, y: anchor.y - r - d / 2 - height, width, height },
      );
    }
    const inside = spots.map((s) => clampInto(s, size));
    // The mark and 12 px round it: a box clamped into the frame stays far enough off for its
    // leader to show (at least 10 px), as the spots beside the mark are.
    const mark: Box = { x: anchor.x - r - 12, y: anchor.y - r - 12, width: 2 * r + 24, height: 2 * r + 24 };
    // A note never covers a label or a mark. When no spot beside the mark is free (a crowded
    // frame, a phone), the free spot in the whole frame nearest the mark, its leader longer; on
    // a frame with no free spot at all it is left out (the step's text and summary still say it).
    // Its leader must not cross a label or another note either (nor what `crosses` names),
    // unless the note names its mark and has no leader.
    const crossing = (b: Box) => {
      const l = leader(b, anchor.x, anchor.y, r);
      return crosses(l, anchor.key) || taken.some((t) => [0.2, 0.4, 0.6, 0.8].some((f) => inBox(t, l.x1 + (l.x2 - l.x1) * f, l.y1 + (l.y2 - l.y1) * f)));
    };
    const blockers = [mark, ...taken];
    const clear = (b: Box) => anchor.named || !crossing(b);
    return far ? nearestFree(anchor, width, height, size, blockers, clear) : inside.find((b) => !covers(b, blockers) && clear(b));
  }
}

/** Whether the point (x, y) lies inside the box. */
export const inBox = (b: Box, x: number, y: number) => x > b.x && x < b.x + b.width && y > b.y && y < b.y + b.height;

/**
 * The box of this size nearest the anchor that covers none of `blockers` and passes `clear`,
 * searched over the frame every 8 px across and 4 px down; of boxes equally near, the first row
 * by row. The free boxes are tried nearest first, so the costly check (`clear`: a leader's
 * path) runs on a few boxes rather than on every box nearer than the last found, row by row
 * from the frame's top (most of a line chart's mount: 60 ms at 4x CPU, issue 18).
 */
export function nearestFree(anchor: Anchor, width: number, height: number, size: Size, blockers: readonly Box[], clear: (b: Box) => boolean): Box | undefined {
  const near: { box: Box; d: number }[] = [];
  for (let y = 1; y + height <= size.height - 1; y += 4)
    for (let x = 1; x + width <= size.width - 1; x += 8) {
      const box = { x, y, width, height };
      if (!covers(box, blockers)) near.push({ box, d: Math.hypot(Math.max(x, Math.min(anchor.x, x + width)) - anchor.x, Math.max(y, Math.min(anchor.y, y + height)) - anchor.y) });
    }
  // A stable sort: of boxes equally near, the first row by row.
  return near.sort((a, b) => a.d - b.d).find(({ box }) => clear(box))?.box;
}

/** The box moved the least distance that puts it inside the frame. */
function clampInto(box: Box, size: Size): Box {
  return {
    ...box,
    x: Math.max(1, Math.min(box.x, size.width - box.width - 1)),
    y: Math.max(1, Math.min(box.y, size.height - box.height - 1)),
  };
}

/** From the nearest point of the box's edge to the edge of the mark. */
function leader(box: Box, x: number, y: number, r: number): Leader {
  const x1 = Math.max(box.x, Math.min(x, box.x + box.width));
  const y1 = Math.max(box.y, Math.min(y, box.y + box.height));
  const dx = x1 - x;
  const dy = y1 - y;
  const length = Math.hypot(dx, dy) || 1;
  // A note right against its mark gets none (zero long): a stub of a few pixels read as a stray tick.
  const k = length - r > 11 ? (r + 2) / length : 1;
  return { x1, y1, x2: x + dx * k, y2: y + dy * k };
}
