/**
 * A quoted passage's own double quotes as single ones, the convention for a quote within a
 * quote: the page sets every passage in double marks (`<q>`, "In English: “…”"), and a
 * passage that opens with the speaker's own mark had read `“"Und die…"”`. An opening mark
 * follows the start, a space, a bracket or a dash; any other is a closing one. Only the marks
 * change, never the words.
 */
export function nestedQuotes(text: string): string {
  return text.replace(/["“”]/g, (_, at: number) => (at === 0 || /[\s([{«—–-]/.test(text[at - 1]!) ? '‘' : '’'));
}
