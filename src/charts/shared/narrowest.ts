/**
 * The narrowest width some labels fit in whole, in a file of its own so that it ships only with
 * the charts that size columns by it (rank and tracker, one outlook chunk), not in every
 * chapter's shared chunk.
 */
import { fitLines } from './text';

/**
 * The narrowest width (at most `widest`, in whole pixels less) in which every text still fits
 * whole on `lines` lines. Found by halving: a greedy wrap never needs more lines on a wider line,
 * so "fits whole" holds at every width above the narrowest (stepping down a pixel at a time was
 * most of the rank chart's first layout on a phone).
 */
export function narrowest(texts: readonly string[], fontSize: number, widest: number, lines: number): number {
  const fits = (width: number) => texts.every((t) => fitLines(t, width, fontSize, lines).join(' ') === t);
  // The most whole pixels taken off `widest` that still fit; never to zero width or below.
  let lo = 0;
  let hi = Math.ceil(widest) - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(widest - mid)) lo = mid;
    else hi = mid - 1;
  }
  return widest - lo;
}
