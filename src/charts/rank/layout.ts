/**
 * Rank layout: a ranked-dot (bump) chart over the editions of an index. Editions run left to
 * right; rank 1 is at the top on a log scale (the contest is at the top: 1st to 5th get as
 * much room as 10th to 50th). Each edition shows its field as a track from 1st to last, so a
 * growing field is visible. Editions after the current one are hidden but keep their place,
 * and the named entities are labelled beside the current edition's dots. A line that ends
 * before the current edition is named at its last dot, so no drawn line is left unnamed.
 */
import type { Anchor, Box as NoteBox } from '../shared/notes';
import type { Row } from '../../lib/schemas';
import { formatOrdinal } from '../shared/format';
import { firstFit, stack } from '../shared/place';
import { blockHeight, fitBalanced, fitLines, textWidth } from '../shared/text';
import { narrowest } from '../shared/narrowest';
import type { Size } from '../types';
import type { RankParams } from './schema';

export const FONT_SIZE = 13;
export const LINE_HEIGHT = 16;
export const TICK_SIZE = 12;
const MARGIN = { top: 12, right: 6, bottom: 10, left: 6 };
const LABEL_GAP = 10;
/** What a gap takes besides the names of the lines ending in it: from the dot, and clear of the next track. */
const END_ROOM = LABEL_GAP + 7;
/** Extra room above the counts under the edition names, so their text boxes never touch. */
const COUNT_GAP = 3;

export interface RankEdition {
  name: string;
  x: number;
  /** Centre of the edition's name (nudged inward at the frame's edges). */
  labelX: number;
  /** Bottom of the track (the last place in this edition) and its "of N" count. */
  trackBottom: number;
  of: number;
  /** Lines of the edition's name under the axis; empty when there is no room for it. */
  lines: string[];
  /** How many countries the edition ranked ("54 ranked", or "of 54" in a narrow column), under its name. */
  count: string;
  visible: boolean;
  current: boolean;
}

export interface RankDot {
  key: string;
  entity: string;
  x: number;
  y: number;
  full: string;
  visible: boolean;
  current: boolean;
  highlighted: boolean;
}

export interface RankLink {
  key: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Dashed when editions in between have no rank for the entity. */
  gap: boolean;
  visible: boolean;
  highlighted: boolean;
}

export interface RankLabel {
  entity: string;
  lines: string[];
  /** Left edge of the text, and its top. */
  x: number;
  top: number;
  /** The dot it names. */
  anchorX: number;
  anchorY: number;
  highlighted?: boolean;
  /** Names a line that ends before the current edition (small, muted, in the gap after its last dot). */
  end?: boolean;
}

export interface RankLayout {
  left: number;
  top: number;
  bottom: number;
  /** Baseline of the first line of edition names, and how far below it the counts are. */
  editionY: number;
  countDy: number;
  labelX: number;
  ticks: { y: number; label: string }[];
  editions: RankEdition[];
  links: RankLink[];
  dots: RankDot[];
  labels: RankLabel[];
}

const text = (row: Row, key: string): string => String(row[key] ?? '');
const int = (row: Row, key: string): number => Math.round(Number(row[key] ?? NaN));

