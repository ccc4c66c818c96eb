/**
 * The static copies of a scrolly section's chart, one per step (what the flat view, print and
 * readers without JavaScript see), made as light as the same drawing allows:
 * - they never hydrate, so Svelte's hydration comments go;
 * - coordinates keep one decimal (a tenth of a pixel at the 400 px viewBox), transforms four;
 * - a long path that several steps repeat unchanged, such as a map's land and countries, is
 *   drawn once in the section's hidden `<svg>` and each step shows it with `<use href>`.
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

/** Drops hydration comments and rounds coordinates (see the file comment). */
export function compactChartHtml(html: string): string {
  return html
    .replace(HYDRATION_COMMENT, '')
    .replace(COORDINATES, (_, name: string, value: string) => ` ${name}="${roundNumbers(value, 1)}"`)
    .replace(TRANSFORM, (_, value: string) => ` transform="${roundNumbers(value, 4)}"`);
}

/** A path with no interactive attributes (the marks put tooltips and focus on groups). */
const SHAPE = /<path\b[^>]*><\/path>/g;
/** Repeats shorter than this stay inline: a `<use>` would save too little. */
const MIN_SHARED = 300;

/**
 * Draws once the long paths (land, countries, long lines) that more than one of `charts`
 * repeats, returning the charts with `<use>` in their place and the shared paths (with ids)
 * for the section's hidden svg. A `<use>` in place keeps the transform of the group around it.
 */
export function shareRepeatedDrawings(charts: string[], idPrefix: string): { charts: string[]; shared: string } {
  const counts = new Map<string, number>();
  for (const html of charts) {
    for (const shape of new Set(html.match(SHAPE) ?? [])) {
      if (shape.length >= MIN_SHARED && !/\s(tabindex|role|data-tip)=/.test(shape)) counts.set(shape, (counts.get(shape) ?? 0) + 1);
    }
  }
  const ids = new Map<string, string>();
  for (const [shape, count] of counts) if (count > 1) ids.set(shape, `${idPrefix}-shape-${ids.size + 1}`);
  if (ids.size === 0) return { charts, shared: '' };
  const shared = [...ids].map(([shape, id]) => shape.replace(/^<path\b/, `<path id="${id}"`)).join('');
  const out = charts.map((html) => html.replace(SHAPE, (shape) => {
    const id = ids.get(shape);
    return id ? `<use href="#${id}"></use>` : shape;
  }));
  return { charts: out, shared };
}
