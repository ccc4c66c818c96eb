/**
 * Routing helpers for flow links: where a link leaves and enters a box, which free lane it
 * takes past the columns it skips, and where a drawn curve passes a given x.
 */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Point on the cubic Bézier that linkHorizontal draws, at a given x (bisection on t). */
export function horizontalLinkYAt(sx: number, sy: number, tx: number, ty: number, x: number): number {
  const mx = (sx + tx) / 2;
  const bx = (t: number) => (1 - t) ** 3 * sx + 3 * (1 - t) ** 2 * t * mx + 3 * (1 - t) * t ** 2 * mx + t ** 3 * tx;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    if ((bx(mid) < x) === sx < tx) lo = mid;
    else hi = mid;
  }
  const t = (lo + hi) / 2;
  return (1 - t) ** 3 * sy + 3 * (1 - t) ** 2 * t * sy + 3 * (1 - t) * t ** 2 * ty + t ** 3 * ty;
}

/**
 * Where several links leave or enter one box, they fan out along its side (ordered by where
 * the other end sits) instead of meeting in one point with stacked arrowheads.
 * Keys are `out:<link id>` and `in:<link id>`; values are offsets from the side's centre.
 */
export function portOffsets(links: { id: string; from: string; to: string }[], boxes: Map<string, Box>, axis: 'x' | 'y'): Map<string, number> {
  const centre = (b: Box) => (axis === 'y' ? b.y + b.height / 2 : b.x + b.width / 2);
  const side = (b: Box) => (axis === 'y' ? b.height : b.width);
  const offsets = new Map<string, number>();
  for (const [id, box] of boxes) {
    for (const [end, other] of [['out', 'to'], ['in', 'from']] as const) {
      const own = end === 'out' ? 'from' : 'to';
      const group = links.filter((l) => l[own] === id).sort((a, b) => centre(boxes.get(a[other])!) - centre(boxes.get(b[other])!));
      const step = Math.min(12, (side(box) * 0.7) / Math.max(1, group.length));
      group.forEach((l, i) => offsets.set(`${end}:${l.id}`, (i - (group.length - 1) / 2) * step));
    }
  }
  return offsets;
}

/**
 * A free lane through one column (or row) of boxes: the coordinate nearest `want` that lies
 * in a gap between the boxes or beside them, so a link spanning several columns never runs
 * hidden behind a box on its way (which would read as two links through that box).
 */
export function laneThrough(spans: [number, number][], lo: number, hi: number, want: number): number {
  const gaps: [number, number][] = [];
  let cursor = lo;
  for (const [a, b] of [...spans].sort((p, q) => p[0] - q[0])) {
    if (a > cursor) gaps.push([cursor, a]);
    cursor = Math.max(cursor, b);
  }
  if (hi > cursor) gaps.push([cursor, hi]);
  let best = want;
  let distance = Infinity;
  for (const [a, b] of gaps) {
    const pad = Math.min(5, (b - a) / 2);
    const at = Math.max(a + pad, Math.min(b - pad, want));
    if (Math.abs(at - want) < distance) {
      best = at;
      distance = Math.abs(at - want);
    }
  }
  return best;
}

/** Joins link segments into one path: every segment after the first drops its leading move. */
export const joinSegments = (segments: string[]): string => segments.map((d, i) => (i === 0 ? d : d.replace(/^M[^CLZ]*/, ''))).join('');

const round = (v: number): number => Math.round(v * 1000) / 1000;

/**
 * The curved link d3-shape's linkHorizontal (or, with `vertical`, linkVertical) draws between
 * two points, to the same three decimals, without shipping d3-shape to the browser.
 */
export function linkPath([sx, sy]: [number, number], [tx, ty]: [number, number], vertical = false): string {
  if (vertical) {
    const my = (sy + ty) / 2;
    return `M${round(sx)},${round(sy)}C${round(sx)},${round(my)},${round(tx)},${round(my)},${round(tx)},${round(ty)}`;
  }
  const mx = (sx + tx) / 2;
  return `M${round(sx)},${round(sy)}C${round(mx)},${round(sy)},${round(mx)},${round(ty)},${round(tx)},${round(ty)}`;
}
