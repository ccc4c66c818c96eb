/**
 * One-dimensional label placement: boxes want to centre on a point (a link's midpoint, a
 * dot) but must not overlap each other or leave [lo, hi]. Each is pushed past the previous
 * one, then the run is pulled back from the far end if it overflows. Pure, so tests can
 * assert "no overlap, inside the frame" without a DOM.
 */
export interface SpreadItem {
  /** Where the box would like its centre. */
  center: number;
  /** Its extent along the axis. */
  size: number;
}

/** Start of each box, in the order given (callers pass items sorted by `center`). */
export function spread(items: SpreadItem[], lo: number, hi: number, gap: number): number[] {
  const starts: number[] = [];
  let cursor = lo;
  for (const item of items) {
    const start = Math.max(cursor, item.center - item.size / 2);
    starts.push(start);
    cursor = start + item.size + gap;
  }
  let limit = hi;
  for (let i = items.length - 1; i >= 0; i--) {
    const start = Math.max(lo, Math.min(starts[i]!, limit - items[i]!.size));
    starts[i] = start;
    limit = start - gap;
  }
  return starts;
}

/** Total extent of boxes laid end to end with gaps: does a run fit in [lo, hi]? */
export function spreadExtent(items: SpreadItem[], gap: number): number {
  return items.reduce((sum, item) => sum + item.size + gap, items.length > 0 ? -gap : 0);
}
