/**
 * The static copies of a chart, one per step (what the flat view, print and readers without
 * JavaScript see, and an embed's views), made as light as the same drawing allows:
 * - they never hydrate, so Svelte's hydration comments go;
 * - coordinates keep one decimal (a tenth of a pixel at the 328 px viewBox), transforms four;
 * - marks the state hides (class `hidden`: drawn at opacity 0 so the live chart can animate
 *   them in) are left out, since a static copy never animates; the drawing is aria-hidden, so
 *   screen readers lose nothing either;
 * - a subtree that several copies repeat unchanged (a map's land, an axis, a group of marks a
 *   state leaves alone) is drawn once in the hidden `<svg>` the caller places beside them and
 *   each copy shows it with `<use href>`: ids stay unique, and the shared copy is aria-hidden.
 * The figure, its caption, ids and data-* hooks stay as Chart.svelte renders them.
 */

/** Attributes whose numbers are pixel coordinates or lengths. */
const COORDINATES = /\s(d|x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|width|height|points|viewBox)="([^"]*)"/g;
const TRANSFORM = /\stransform="([^"]*)"/g;
const HYDRATION_COMMENT = /<!--[[\]\-\d]*-->/g;

/** Rounds every decimal number in `value` to `digits` places, dropping trailing zeros. */
function roundNumbers(value: string, digits: number): string {
  return value.replace(/-?\d*\.\d+(?:e-?\d+)?/g, (n) => {
    const rounded = Number(Number(n).toFixed(digits));
    return String(Object.is(rounded, -0) ? 0 : rounded);
  });
}

/** Where the element whose start tag ends at `from` closes (just past its end tag). */
function elementEnd(html: string, tag: string, from: number): number {
  const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
  re.lastIndex = from;
  let depth = 1;
  for (let t = re.exec(html); t; t = re.exec(html)) {
    depth += t[1] ? -1 : t[0].endsWith('/>') ? 0 : 1;
    if (depth === 0) return re.lastIndex;
  }
  return html.length;
}

/** A start tag whose class list holds `hidden`. */
const HIDDEN_START = /<([a-z]+)\b[^>]*\sclass="(?:[^"]*\s)?hidden(?:\s[^"]*)?"[^>]*>/g;

/** Leaves out the elements a state hides inside the drawing (see the file comment). */
export function dropHiddenMarks(html: string): string {
  const svgStart = html.indexOf('<svg');
  if (svgStart < 0) return html;
  let out = html.slice(0, svgStart);
  let at = svgStart;
  HIDDEN_START.lastIndex = svgStart;
  for (let m = HIDDEN_START.exec(html); m; m = HIDDEN_START.exec(html)) {
    const end = m[0].endsWith('/>') ? HIDDEN_START.lastIndex : elementEnd(html, m[1]!, HIDDEN_START.lastIndex);
    out += html.slice(at, m.index);
    at = end;
    HIDDEN_START.lastIndex = end;
  }
  return out + html.slice(at);
}

/** Drops hydration comments and hidden marks and rounds coordinates (see the file comment). */
export function compactChartHtml(html: string): string {
  return dropHiddenMarks(html.replace(HYDRATION_COMMENT, ''))
    .replace(COORDINATES, (_, name: string, value: string) => ` ${name}="${roundNumbers(value, 1)}"`)
    .replace(TRANSFORM, (_, value: string) => ` transform="${roundNumbers(value, 4)}"`);
}

/** A path with no interactive attributes (the marks put tooltips and focus on groups). */
const SHAPE = /<path\b[^>]*><\/path>/g;
/** Repeats shorter than this stay inline: a `<use>` would save too little. */
const MIN_SHARED = 300;

/**
 * Draws once the long paths (land, countries, long lines) that more than one of `charts`
 * repeats, or that the island's props would repeat (`alsoShare`: path data the island reads
 * back from the page, see referToShared), returning the charts with `<use>` in their place and
 * the shared paths (with ids) for the section's hidden svg. A `<use>` in place keeps the
 * transform of the group around it.
 */
export function shareRepeatedDrawings(charts: string[], idPrefix: string, alsoShare: readonly string[] = []): { charts: string[]; shared: string } {
  const wanted = new Set(alsoShare);
  const counts = new Map<string, number>();
  for (const html of charts) {
    for (const shape of new Set(html.match(SHAPE) ?? [])) {
      if (shape.length >= MIN_SHARED && !/\s(tabindex|role|data-tip)=/.test(shape)) counts.set(shape, (counts.get(shape) ?? 0) + 1);
    }
  }
  const ids = new Map<string, string>();
  for (const [shape, count] of counts) {
    if (count > 1 || wanted.has(/\sd="([^"]*)"/.exec(shape)?.[1] ?? '')) ids.set(shape, `${idPrefix}-shape-${ids.size + 1}`);
  }
  if (ids.size === 0) return { charts, shared: '' };
  const shared = [...ids].map(([shape, id]) => shape.replace(/^<path\b/, `<path id="${id}"`)).join('');
  const out = charts.map((html) => html.replace(SHAPE, (shape) => {
    const id = ids.get(shape);
    return id ? `<use href="#${id}"></use>` : shape;
  }));
  return { charts: out, shared };
}

/**
 * `value` (island props) with every string that is the `d` of a shared path replaced by
 * `#<its id>`, so a page sends a long path once: the island reads it back from the section's
 * hidden svg (islands/scrolly/map.svelte: a map's land and countries).
 */
export function referToShared<T>(value: T, shared: string): T {
  const ids = new Map<string, string>();
  for (const m of shared.matchAll(/<path id="([^"]+)"[^>]*\sd="([^"]+)"/g)) ids.set(m[2]!, m[1]!);
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return ids.has(v) ? `#${ids.get(v)}` : v;
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return walk(value) as T;
}
