import { describe, expect, it } from 'vitest';
import { integerTicks, valueAxis } from './ticks';

describe('valueAxis', () => {
  it.each([
    { domain: [0, 219] as [number, number], range: [300, 0] as [number, number], spacing: 44, first: 0, last: 250 },
    { domain: [0, 5] as [number, number], range: [100, 0] as [number, number], spacing: 40, first: 0, last: 6 },
    { domain: [-20, 50] as [number, number], range: [0, 400] as [number, number], spacing: 40, first: -20, last: 50 },
  ])('$domain over $range: round ends, ticks at least spacing apart', ({ domain, range, spacing, first, last }) => {
    const { scale, ticks } = valueAxis(domain, range, spacing);
    expect(ticks[0]!.value).toBe(first);
    expect(ticks.at(-1)!.value).toBe(last);
    expect(scale.domain()[0]).toBeLessThanOrEqual(domain[0]);
    expect(scale.domain()[1]).toBeGreaterThanOrEqual(domain[1]);
    ticks.slice(1).forEach((t, i) => expect(Math.abs(t.pos - ticks[i]!.pos)).toBeGreaterThanOrEqual(spacing * 0.5));
  });

  it('survives an empty span (all values equal)', () => {
    const { ticks } = valueAxis([5, 5], [100, 0]);
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks.every((t) => Number.isFinite(t.pos))).toBe(true);
  });

  it('integerTicks drops fractional ticks (years)', () => {
    const axis = valueAxis([2019, 2021], [0, 600], 40);
    expect(integerTicks(axis).map((t) => t.value)).toEqual([2019, 2020, 2021]);
  });
});