export function layoutRank(rows: Row[], params: RankParams, size: Size): RankLayout {
  const valid = rows.filter((r) => int(r, 'rank') >= 1 && text(r, 'edition') !== '');
  const editionNames = [...new Set(valid.map((r) => text(r, 'edition')))];
  const found = editionNames.indexOf(params.edition);
  const currentIndex = found >= 0 ? found : editionNames.length - 1;
  const current = editionNames[currentIndex];
  const of = (name: string) => Math.max(...valid.filter((r) => text(r, 'edition') === name).map((r) => Math.max(int(r, 'of') || 0, int(r, 'rank'))));
  const fieldMax = Math.max(2, ...editionNames.map(of));

  const entities = [...new Set(valid.map((r) => text(r, 'entity')))];
  const rankIn = (entity: string, edition: string) => valid.find((r) => text(r, 'entity') === entity && text(r, 'edition') === edition);
  const labelled = new Set(params.label ?? [...params.highlight, ...valid.filter((r) => text(r, 'edition') === current && int(r, 'rank') === 1).map((r) => text(r, 'entity'))]);
  const labelTexts = entities.map((e) => {
    const row = current === undefined ? undefined : rankIn(e, current);
    if (!row) return e;
    const rank = `${e} ${formatOrdinal(int(row, 'rank'))}`;
    return params.highlight.includes(e) ? `${rank} of\u00a0${of(current!)}` : rank;
  });

  // Room: tick labels on the left, edition names below, entity names on the right.
  const allTicks = rankTicks(fieldMax);
  const left = MARGIN.left + Math.max(...allTicks.map((t) => textWidth(formatOrdinal(t), TICK_SIZE))) + 10;
  const rightTexts = entities.filter((e) => labelled.has(e)).map((e) => labelTexts[entities.indexOf(e)]!);
  const natural = Math.max(0, ...rightTexts.map((t) => textWidth(t, FONT_SIZE)));
  const lastName = textWidth(editionNames.at(-1) ?? '', TICK_SIZE) / 2;
  const first = left + 4;
  const span = (column: number) => size.width - MARGIN.right - Math.max(column + LABEL_GAP, Math.min(lastName, 60)) - first;
  // Each gap after an edition where lines end holds their names beside their last dots, never
  // shortened: wide enough for each on two lines (the longest of its words on three if the frame
  // is too narrow for that). Every gap likes room for the editions' names and counts under it.
  const gapNeeds = (lines: number) =>
    editionNames.slice(0, -1).map((name, i) => {
      const texts = entities.filter((e) => rankIn(e, name) && !rankIn(e, editionNames[i + 1]!)).map((e) => `${e} ${formatOrdinal(int(rankIn(e, name)!, 'rank'))}`);
      return texts.length ? narrowest(texts, TICK_SIZE, size.width, lines) + END_ROOM : 0;
    });
  const nameNeed = Math.max(...editionNames.flatMap((name) => [...name.split(' ').map((w) => textWidth(w, TICK_SIZE) + 6), textWidth(`of ${of(name)}`, TICK_SIZE) + 2]));
  const wanted = (needs: number[]) => needs.reduce((a, n) => a + Math.max(n, nameNeed), 0);
  // The names beside the current edition take up to 38% of the width, as little as they need on
  // two lines where the gaps need more.
  let column = Math.min(Math.ceil(natural) + 2, (size.width - left) * 0.38);
  const needs = gapNeeds(wanted(gapNeeds(2)) <= span(column) ? 2 : 3);
  if (span(column) < wanted(needs)) column = narrowest(rightTexts, FONT_SIZE, column, 2);
  const right = first + span(column);
  // Editions evenly spaced (a point scale) but for those gaps, ranks on a log scale: plain maths, no extra D3 module.
  const steps = spread(needs, right - first);
  let at = first;
  const xAt = new Map(editionNames.map((name, i) => [name, editionNames.length > 1 ? (at += steps[i - 1] ?? 0) : (first + right) / 2]));
  const x = (name: string) => xAt.get(name);
  // An edition's name and count fit between its neighbours: within its narrower gap.
  const roomAt = (i: number) => Math.min(steps[i - 1] ?? Infinity, steps[i] ?? Infinity) - 6;
  const editionLines = editionNames.map((name, i) => fitLines(name, Math.max(0, roomAt(i)), TICK_SIZE, 2));
  // Two lines everywhere if any name needs two; names that still do not fit are left to the
  // table and tooltips, except the current edition, which is always named.
  // One line more under the names: how many countries each edition ranked.
  const nameLines = Math.max(1, ...editionLines.map((l) => l.length)) + 1;
  const bottom = size.height - MARGIN.bottom - blockHeight(nameLines, TICK_SIZE, LINE_HEIGHT) - COUNT_GAP - 6;
  const top = MARGIN.top;
  const y = (rank: number) => top + (Math.log(Math.max(1, rank)) / Math.log(fieldMax)) * (bottom - top);

  // "54 ranked" under every edition, or "of 54" under every one where a column is too narrow for it.
  const ranked = editionNames.every((name, i) => textWidth(`${of(name)} ranked`, TICK_SIZE) <= roomAt(i));
  const editions: RankEdition[] = editionNames.map((name, i) => {
    const lines = editionLines[i]!;
    const fits = lines.join(' ') === name;
    const half = Math.max(0, ...lines.map((l) => textWidth(l, TICK_SIZE))) / 2;
    return {
      name,
      x: x(name) ?? left,
      labelX: Math.min(Math.max(x(name) ?? left, half + 2), size.width - half - 2),
      trackBottom: y(of(name)),
      of: of(name),
      lines: fits || i === currentIndex ? lines : [],
      count: ranked ? `${of(name)} ranked` : `of ${of(name)}`,
      visible: i <= currentIndex,
      current: i === currentIndex,
    };
  });
  // A clipped current name must not collide with its neighbours' names: hide those.
  if (editions[currentIndex] && editions[currentIndex]!.lines.join(' ') !== editions[currentIndex]!.name) {
    for (const e of [editions[currentIndex - 1], editions[currentIndex + 1]]) if (e) e.lines = [];
  }

  const dots: RankDot[] = [];
  const links: RankLink[] = [];
  for (const entity of entities) {
    const highlighted = params.highlight.includes(entity);
    let previous: { x: number; y: number; i: number } | undefined;
    editionNames.forEach((name, i) => {
      const row = rankIn(entity, name);
      if (!row) return;
      const point = { x: x(name) ?? left, y: y(int(row, 'rank')), i };
      dots.push({
        key: `${entity}|${name}`,
        entity,
        ...point,
        full: `${entity}: ${formatOrdinal(int(row, 'rank'))} of ${of(name)} (${name})`,
        visible: i <= currentIndex,
        current: i === currentIndex,
        highlighted,
      });
      if (previous) {
        links.push({ key: `${entity}|${name}`, x1: previous.x, y1: previous.y, x2: point.x, y2: point.y, gap: i - previous.i > 1, visible: i <= currentIndex, highlighted });
      }
      previous = point;
    });
  }

  const labelX = (x(current ?? '') ?? left) + LABEL_GAP;
  const labels = placeLabels(
    dots.filter((d) => d.current && labelled.has(d.entity)).map((d) => ({ dot: d, text: labelTexts[entities.indexOf(d.entity)]! })),
    labelX,
    Math.min(column, size.width - MARGIN.right - labelX),
    top - MARGIN.top,
    bottom,
  );
  // Lines that end before the current edition: named in the gap after their last dot, clear of
  // the next edition's track and of the lines crossing the gap: on one line, else wrapped to two
  // or three ("Singapore / 3rd"), never shortened (the gap is wide enough for their longest word).
  const shortName = (entity: string) => String(valid.find((r) => r['entity'] === entity && r['short'])?.['short'] ?? entity);
  editionNames.slice(0, currentIndex).forEach((name, i) => {
    const ends = dots.filter((d) => d.key.endsWith(`|${name}`) && !dots.some((e) => e.entity === d.entity && e.visible && e.x > d.x));
    const x0 = (x(name) ?? left) + LABEL_GAP;
    const room = steps[i]! - END_ROOM;
    // Between the nearest lines crossing the gap above and below these dots.
    let [lo, hi] = [top - MARGIN.top, bottom];
    for (const l of links) {
      const a = [yAt(l, x0), yAt(l, x0 + room)];
      if (!l.visible || l.x1 >= x0 || l.x2 <= x0) continue;
      if (ends.every((d) => d.y > Math.max(...a))) lo = Math.max(lo, Math.max(...a) + 2);
      else if (ends.every((d) => d.y < Math.min(...a))) hi = Math.min(hi, Math.min(...a) - 3);
    }
    // With its year where it fits ("Singapore 3rd in 2023": by a later edition's column, the
    // rank alone read as that edition's); without it, by its short name before it takes another
    // line ("UK 4th": in a 400 px embed "United Kingdom 4th" had taken three, down to the 10th's gridline).
    for (const year of [` in ${name.slice(-4)}`, ''])
    for (let maxLines = 1; maxLines <= 3 && ends.length; maxLines++)
    for (const short of year ? [false] : [false, true]) {
      const blocks = ends.map((d) => {
        const text = `${short ? shortName(d.entity) : d.entity} ${formatOrdinal(int(rankIn(d.entity, name)!, 'rank'))}${year}`;
        const lines = fitBalanced(text, room, TICK_SIZE, maxLines);
        return { entity: d.entity, lines, x: x0, top: 0, anchorX: d.x, anchorY: d.y, end: true, ok: lines.join(' ') === text, size: blockHeight(lines.length, TICK_SIZE, LINE_HEIGHT) };
      });
      const { starts, fits } = stack(blocks.map((b) => ({ target: b.anchorY, size: b.size })), lo, hi, 1);
      blocks.forEach((b, i) => (b.top = starts[i]!));
      if (fits && blocks.every((b) => b.ok && !links.some((l) => l.visible && crosses(l, x0, x0 + Math.max(...b.lines.map((t) => textWidth(t, TICK_SIZE))), b.top, b.top + b.size)))) {
        labels.push(...blocks);
        return;
      }
    }
  });

  return {
    left,
    top,
    bottom,
    editionY: bottom + 6 + TICK_SIZE,
    countDy: (nameLines - 1) * LINE_HEIGHT + COUNT_GAP,
    labelX,
    ticks: spaced(allTicks.map((t) => ({ y: y(t), label: formatOrdinal(t) })), blockHeight(1, TICK_SIZE, LINE_HEIGHT) + 1),
    editions,
    links: links.sort((a, b) => +a.highlighted - +b.highlighted),
    dots: dots.sort((a, b) => +a.highlighted - +b.highlighted),
    labels,
  };
}

