/**
 * Placement helpers every chart kind uses: one routine that stacks labels along an axis next
 * to the marks they name, and one that tries arrangements in order until one fits. Pure, so
 * tests can assert "no overlap, inside the frame" without a DOM.
 */
export interface StackItem {
  /** Where the block's centre would like to be (its mark). */
  target: number;
  /** Its extent along the axis. */
  size: number;
}

export interface Stacked {
  /** Start (top or left) of each block, in the input order. */
  starts: number[];
  /** False when the blocks cannot all fit between lo and hi (the caller should try smaller labels). */
  fits: boolean;
}

/**
 * Each block goes as close to its target as it can: in target order, each is pushed past the
 * previous one, then the run is pulled back from the far end if it overflows; blocks never
 * leave [lo, hi] (when they cannot all fit, `fits` is false and the first ones overlap).
 */
export function stack(items: readonly StackItem[], lo: number, hi: number, gap = 2): Stacked {
  const order = items.map((_, i) => i).sort((a, b) => items[a]!.target - items[b]!.target || a - b);
  const starts: number[] = new Array<number>(items.length).fill(lo);
  let cursor = lo;
  for (const i of order) {
    const item = items[i]!;
    starts[i] = Math.max(cursor, item.target - item.size / 2);
    cursor = starts[i] + item.size + gap;
  }
  let limit = hi;
  for (const i of [...order].reverse()) {
    starts[i] = Math.max(lo, Math.min(starts[i]!, limit - items[i]!.size));
    limit = starts[i] - gap;
  }
  return { starts, fits: extent(items, gap) <= hi - lo + 1e-9 };
}

/** Total extent of blocks laid end to end with gaps. */
export function extent(items: readonly { size: number }[], gap: number): number {
  return items.reduce((sum, item) => sum + item.size + gap, items.length > 0 ? -gap : 0);
}

/**
 * Builds each arrangement in turn (full labels, then fewer lines, then fewer labels ...) and
 * returns the first that fits, or the last one built when none does. Every caller lists its
 * arrangements in a literal, never none.
 */
export function firstFit<A, R>(arrangements: Iterable<A>, build: (arrangement: A) => R, fits: (result: R) => boolean): R {
  let last!: R;
  for (const arrangement of arrangements) {
    last = build(arrangement);
    if (fits(last)) return last;
  }
  return last;
}
