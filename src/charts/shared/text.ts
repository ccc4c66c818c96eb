/**
 * The one text toolkit every chart kind uses: measure, wrap, and (last) shorten.
 *
 * Measurement needs no DOM: each character's width in the charts' web font, measured once from
 * the shipped font (scripts/glyphWidths.ts), wraps labels identically on the server and in the
 * browser (so hydration never re-wraps). Labels are wrapped to as
 * many lines as the caller allows; only text that still does not fit is shortened, with an
 * ellipsis, and `isShortened` tells the caller so it can carry the full text in a tooltip
 * (the data table always has it too).
 */
import { EXTRA, UNITS, WIDTHS, ZERO } from './glyphWidths.ts';

const ELLIPSIS = '…';
/** Trailing punctuation and spaces dropped before an ellipsis. */
const TRAILING = /[\s,.;:–-]+$/;
/** A character the font's Latin subsets lack (Cyrillic, Greek): wider than most, in 1/UNITS em. */
const UNKNOWN = 0.6 * UNITS;

/**
 * The glyph widths a text is measured by: bold (WIDTHS) for any label a step may set in bold (it
 * then keeps the lines it was wrapped to), regular (regularWidths.ts) only for words a chart never
 * sets in bold. The regular table is its own module, so only the charts that use it ship it.
 */
export type Glyphs = string;

/** A cache for each glyph table. */
function cache<T>(caches: Map<Glyphs, Map<string, T>>, glyphs: Glyphs): Map<string, T> {
  let known = caches.get(glyphs);
  if (!known) caches.set(glyphs, (known = new Map()));
  return known;
}

/** Widths of the strings measured so far, in whole 1/UNITS em: layouts measure the same words thousands of times. */
const measured = new Map<Glyphs, Map<string, number>>();
function units(text: string, glyphs: Glyphs = WIDTHS): number {
  const known = cache(measured, glyphs);
  let sum = known.get(text);
  if (sum === undefined) {
    sum = 0;
    for (const ch of text) {
      const code = ch.charCodeAt(0);
      const extra = code < 127 ? -1 : EXTRA.indexOf(ch);
      const at = code >= 32 && code < 127 ? code - 32 : extra < 0 ? -1 : 95 + extra;
      sum += at < 0 ? UNKNOWN : glyphs.charCodeAt(at) - ZERO;
    }
    known.set(text, sum);
  }
  return sum;
}

/** How wide `text` is drawn at `fontSize` (in bold unless said), summed per character, never short of what the font draws. */
export function textWidth(text: string, fontSize: number, glyphs: Glyphs = WIDTHS): number {
  return (units(text, glyphs) * fontSize) / UNITS;
}

/**
 * Wraps already worked out, by size, width and text: a timeline's layout asks for the same wrap
 * many times as it tries forms for each label (issue 18: the first chart's layout in a phone's
 * scroll at 4x CPU). Each caller gets its own copy of the lines.
 */
const wraps = new Map<Glyphs, Map<string, string[]>>();

/** Greedy word wrap by measured width (a word wider than the line keeps a line of its own). */
export function wrapLines(text: string, maxWidth: number, fontSize: number, glyphs: Glyphs = WIDTHS): string[] {
  const key = `${fontSize} ${maxWidth} ${text}`;
  const cached = cache(wraps, glyphs);
  const known = cached.get(key);
  if (known) return known.slice();
  if (cached.size > 5000) cached.clear();
  const lines = wrapped(text, maxWidth, fontSize, glyphs);
  cached.set(key, lines);
  return lines.slice();
}

