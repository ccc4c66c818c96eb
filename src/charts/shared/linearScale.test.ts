import { scaleLinear as d3ScaleLinear } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { scaleLinear } from './linearScale';

// Each case is checked against d3-scale itself, so the charts draw what D3 would.
const cases: { domain: [number, number]; range: [number, number]; count: number }[] = [
  { domain: [0, 1], range: [0, 100], count: 10 },
  { domain: [0, 171], range: [20, 380], count: 5 },
  { domain: [2017, 2025], range: [16, 400], count: 8 },
  { domain: [3.7, 97.3], range: [0, 280], count: 4 },
  { domain: [-12, 48], range: [300, 0], count: 6 },
  { domain: [100, 0], range: [0, 500], count: 5 },
  { domain: [0.0012, 0.0097], range: [0, 1], count: 5 },
  { domain: [5, 5], range: [0, 100], count: 5 },
];

describe('scaleLinear', () => {
  it.each(cases)('matches d3-scale for $domain -> $range', ({ domain, range, count }) => {
    const ours = scaleLinear().domain(domain).range(range);
    const theirs = d3ScaleLinear().domain(domain).range(range);
    expect(ours.ticks(count)).toEqual(theirs.ticks(count));
    for (const v of [domain[0], domain[1], (domain[0] + domain[1]) / 2]) expect(ours(v)).toBeCloseTo(theirs(v), 9);
    ours.nice(count);
    theirs.nice(count);
    expect(ours.domain()).toEqual(theirs.domain());
    expect(ours.ticks(count)).toEqual(theirs.ticks(count));
  });

  it('clamps like d3-scale', () => {
    const ours = scaleLinear().domain([0, 10]).range([0, 100]).clamp(true);
    const theirs = d3ScaleLinear().domain([0, 10]).range([0, 100]).clamp(true);
    expect([ours(-5), ours(15), ours(5)]).toEqual([theirs(-5), theirs(15), theirs(5)]);
  });
});

describe('ticks and tickIncrement', () => {
  it('give d3-array answers', async () => {
    const d3 = await import('d3-array');
    const { ticks, tickIncrement } = await import('./linearScale');
    for (const [a, b, n] of [[0, 1, 10], [1, 0, 10], [-0.37, 12.9, 7], [2017, 2025, 3], [0.0012, 0.0097, 5], [5, 5, 3], [0, 10, 0], [0, 1, 1.2], [97, -3, 4]] as const) {
      expect(ticks(a, b, n)).toEqual(d3.ticks(a, b, n));
      if (a < b && n > 0) expect(tickIncrement(a, b, n)).toBe(d3.tickIncrement(a, b, n));
    }
  });
});
