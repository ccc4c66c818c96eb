/**
 * Label dodging along one axis: each block (a label of some height) goes as close to its
 * target as it can without touching its neighbours, and the stack stays inside [min, max].
 * Used by every kind that labels the ends of lines or dots directly instead of a legend.
 */
export interface DodgeItem {
  /** Where the block's centre would like to be. */
  target: number;
  /** Height of the block. */
  size: number;
}

export interface Dodged {
  /** Top of each block, in the input order. */
  tops: number[];
  /** False when the blocks cannot all fit between min and max (the caller should shorten). */
  fits: boolean;
}

export function dodge(items: DodgeItem[], min: number, max: number, gap = 2): Dodged {
  const order = items.map((_, i) => i).sort((a, b) => items[a]!.target - items[b]!.target || a - b);
  const tops: number[] = new Array<number>(items.length).fill(min);
  let cursor = min;
  for (const i of order) {
    const item = items[i]!;
    tops[i] = Math.max(cursor, item.target - item.size / 2);
    cursor = tops[i] + item.size + gap;
  }
  let limit = max;
  for (const i of [...order].reverse()) {
    tops[i] = Math.min(tops[i]!, limit - items[i]!.size);
    limit = tops[i] - gap;
  }
  const total = items.reduce((sum, item) => sum + item.size + gap, -gap);
  const fits = items.length === 0 || (total <= max - min && order.every((i) => tops[i]! >= min - 1e-9));
  return { tops, fits };
}
