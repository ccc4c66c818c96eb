/**
 * Tracker layout: a report card of small multiples, one card per promise, in a grid that fits
 * the frame. Each card: the promise's name, one bar row (the target as a dashed outline, the
 * latest measure as a solid bar on the same scale) and two lines of words, "Promised ..." and
 * "Latest ..." (or "No measure published"). Every card keeps its place and size in every state;
 * a state only fills cards in, so the grid never reflows between steps.
 * The browser does not run this: the island gets layouts made on the server at three sizes
 * (context.ts) and scales the nearest to its frame, so the tracker ships no layout code.
 */
import { REGULAR } from '../shared/regularWidths';
import { blockHeight, fitBalanced, fitLines, TEXT_BOX_EM, textWidth, type Glyphs } from '../shared/text';
import { narrowest } from '../shared/narrowest';
import type { Size } from '../types';
import type { TrackerRow } from './params';

const GAP = 6;
const PAD_WIDE = 6;
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
  /**
   * Bar row: track, target outline (from zero, as on every card) and measure bar (null when none
   * is published), which is the strategy's own starting level (`start`) or someone's claim (`claim`).
   */
  bar: { x: number; y: number; width: number; height: number; target: number; measure: number | null; start?: boolean; none?: boolean; claim?: boolean };
  promised: TextBlock;
  latest: TextBlock;
  /** Every line of the three blocks, placed, for drawing (one flat list keeps the marks light). */
  lines: { x: number; y: number; text: string; cls: string; small: boolean }[];
}

export interface TrackerLayout {
  fontSize: number;
  lineHeight: number;
  /** The promised and latest lines are one size smaller. */
  smallLineHeight: number;
  cards: Card[];
  /**
   * A one-line key above the cards (swatch and words per item); on a narrow frame, the heads of
   * the list's two columns. Null only where a wide frame is too short for it.
   */
  key: TrackerKey | null;
}

/** What the marks draw: a layout without the cards' text blocks (their lines carry the words). */
export type DrawnCard = Omit<Card, 'title' | 'promised' | 'latest'>;
export type DrawnLayout = Omit<TrackerLayout, 'cards'> & { cards: DrawnCard[] };

/** A layout slimmed to what the marks draw (the island's layouts travel in the page's HTML). */
export const drawnOnly = (layout: TrackerLayout): DrawnLayout => ({
  ...layout,
  cards: layout.cards.map(({ title: _t, promised: _p, latest: _l, ...card }) => card),
});