/** The height of a link at `x`, within its span (links always run left to right). */
function yAt(l: RankLink, x: number): number {
  return l.y1 + ((l.y2 - l.y1) * (x - l.x1)) / (l.x2 - l.x1);
}

/** Whether a link passes through the box [x0, x1] x [y0, y1]. */
function crosses(l: RankLink, x0: number, x1: number, y0: number, y1: number): boolean {
  const a = [yAt(l, Math.max(x0, l.x1)), yAt(l, Math.min(x1, l.x2))];
  return l.x1 <= x1 && l.x2 >= x0 && Math.max(...a) > y0 && Math.min(...a) < y1;
}

/**
 * Widths of the gaps between editions: all equal, except that none is narrower than it `needs`
 * while `total` allows (the others share what is left); in proportion to the needs when it does not.
 */
function spread(needs: readonly number[], total: number): number[] {
  const sum = (list: readonly number[]) => list.reduce((a, n) => a + n, 0);
  if (sum(needs) > Math.max(total, 0)) return needs.map((n) => (n * total) / sum(needs));
  // The even share of the gaps that need less than it.
  let share = total / needs.length;
  for (const _ of needs) share = (total - sum(needs.filter((n) => n > share))) / needs.filter((n) => n <= share).length;
  return needs.map((n) => Math.max(n, share));
}

