import { describe, expect, it } from 'vitest';
import { dodge } from './dodge';

describe('dodge', () => {
  it.each([
    { items: [], min: 0, max: 100, tops: [], fits: true },
    { items: [{ target: 50, size: 10 }], min: 0, max: 100, tops: [45], fits: true },
    // Two on the same spot: pushed apart, order kept.
    { items: [{ target: 50, size: 10 }, { target: 50, size: 10 }], min: 0, max: 100, tops: [45, 57], fits: true },
    // Near the bottom: pulled back up inside.
    { items: [{ target: 99, size: 10 }, { target: 100, size: 10 }], min: 0, max: 100, tops: [78, 90], fits: true },
    // Near the top: never above min.
    { items: [{ target: 0, size: 10 }], min: 5, max: 100, tops: [5], fits: true },
    // Too many for the space.
    { items: [{ target: 5, size: 10 }, { target: 5, size: 10 }, { target: 5, size: 10 }], min: 0, max: 20, tops: [-4, 0, 10].map((t) => t), fits: false },
  ])('$items.length blocks in [$min, $max]', ({ items, min, max, tops, fits }) => {
    const result = dodge(items, min, max, 2);
    expect(result.fits).toBe(fits);
    if (fits) expect(result.tops).toEqual(tops);
  });

  it('keeps input order in the output even when targets are unsorted', () => {
    const { tops } = dodge([{ target: 80, size: 10 }, { target: 20, size: 10 }], 0, 100);
    expect(tops).toEqual([75, 15]);
  });

  it('never lets fitting blocks overlap', () => {
    const items = Array.from({ length: 8 }, (_, i) => ({ target: 40 + (i % 3), size: 12 }));
    const { tops, fits } = dodge(items, 0, 200, 2);
    expect(fits).toBe(true);
    const sorted = [...tops].sort((a, b) => a - b);
    sorted.slice(1).forEach((t, i) => expect(t - sorted[i]!).toBeGreaterThanOrEqual(14 - 1e-9));
  });
});