export interface TrackerKey {
  y: number;
  swatch: { width: number; height: number; y: number };
  /** `row` 1: the key's second line, where a frame of any height (an embed) keeps every entry. */
  items: { kind: 'target' | 'measure' | 'start' | 'claim'; x: number; textX: number; text: string; row?: 1 }[];
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

/** What a promise's latest figure is: a count since, the strategy's own starting level, or a claim. */
export function measureKind(p: Pledge): 'measure' | 'start' | 'claim' | null {
  if (!p.measure) return null;
  return p.measure.basis === 'start' || p.measure.basis === 'claim' ? p.measure.basis : 'measure';
}

/**
 * The measure's bar, from zero as the promise's outline is on every card. A starting level is
 * grey (a red bar for a 2022 start had read as progress since) and someone's claim faint and
 * dotted; both are keyed.
 */
const measureOf = (p: Pledge, at: (v: number) => number) => {
  const kind = measureKind(p);
  if (!kind) return { measure: null };
  return { measure: at(p.measure!.value), ...(kind === 'measure' ? {} : { [kind]: true }) };
};
const KEY_CLAIM = 'Claim';
/** The key's words for starting levels: with their year where they share one ("2022 start"). */
function startKey(list: readonly Pledge[]): string | undefined {
  const dates = new Set(list.filter((p) => measureKind(p) === 'start').map((p) => p.measure!.date));
  if (!dates.size) return undefined;
  return dates.size === 1 ? `${[...dates][0]} start` : 'Start';
}
const hasClaim = (list: readonly Pledge[]) => list.some((p) => measureKind(p) === 'claim');

export const promisedText = (p: Pledge) => (p.target ? `Promised: ${p.target.text} ${p.target.date}` : 'Promised: no figure');
/** "5% (2022 start)", "90.3bn roubles (2024, audit firm's count)". */
const measured = (m: TrackerRow) => `${m.text} (${m.date}${m.basis === 'start' ? ' start' : m.basis ? `, ${m.basis}` : ''})`;
/** A strategy's starting level is the only figure there is, not the latest of several. */
export const latestText = (p: Pledge) => (p.measure ? `${measureKind(p) === 'start' ? 'Only figure' : 'Latest'}: ${measured(p.measure)}` : NO_MEASURE);
/** Fewer words for a narrow frame, where a key above the cards says which line is which. */
export const shortPromised = (p: Pledge) => (p.target ? `${p.target.text} ${p.target.date}` : 'No figure');
export const shortLatest = (p: Pledge) => (p.measure ? measured(p.measure) : NO_MEASURE);

/**
 * The date most targets share ("by 2030"), said once in the key; a target with another (the
 * tenfold computing goal was given with no year) says its own on its card.
 */
function sharedDate(list: readonly Pledge[]): string | undefined {
  const dates = list.flatMap((p) => (p.target ? [p.target.date] : []));
  return dates.find((d) => dates.filter((e) => e === d).length * 2 > dates.length);
}

/** Below this width the cards drop "Promised:" and "Latest:" for a key above them. */
export const COMPACT_BELOW = 480;
export const KEY_PROMISED = 'Promised';
export const KEY_LATEST = 'Latest measure';
/** The list's column head (a phone's key line also says which rows it shows, at its right end). */
export const KEY_LATEST_LIST = 'Latest';

/** Type size of a tracker drawn at a fixed size (embeds, images): 14 px below 720 px wide, 15 from it. */
/** The largest type of a tracker fitted to a wide frame. */
const MAX_TYPE = 17;

export const staticFontSize = (width: number) => (width >= 720 ? 15 : 14);
/** A static copy's layout (embed, image, no-JS): its fixed type, as tall as the cards need, its key on two lines where one is too narrow. */
export const layoutStatic = (rows: readonly TrackerRow[], size: Size) => layoutTracker(rows, size, { fontSize: staticFontSize(size.width), wrapKey: true });

/**
 * Card geometry and text depend on the rows and the size only; a state fills cards in (see Cards.svelte).
 * Below COMPACT_BELOW the cards are a one-column list (layoutList), so a phone shows all seven.
 * By default the type is the largest (up to 17 px from 720 px wide, 13 below, never under 10) with
 * which every card fits the frame's height. With `fontSize`, the type is that size and the height
 * is what the cards need (the frame's height is not looked at): columns drop, three to two to
 * one, until every card says everything in full at that size.
 */
export function layoutTracker(rows: readonly TrackerRow[], size: Size, options: { fontSize?: number; wrapKey?: boolean } = {}): TrackerLayout {
  const fixed = options.fontSize;
  if (size.width < COMPACT_BELOW) return layoutList(rows, size, fixed, options.wrapKey);
  if (fixed !== undefined) {
    for (let cols = size.width >= 900 ? 3 : 2; cols > 1; cols--) {
      const layout = layoutIn(rows, size, cols, fixed);
      if (!shortened(layout)) return layout;
    }
    return layoutIn(rows, size, 1, fixed);
  }
  // Two columns, or three from 900 px wide where two would need type under its largest (a
  // tall desktop frame takes two, at full size, rather than three over half its height).
  const two = layoutIn(rows, size, 2);
  return size.width >= 900 && two.fontSize < MAX_TYPE ? layoutIn(rows, size, 3) : two;
}

const shortened = (layout: TrackerLayout) => layout.cards.some((c) => c.lines.some((l) => l.text.endsWith('…')));

/** The drawing's height: the bottom of its lowest card. */
export const drawnHeight = (layout: DrawnLayout) => Math.max(0, ...layout.cards.map((c) => c.y + c.height));

function layoutIn(rows: readonly TrackerRow[], size: Size, cols: number, fixed?: number, withKey = true): TrackerLayout {
  const list = pledges(rows);
  // The grid on a frame too short for the list: cards padded less, key-worded text (shortPromised).
  const compact = size.width < COMPACT_BELOW;
  const PAD = compact ? 4 : PAD_WIDE;
  const gap = compact ? 4 : GAP;
  // A row's cards share its width: a card alone in the last row spans it (its words need fewer lines).
  const rowCount = Math.ceil(list.length / cols);
  const inRow = (r: number) => Math.min(cols, list.length - r * cols);
  const widthIn = (r: number) => (size.width - (inRow(r) - 1) * gap) / inRow(r);
  const noBar = (p: Pledge) => p.target?.scale === 'none';
  // The largest type (up to 17 px from 720 px wide, 13 below; never under 10; the promised and latest
  // lines as large as the name, set apart by weight) with which every card fits and says
  // everything in full. Cards in one grid row share a height; rows may differ.
  for (let fontSize = fixed ?? (size.width >= 720 ? MAX_TYPE : 13); ; fontSize--) {
    // Lines as tall as the type's own box, so wrapped lines never touch; a little closer (1.3,
    // as in running text) in a phone frame at fixed type, where every line saved shows more cards.
    const lineHeight = Math.ceil(fontSize * (compact ? 1.3 : TEXT_BOX_EM));
    const smallLineHeight = lineHeight;
    const barHeight = fontSize - 4;
    const keyHeight = withKey ? Math.ceil(blockHeight(1, fontSize, lineHeight)) + gap : 0;
    const texts = list.map((p, i) => {
      const inner = widthIn(Math.floor(i / cols)) - 2 * PAD;
      return [
        fitBalanced(p.label, inner, fontSize, 2),
        // The promised and latest lines are never bold: measured as drawn, so "(2024, audit firm's
        // count)" keeps its line where it fits (measured in bold, it had wrapped with room to spare).
        fitLines(compact ? shortPromised(p) : promisedText(p), inner, fontSize, 2, REGULAR),
        fitLines(compact ? shortLatest(p) : latestText(p), inner, fontSize, 2, REGULAR),
      ] as const;
    });
    const rowsOf = Array.from({ length: rowCount }, (_, r) => texts.slice(r * cols, r * cols + cols));
    const most = (row: (typeof texts)[number][], k: 0 | 1 | 2) => Math.max(...row.map((t) => t[k].length));
    // A card's "latest" follows its own "promised" lines; a row is as tall as its tallest card.
    const wordsH = (t: (typeof texts)[number]) => blockHeight(t[1].length, fontSize, smallLineHeight) + blockHeight(t[2].length, fontSize, smallLineHeight);
    const rowParts = rowsOf.map((row, r) => {
      const titleH = blockHeight(most(row, 0), fontSize, lineHeight);
      // No bar row where no card in the row draws one (a promise in words only).
      const barH = list.slice(r * cols, r * cols + cols).every(noBar) ? 0 : barHeight + 2;
      return { titleH, barH, height: PAD + titleH + 2 + barH + Math.max(...row.map(wordsH)) + PAD };
    });
    const total = keyHeight + rowParts.reduce((a, r) => a + r.height, 0) + (rowParts.length - 1) * gap;
    const cut = texts.some((t) => t.some((lines) => lines.join(' ').endsWith('…')));
    if (fixed === undefined && fontSize > 10 && (cut || total > size.height)) continue;
    // A frame too short for the key as well (a phone in landscape): the cards' words name both lines.
    if (fixed === undefined && withKey && !compact && total > size.height) return layoutIn(rows, size, cols, fixed, false);
    const tops = rowParts.map((_, r) => keyHeight + rowParts.slice(0, r).reduce((a, p) => a + p.height + gap, 0));
    const cards: Card[] = list.map((p, i) => {
      const r = Math.floor(i / cols);
      const { titleH, barH, height } = rowParts[r]!;
      const cardWidth = widthIn(r);
      const inner = cardWidth - 2 * PAD;
      const x = (i % cols) * (cardWidth + gap);
      const y = tops[r]!;
      const [title, promised, latest] = texts[i]!;
      const promisedH = blockHeight(promised.length, fontSize, smallLineHeight);
      const barY = PAD + titleH + 2;
      const wordsY = barY + barH;
      const max = p.target?.scale === 'percent' ? 100 : Math.max(p.target?.value ?? 0, p.measure?.value ?? 0) || 1;
      const at = (v: number) => (Math.min(v, max) / max) * inner;
      return {
        id: p.id,
        x,
        y,
        width: cardWidth,
        height,
        title: { x: PAD, y: PAD, lines: title },
        bar:
          p.target?.scale === 'none'
            ? { x: PAD, y: barY, width: inner, height: barHeight, target: 0, measure: null, none: true }
            : { x: PAD, y: barY, width: inner, height: barHeight, target: p.target ? at(p.target.value) : 0, ...measureOf(p, at) },
        promised: { x: PAD, y: wordsY, lines: promised },
        latest: { x: PAD, y: wordsY + promisedH, lines: latest },
        lines: [
          ...title.map((text, k) => ({ x: PAD, y: PAD + k * lineHeight, text, cls: 'title', small: false })),
          ...promised.map((text, k) => ({ x: PAD, y: wordsY + k * smallLineHeight, text, cls: 'promised', small: true })),
          ...latest.map((text, k) => ({ x: PAD, y: wordsY + promisedH + k * smallLineHeight, text, cls: p.measure ? 'latest' : 'latest none', small: true })),
        ],
      };
    });
    // The key: a dashed swatch and "Promised", a solid one and "Latest measure", on one line.
    const second = fontSize * 1.6 + 4 + textWidth(KEY_PROMISED, fontSize) + 14;
    return { fontSize, lineHeight, smallLineHeight, cards, key: withKey ? keyAt(fontSize, lineHeight, size.width, 0, second, list) : null };
  }
}

/** What a key names past "Promised" and "Latest": claims and starting levels, where the cards draw them (a faint dotted bar the key left out had read as a measure). */
const keyedKinds = (list: readonly Pledge[]) => [...(hasClaim(list) ? ['claim' as const] : []), ...(startKey(list) ? ['start' as const] : [])];

/**
 * The key line: a dashed swatch and `promised` at `promisedX`, a solid one and `latest` at
 * `latestX`, then where the card holds them a dotted one for claims and a grey one for starting
 * levels. Where they do not all fit (a 375-390 px phone's list), the swatches narrow, the gaps
 * close and the start is keyed "Start" (its bars' words say "2022 start"). An entry that still
 * runs past `width` goes to a second line where the frame grows to fit (`wrap`, an embed) and is
 * otherwise left out (the start on a 320 px phone, where a second key line would push two
 * promises out of its frame).
 */
function keyAt(fontSize: number, lineHeight: number, width: number, promisedX: number, latestX: number, list: readonly Pledge[], latest = KEY_LATEST, promised = KEY_PROMISED, wrap = false): TrackerKey {
  const barHeight = fontSize - 4;
  const start = startKey(list);
  const wanted = keyedKinds(list);
  const line = (swatch: number, gap: number, startText: string | undefined) => {
    const items: TrackerKey['items'] = [
      { kind: 'target', x: promisedX, textX: promisedX + swatch + 4, text: promised },
      { kind: 'measure', x: latestX, textX: latestX + swatch + 4, text: latest },
    ];
    for (const kind of wanted) {
      const text = kind === 'claim' ? KEY_CLAIM : startText!;
      const last = items.at(-1)!;
      const x = last.textX + textWidth(last.text, fontSize) + gap;
      if (x + swatch + 4 + textWidth(text, fontSize) <= width) items.push({ kind, text, x, textX: x + swatch + 4, ...(last.row ? { row: 1 as const } : {}) });
      else if (wrap && !last.row) items.push({ kind, text, x: promisedX, textX: promisedX + swatch + 4, row: 1 });
    }
    return { swatch, items };
  };
  const tries = [line(fontSize * 1.6, 14, start), line(fontSize, 6, start), line(fontSize, 6, start && 'Start')];
  const oneLine = (t: { items: TrackerKey['items'] }) => t.items.length === 2 + wanted.length && t.items.every((i) => !i.row);
  const chosen = tries.find(oneLine) ?? tries.find((t) => t.items.length === 2 + wanted.length) ?? tries[0]!;
  return { y: 0, swatch: { width: chosen.swatch, height: barHeight, y: (blockHeight(1, fontSize, lineHeight) - barHeight) / 2 }, items: chosen.items };
}

/**
 * A narrow frame's report card: one promise to a row, so a phone shows all seven at once. Each
 * row is a table line of two columns under the key, which heads them: the promise's name and,
 * beside it, its bar (target dashed, measure solid, on the same scale); under the name what
 * was promised, under the bar the latest measure (the key names both, so the words drop
 * "Promised:" and "Latest:"). The type is the largest (13 px, never under 10) with which every
 * row fits the frame and says everything in full (the grid where none does); with `fixed`,
 * that size, as tall as needed (and with `wrapKey`, a key of two lines where one is too narrow).
 */
function layoutList(rows: readonly TrackerRow[], size: Size, fixed?: number, wrapKey = false): TrackerLayout {
  const list = pledges(rows);
  // Tighter than the grid: every pixel saved lets a phone show all seven rows at 12 px.
  const PAD = 2.5;
  // Words and bars stand clear of the row's outline at either side (at 2.5 px they touched it).
  const PAD_X = 5;
  const gap = 1;
  const common = sharedDate(list);
  const promised = (p: Pledge) => (p.target && p.target.date === common ? p.target.text : shortPromised(p));
  // The second column starts at the middle; each column's words wrap within it.
  const colX = Math.round(size.width / 2);
  const leftWidth = colX - PAD_X - PAD;
  const rightWidth = size.width - colX - PAD_X;
  for (let fontSize = fixed ?? 13; ; fontSize--) {
    const lineHeight = Math.ceil(fontSize * 1.3);
    const barHeight = fontSize - 4;
    const key = keyAt(fontSize, lineHeight, size.width, PAD_X, colX, list, KEY_LATEST_LIST, common ? `${KEY_PROMISED} ${common}` : KEY_PROMISED, wrapKey);
    const keyLines = key.items.some((i) => i.row) ? 2 : 1;
    const top = Math.ceil(blockHeight(keyLines, fontSize, lineHeight)) + gap;
    // A static copy (fixed type, as tall as it needs) writes its words whole: a 320 px embed's
    // "28th of 36 countries (Nov 2025, Stanford vibrancy)" took a fifth line, cut at four.
    const most = fixed === undefined ? 4 : 8;
    const texts = list.map((p) => [fitBalanced(p.label, leftWidth, fontSize, 2), fitLines(promised(p), leftWidth, fontSize, most, REGULAR), fitLines(shortLatest(p), rightWidth, fontSize, most, REGULAR)] as const);
    // Under the name what was promised; the latest measure under the bar, beside the name's
    // second line when it has one (a line saved on each two-line name, so a 320 px phone shows
    // more of the seven).
    const wordsAt = (title: string[]) => PAD + blockHeight(title.length, fontSize, lineHeight) + 1;
    // A promise in words only draws no bar, so its latest words start level with its name.
    const latestAt = (title: string[], p: Pledge) => (p.target?.scale === 'none' ? PAD : title.length > 1 ? PAD + lineHeight : wordsAt(title));
    const heights = texts.map(([title, promised, latest], i) => Math.max(wordsAt(title) + blockHeight(promised.length, fontSize, lineHeight), latestAt(title, list[i]!) + blockHeight(latest.length, fontSize, lineHeight)) + PAD);
    const total = top + heights.reduce((a, h) => a + h + gap, -gap);
    const cut = texts.some((t) => t.some((lines) => lines.join(' ').endsWith('…')));
    if (fixed === undefined && fontSize > 10 && (cut || total > size.height)) continue;
    // A frame too short for the list even at 10 px (a phone in landscape) gets the grid.
    if (fixed === undefined && (cut || total > size.height)) return layoutIn(rows, size, 2);
    let y = top;
    const cards: Card[] = list.map((p, i) => {
      const [title, promised, latest] = texts[i]!;
      const wordsY = wordsAt(title);
      const latestY = latestAt(title, p);
      const max = p.target?.scale === 'percent' ? 100 : Math.max(p.target?.value ?? 0, p.measure?.value ?? 0) || 1;
      const at = (v: number) => (Math.min(v, max) / max) * rightWidth;
      const card: Card = {
        id: p.id,
        x: 0,
        y,
        width: size.width,
        height: heights[i]!,
        title: { x: PAD_X, y: PAD, lines: title },
        // Beside the name's first line.
        bar: { x: colX, y: PAD + (blockHeight(1, fontSize, lineHeight) - barHeight) / 2, width: rightWidth, height: barHeight, target: p.target ? at(p.target.value) : 0, ...measureOf(p, at), ...(p.target?.scale === 'none' ? { none: true, target: 0, measure: null } : {}) },
        promised: { x: PAD_X, y: wordsY, lines: promised },
        latest: { x: colX, y: latestY, lines: latest },
        lines: [
          ...title.map((text, k) => ({ x: PAD_X, y: PAD + k * lineHeight, text, cls: 'title', small: false })),
          ...promised.map((text, k) => ({ x: PAD_X, y: wordsY + k * lineHeight, text, cls: 'promised', small: true })),
          ...latest.map((text, k) => ({ x: colX, y: latestY + k * lineHeight, text, cls: p.measure ? 'latest' : 'latest none', small: true })),
        ],
      };
      y += heights[i]! + gap;
      return card;
    });
    return { fontSize, lineHeight, smallLineHeight: lineHeight, cards, key };
  }
}

/** The tight list's bar: small, after what was promised, no shorter than this. */
const TIGHT_BAR = 28;
/** Between the two columns, and between what was promised and its bar. */
const TIGHT_GAP = 6;

/**
 * A short phone frame's list (375 by 667): every row two lines, so all seven fit at 12 px. The
 * latest words take both lines of the right column; the name and, under it, what was promised
 * the left one, with the bar, small, at the end of that second line (target dashed, measure
 * solid, on the same scale as the list's). Undefined where some row would need a third line or
 * the bar would be under TIGHT_BAR: the list (layoutList) is drawn there instead.
 */
export function layoutTight(rows: readonly TrackerRow[], width: number, fontSize: number): TrackerLayout | undefined {
  const list = pledges(rows);
  const PAD = 2;
  const gap = 1;
  // Lines a little closer than the list's (1.25 rather than 1.3): two to a row, never touching.
  const lineHeight = Math.ceil(fontSize * 1.25);
  const barHeight = fontSize - 4;
  const common = sharedDate(list);
  const promised = (p: Pledge) => (p.target && p.target.date === common ? p.target.text : shortPromised(p));
  const head = common ? `${KEY_PROMISED} ${common}` : KEY_PROMISED;
  const key = (x: number) => keyAt(fontSize, lineHeight, width, PAD, x, list, KEY_LATEST_LIST, head);
  // The right column as narrow as its words allow on two lines, and no narrower than the key's
  // entries from its head ("Latest") on: sized to its words alone, it left the start bars unkeyed.
  // The left one takes the rest.
  const keyed = 2 + keyedKinds(list).length;
  let colX = Math.floor(width - PAD - narrowest(list.map(shortLatest), fontSize, width, 2));
  while (colX > 0 && key(colX).items.length < keyed) colX--;
  const rightWidth = width - PAD - colX;
  const leftWidth = colX - TIGHT_GAP - PAD;
  const barWidth = leftWidth - TIGHT_GAP - Math.max(...list.filter((p) => p.target?.scale !== 'none').map((p) => textWidth(promised(p), fontSize, REGULAR)));
  const oneLine = (text: string, room: number, glyphs?: Glyphs) => textWidth(text, fontSize, glyphs) <= room;
  if (barWidth < TIGHT_BAR || !list.every((p) => oneLine(p.label, leftWidth) && oneLine(promised(p), leftWidth, REGULAR))) return undefined;
  const one = blockHeight(1, fontSize, lineHeight);
  const height = blockHeight(2, fontSize, lineHeight) + 2 * PAD;
  const top = Math.ceil(one) + gap;
  const cards: Card[] = list.map((p, i) => {
    const latest = fitLines(shortLatest(p), rightWidth, fontSize, 2, REGULAR);
    const max = p.target?.scale === 'percent' ? 100 : Math.max(p.target?.value ?? 0, p.measure?.value ?? 0) || 1;
    const at = (v: number) => (Math.min(v, max) / max) * barWidth;
    const wordsY = PAD + lineHeight;
    return {
      id: p.id,
      x: 0,
      y: top + i * (height + gap),
      width,
      height,
      title: { x: PAD, y: PAD, lines: [p.label] },
      bar: { x: colX - TIGHT_GAP - barWidth, y: wordsY + (one - barHeight) / 2, width: barWidth, height: barHeight, target: p.target ? at(p.target.value) : 0, ...measureOf(p, at), ...(p.target?.scale === 'none' ? { none: true, target: 0, measure: null } : {}) },
      promised: { x: PAD, y: wordsY, lines: [promised(p)] },
      latest: { x: colX, y: PAD, lines: latest },
      lines: [
        { x: PAD, y: PAD, text: p.label, cls: 'title', small: false },
        { x: PAD, y: wordsY, text: promised(p), cls: 'promised', small: true },
        ...latest.map((text, k) => ({ x: colX, y: PAD + k * lineHeight, text, cls: p.measure ? 'latest' : 'latest none', small: true })),
      ],
    };
  });
  if (cards.some((c) => c.latest.lines.join(' ') !== shortLatest(list.find((p) => p.id === c.id)!))) return undefined;
  return { fontSize, lineHeight, smallLineHeight: lineHeight, cards, key: key(colX) };
}