/** Keeps ticks (from the top) at least `gap` pixels apart, so their labels never touch. */
export function spaced<T extends { y: number }>(ticks: T[], gap: number): T[] {
  const kept: T[] = [];
  for (const t of ticks) if (kept.length === 0 || t.y - kept.at(-1)!.y >= gap) kept.push(t);
  return kept;
}

/** Rank ticks on a log scale: 1st, 2nd, 5th, 10th, 20th, 50th, ... up to the largest field. */
export function rankTicks(max: number): number[] {
  const ticks: number[] = [];
  for (let decade = 1; decade <= max; decade *= 10) for (const m of [1, 2, 5]) if (m * decade <= max) ticks.push(m * decade);
  return ticks;
}

/**
 * Labels beside the current edition's dots, wrapped to the column (up to three lines), never
 * shortened: where space runs short the least important are dropped (highlighted entities last).
 */
function placeLabels(items: { dot: RankDot; text: string }[], x: number, width: number, top: number, bottom: number): RankLabel[] {
  const ordered = [...items].sort((a, b) => Number(b.dot.highlighted) - Number(a.dot.highlighted) || a.dot.y - b.dot.y);
  const arrangements = ordered.map((_, k) => ordered.length - k);
  if (arrangements.length === 0) return [];
  const placed = firstFit(
    arrangements,
    (keep) => {
      const blocks = ordered.slice(0, keep).map((item) => {
        const lines = fitBalanced(item.text, width, FONT_SIZE, 3);
        return { item, lines, size: blockHeight(lines.length, FONT_SIZE, LINE_HEIGHT) };
      });
      const { starts, fits } = stack(blocks.map((b) => ({ target: b.item.dot.y, size: b.size })), top, bottom, 2);
      return { blocks, starts, fits: fits && blocks.every((b) => b.lines.join(' ') === b.item.text) };
    },
    (result) => result.fits,
  );
  if (!placed.fits) return [];
  return placed.blocks.map((b, i) => ({
    entity: b.item.dot.entity,
    lines: b.lines,
    x,
    top: placed.starts[i]!,
    anchorX: b.item.dot.x,
    anchorY: b.item.dot.y,
    highlighted: b.item.dot.highlighted,
  }));
}

