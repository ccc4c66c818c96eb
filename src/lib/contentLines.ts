/**
 * Line numbers in a YAML content file, for error messages an author can jump to. The files
 * are small and hand-written, so finding a key by its indentation is enough (no YAML parser
 * with positions needed). Every function returns a 1-based line, or undefined when the text
 * is unknown or the key is not found.
 */

/** Line of `name:` under `states:` (the state's header line). */
export function stateLine(text: string | undefined, state: string): number | undefined {
  if (!text) return undefined;
  const lines = text.split('\n');
  const states = lines.findIndex((l) => /^states:/.test(l));
  if (states < 0) return undefined;
  const at = lines.findIndex((l, i) => i > states && new RegExp(`^\\s+${escape(state)}:`).test(l));
  return at < 0 ? undefined : at + 1;
}

/**
 * First line inside a state's block (after its header, before the next key at its indentation
 * or less) that contains every one of `needles`; the state's own line when none does.
 */
export function lineInState(text: string | undefined, state: string, needles: string[]): number | undefined {
  const head = stateLine(text, state);
  if (!text || head === undefined) return head;
  const lines = text.split('\n');
  const indent = indentOf(lines[head - 1]!);
  for (let i = head; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() && indentOf(line) <= indent) break;
    if (needles.every((n) => line.includes(n))) return i + 1;
  }
  return head;
}

/** Line where the `index`-th (0-based) item of the top-level `rows:` list starts. */
export function rowLine(text: string | undefined, index: number): number | undefined {
  if (!text) return undefined;
  const lines = text.split('\n');
  const rows = lines.findIndex((l) => /^rows:/.test(l));
  if (rows < 0) return undefined;
  const first = lines.findIndex((l, i) => i > rows && /^\s*- /.test(l));
  if (first < 0) return undefined;
  const indent = indentOf(lines[first]!);
  let seen = -1;
  for (let i = first; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() && indentOf(line) < indent) break;
    if (indentOf(line) === indent && /^\s*- /.test(line) && ++seen === index) return i + 1;
  }
  return undefined;
}

const indentOf = (line: string): number => line.length - line.trimStart().length;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
