/**
 * Fitting a label into a box: wrap it to at most `maxLines` lines of `maxWidth` pixels and
 * shorten the last line with an ellipsis when the text is longer. The full text always goes
 * to the tooltip and the data table, so a shortened label loses nothing.
 */
import { textWidth } from './text';

const ELLIPSIS = '…';

/** Cuts `text` to the longest prefix (ending in an ellipsis) that is at most `maxWidth` wide. */
export function truncate(text: string, maxWidth: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  let end = text.length;
  while (end > 0 && textWidth(`${text.slice(0, end).trimEnd()}${ELLIPSIS}`, fontSize) > maxWidth) end -= 1;
  return end === 0 ? '' : `${text.slice(0, end).replace(/[\s,.;:–-]+$/, '')}${ELLIPSIS}`;
}

export function fitText(text: string, maxWidth: number, fontSize: number, maxLines = 1): string[] {
  if (maxLines < 1 || maxWidth <= 0) return [];
  const wrapped = wrapWords(text, maxWidth, fontSize);
  const lines = wrapped.slice(0, maxLines);
  if (wrapped.length > maxLines) lines[maxLines - 1] = `${lines[maxLines - 1]!.replace(/[\s,.;:–-]+$/, '')}${ELLIPSIS}`;
  return lines.map((line) => truncate(line, maxWidth, fontSize)).filter(Boolean);
}

/** Greedy word wrap by measured width (a word wider than the line keeps a line of its own). */
export function wrapWords(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Height a block of `lines` lines takes on screen: browsers size a text box by the font's
 * ascent and descent (about 1.45em for our fonts), more than the line spacing.
 */
export function blockHeight(lines: number, fontSize: number, lineHeight: number): number {
  return lines <= 0 ? 0 : fontSize * TEXT_BOX_EM + (lines - 1) * lineHeight;
}

export const TEXT_BOX_EM = 1.45;