/** Where each labelled entity's current dot is (for notes), and what the labels and dots cover. */
export function rankNoteAnchors(layout: RankLayout): { anchors: Anchor[]; obstacles: NoteBox[] } {
  const current = layout.dots.filter((d) => d.current && d.visible);
  const trackBottom = layout.editions.find((e) => e.current)?.trackBottom;
  return {
    anchors: current.map((d) => ({ key: d.entity, x: d.x, y: d.y, r: d.highlighted ? 6 : 4 })),
    obstacles: [
      ...layout.labels.map((l) => ({ x: l.x, y: l.top, width: Math.max(...l.lines.map((t) => textWidth(t, FONT_SIZE))), height: l.lines.length * LINE_HEIGHT + (l.end ? 0 : 4) })),
      ...layout.dots.filter((d) => d.visible).map((d) => ({ x: d.x - 5, y: d.y - 5, width: 10, height: 10 })),
      ...layout.ticks.map((t) => ({ x: 0, y: t.y - 9, width: layout.left, height: 18 })),
      // The other editions' tracks, where columns stand apart (not on a phone):
      // a note across one read as that edition's note.
      ...layout.editions.filter((e, i, all) => e.visible && !e.current && all.length > 1 && Math.abs(e.x - all[i ? i - 1 : 1]!.x) > 120).map((e) => ({ x: e.x - 4, y: layout.top, width: 8, height: e.trackBottom - layout.top })),
      // Its own track below and above the noted dots, alike (a note written across it, under
      // Russia's dot, hid it in dark mode).
      ...current.flatMap((d) => [
        { x: d.x - 4, y: d.y + 12, width: 8, height: Math.max(0, (trackBottom ?? d.y) - d.y - 12) },
        { x: d.x - 4, y: layout.top, width: 8, height: Math.max(0, d.y - 12 - layout.top) },
      ]),
      { x: 0, y: layout.bottom + 2, width: layout.labelX + 200, height: 60 },
    ],
  };
}