function wrapped(text: string, maxWidth: number, fontSize: number, glyphs: Glyphs): string[] {
  const lines: string[] = [];
  let line = '';
  // A no-break space holds its neighbours on one line ("of 83"), and a bracket's last word stays
  // with the word before it ("(Dec / 2022)" had split at 1280) where the two fit a line ("Stanford
  // vibrancy)" did not in a 288 px embed's column, and was cut).
  const pieces = text.split(/[ \t\n]+(?![^( ]*\))/).filter(Boolean);
  // Widths add up (the measure has no kerning), so a line's width grows word by word, in whole
  // units so that it is exactly the width of the line measured whole.
  const space = units(' ', glyphs);
  let width = 0;
  for (const word of pieces.flatMap((unit) => (unit.includes(' ') && textWidth(unit, fontSize, glyphs) > maxWidth ? unit.split(' ') : [unit]))) {
    const w = units(word, glyphs);
    if (line && ((width + space + w) * fontSize) / UNITS > maxWidth) {
      lines.push(line);
      [line, width] = [word, w];
    } else {
      [line, width] = line ? [`${line} ${word}`, width + space + w] : [word, w];
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Wrapped as narrow as it can be on as many lines, so that no line ends on one word under a full
 * one ("strategy" alone under a timeline label, "help" under a note).
 */
export function balancedLines(text: string, maxWidth: number, fontSize: number): string[] {
  const fit = wrapLines(text, maxWidth, fontSize);
  if (!fit[1]) return fit;
  // Narrower by 8 px at a time, down to the widest word (below it every word has a line of its
  // own, whatever the width): the narrowest on as many lines. Fewer lines never come from a
  // narrower width, so the search halves the steps left (a phone's timeline tried dozens).
  const floor = Math.max(...text.split(/\s+/).map((word) => textWidth(word, fontSize)));
  const same = (k: number) => wrapLines(text, maxWidth - 8 * k, fontSize).length === fit.length;
  let [good, bad] = [0, Math.max(0, Math.ceil((maxWidth - floor) / 8)) + 1];
  while (bad - good > 1) {
    const k = (good + bad) >> 1;
    if (same(k)) good = k;
    else bad = k;
  }
  return good ? wrapLines(text, maxWidth - 8 * good, fontSize) : fit;
}

/**
 * `text` on at most `maxLines` lines: balanced when it fits whole (the narrowest box on as many
 * lines as the greedy wrap, so heights do not change: "Sectors ready for / AI" becomes
 * "Sectors / ready for AI"),
 * else cut as fitLines cuts it.
 */
export function fitBalanced(text: string, maxWidth: number, fontSize: number, maxLines: number): string[] {
  return wrapLines(text, maxWidth, fontSize).length <= maxLines ? balancedLines(text, maxWidth, fontSize) : fitLines(text, maxWidth, fontSize, maxLines);
}

/** Balanced wrap (no word alone under a full line), never narrower than eight letters a line. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  return balancedLines(text, Math.max(maxWidth, textWidth('nnnnnnnn', fontSize)), fontSize);
}

/** Cuts `text` to the longest prefix (ending in an ellipsis) that is at most `maxWidth` wide. */
export function shorten(text: string, maxWidth: number, fontSize: number, glyphs: Glyphs = WIDTHS): string {
  if (textWidth(text, fontSize, glyphs) <= maxWidth) return text;
  let end = text.length;
  while (end > 0 && textWidth(`${text.slice(0, end).trimEnd()}${ELLIPSIS}`, fontSize, glyphs) > maxWidth) end -= 1;
  return end === 0 ? '' : `${text.slice(0, end).replace(TRAILING, '')}${ELLIPSIS}`;
}

/**
 * Wraps `text` to at most `maxLines` lines of `maxWidth` pixels; only when it needs more is the
 * last line shortened with an ellipsis (and a single word wider than the line is cut).
 */
export function fitLines(text: string, maxWidth: number, fontSize: number, maxLines = 1, glyphs: Glyphs = WIDTHS): string[] {
  if (maxLines < 1 || maxWidth <= 0) return [];
  const wrapped = wrapLines(text, maxWidth, fontSize, glyphs);
  const lines = wrapped.slice(0, maxLines);
  if (wrapped.length > maxLines) lines[maxLines - 1] = withEllipsis(lines[maxLines - 1]!, maxWidth, fontSize, glyphs);
  return lines.map((line) => shorten(line, maxWidth, fontSize, glyphs)).filter(Boolean);
}

/** A line that continues elsewhere, ending in an ellipsis after a whole word (never "rule…" for "ruler"). */
function withEllipsis(line: string, maxWidth: number, fontSize: number, glyphs: Glyphs): string {
  const words = line.replace(TRAILING, '').split(' ');
  const joined = () => `${words.join(' ').replace(TRAILING, '')}${ELLIPSIS}`;
  while (words.length > 1 && textWidth(joined(), fontSize, glyphs) > maxWidth) words.pop();
  return joined();
}

/** One line of `head` shortened as needed so that `tail` (figures, a count) always fits after it. */
export function withTail(head: string, tail: string, maxWidth: number, fontSize: number): string {
  if (textWidth(head + tail, fontSize) <= maxWidth) return head + tail;
  let cut = head;
  while (cut.length > 1 && textWidth(`${cut}${ELLIPSIS}${tail}`, fontSize) > maxWidth) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}${ELLIPSIS}${tail}`;
}

/** True when drawn `lines` lost part of `full` (the caller then gives the full text a tooltip). */
export function isShortened(lines: readonly string[], full: string): boolean {
  return lines.join(' ').replace(/\s+/g, ' ').trim() !== full.replace(/\s+/g, ' ').trim();
}

/**
 * Height a block of `lines` lines takes on screen: browsers size a text box by the font's
 * ascent and descent (about 1.45em for our fonts), more than the line spacing.
 */
export function blockHeight(lines: number, fontSize: number, lineHeight: number): number {
  return lines <= 0 ? 0 : fontSize * TEXT_BOX_EM + (lines - 1) * lineHeight;
}

export const TEXT_BOX_EM = 1.45;

/** The smallest text a layout draws (axis ticks), in its own units. */
export const SMALLEST_TEXT = 12;
/** What that smallest text must measure on screen once the frame is wide (desktop). */
export const SMALLEST_TEXT_WIDE = 14;

/**
 * One type scale for every chart: layouts work in their own units (ticks 12, labels 13) and a
 * frame wider than a phone draws them larger, growing from 1 at 480 px to 14/12 at 720 px and
 * beyond, so chart text is never under 14 px on a desktop and never under 12 px on a phone.
 * The marks scale with the text, so layouts stay identical in their own units.
 */
export const typeZoom = (width: number): number => Math.round(1000 + (1000 * (SMALLEST_TEXT_WIDE / SMALLEST_TEXT - 1) * Math.min(1, Math.max(0, (width - 480) / 240)))) / 1000;

/** The frame in a layout's own units once `typeZoom` has scaled it. */
export const zoomedSize = ({ width, height }: { width: number; height: number }, zoom: number) => ({ width: width / zoom, height: height / zoom });
