/**
 * Text measurement without a DOM: an average glyph width is close enough to wrap labels
 * identically on the server and in the browser (so hydration never re-wraps).
 */
const AVERAGE_GLYPH_EM = 0.56;

export function textWidth(text: string, fontSize: number): number {
  return text.length * fontSize * AVERAGE_GLYPH_EM;
}

/** Greedy word wrap to a pixel width; a single word longer than the width keeps its own line. */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const maxChars = Math.max(8, Math.floor(maxWidth / (fontSize * AVERAGE_GLYPH_EM)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length > maxChars && line) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
