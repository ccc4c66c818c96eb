/**
 * One tab stop per chart: the hydrated chart's marks (elements with `data-tip` and a
 * tabindex, set by each kind's Marks) are reached by Tab once, then by the arrow keys in
 * reading order (a roving tabindex). The order comes from where the marks are drawn, so it
 * follows what a sighted reader sees, not the order the data arrived in.
 */

/** Rows: top to bottom, then left to right (bars, ranges, squares). Columns: left to right,
 * then top to bottom (timelines, ranks by edition). Document: as drawn (a line chart's points, series by series). */
export type ReadingOrder = 'rows' | 'columns' | 'document';

/** Indices of `points` (marks' top-left corners) in reading order; marks within `tolerance` px share a row or column. */
export function readingOrder(points: readonly { x: number; y: number }[], order: ReadingOrder, tolerance = 3): number[] {
  const indices = points.map((_, i) => i);
  if (order === 'document') return indices;
  const [main, cross] = order === 'rows' ? (['y', 'x'] as const) : (['x', 'y'] as const);
  return indices.sort((i, j) => {
    const a = points[i]!;
    const b = points[j]!;
    const d = a[main] - b[main];
    return Math.abs(d) > tolerance ? d : a[cross] - b[cross] || i - j;
  });
}

const MARKS = '[data-tip][tabindex]';
const STEP: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, Home: -1e9, End: 1e9 };

function ordered(svg: SVGSVGElement, order: ReadingOrder): SVGElement[] {
  const marks = [...svg.querySelectorAll<SVGElement>(MARKS)];
  // Corners, not centres: a big block of squares starts where a reader's eye meets it.
  return readingOrder(marks.map((m) => m.getBoundingClientRect()), order).map((i) => marks[i]!);
}

/**
 * Makes the marks of `svg` one tab stop, for the life of the svg. Returns `refresh`: call it
 * after every redraw. It keeps the chosen mark (or picks the first in reading order) and hides
 * the drawing's own words from screen readers, since each mark's label, the summary and the
 * table carry them (read aloud, SVG text runs words together: "Buyers inRussia").
 */
export function rovingMarks(svg: SVGSVGElement, order: ReadingOrder): () => void {
  let chosen: Element | undefined;
  /** The first mark drawn, holding the tab stop until a reader tabs into the chart. */
  let provisional: Element | undefined;
  const choose = (marks: SVGElement[], mark: SVGElement | undefined) => {
    chosen = mark;
    provisional = undefined;
    for (const m of marks) m.tabIndex = m === mark ? 0 : -1;
  };
  // Tabbing in lands on the provisional mark: the first mark in reading order takes the focus.
  // Measured then, not after each redraw, where it forced a layout in the middle of a step's
  // change (tasks of 50-100 ms at 4x CPU while scrolling, even when read in an idle callback).
  // Heard on the frame: Chromium makes an svg with a focus listener a tab stop of its own.
  svg.parentNode!.addEventListener('focusin', (e) => {
    if (e.target !== provisional) return;
    const marks = ordered(svg, order);
    choose(marks, marks[0]);
    marks[0]?.focus();
  });
  svg.addEventListener('keydown', (e) => {
    const by = STEP[e.key];
    const marks = ordered(svg, order);
    const at = marks.indexOf(e.target as SVGElement);
    if (by === undefined || at < 0 || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    const next = marks[Math.min(marks.length - 1, Math.max(0, at + by))];
    choose(marks, next);
    next?.focus();
  });
  return () => {
    for (const t of svg.querySelectorAll('text:not([aria-hidden])')) t.setAttribute('aria-hidden', 'true');
    const marks = [...svg.querySelectorAll<SVGElement>(MARKS)];
    if (chosen && marks.includes(chosen as SVGElement)) return choose(marks, chosen as SVGElement);
    // Else the first mark drawn, until a reader tabs in (above).
    choose(marks, marks[0]);
    provisional = chosen;
  };
}
