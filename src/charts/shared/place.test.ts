import { describe, expect, it } from 'vitest';
import { extent, firstFit, stack } from './place';

describe('stack', () => {
  it.each([
    { items: [], lo: 0, hi: 100, starts: [], fits: true },
    { items: [{ target: 50, size: 10 }], lo: 0, hi: 100, starts: [45], fits: true },
    // Two on the same spot: pushed apart, order kept.
    { items: [{ target: 50, size: 10 }, { target: 50, size: 10 }], lo: 0, hi: 100, starts: [45, 57], fits: true },
    { items: [{ target: 10, size: 10 }, { target: 12, size: 10 }], lo: 0, hi: 100, starts: [5, 17], fits: true },
    // Near the far end: pulled back inside.
    { items: [{ target: 99, size: 10 }, { target: 100, size: 10 }], lo: 0, hi: 100, starts: [78, 90], fits: true },
    // Near the near end: never before lo.
    { items: [{ target: 0, size: 10 }], lo: 5, hi: 100, starts: [5], fits: true },
    // Too many for the space: reported, and still inside [lo, hi].
    { items: [{ target: 5, size: 10 }, { target: 5, size: 10 }, { target: 5, size: 10 }], lo: 0, hi: 20, starts: [0, 0, 10], fits: false },
  ])('$items.length blocks in [$lo, $hi]', ({ items, lo, hi, starts, fits }) => {
    const result = stack(items, lo, hi, 2);
    expect(result.fits).toBe(fits);
    expect(result.starts).toEqual(starts);
  });

  it('keeps input order in the output even when targets are unsorted', () => {
    expect(stack([{ target: 80, size: 10 }, { target: 20, size: 10 }], 0, 100).starts).toEqual([75, 15]);
  });

  it('never lets fitting blocks overlap, and keeps each as near its target as the others allow', () => {
    const items = Array.from({ length: 8 }, (_, i) => ({ target: 40 + (i % 3), size: 12 }));
    const { starts, fits } = stack(items, 0, 200, 2);
    expect(fits).toBe(true);
    const sorted = [...starts].sort((a, b) => a - b);
    sorted.slice(1).forEach((t, i) => expect(t - sorted[i]!).toBeGreaterThanOrEqual(14 - 1e-9));
    expect(extent(items, 2)).toBe(8 * 14 - 2);
  });
});

describe('firstFit', () => {
  it('returns the first arrangement that fits, else the last', () => {
    expect(firstFit([3, 2, 1], (n) => n * 10, (r) => r <= 20)).toBe(20);
    expect(firstFit([3, 2], (n) => n * 10, () => false)).toBe(20);
  });
});
