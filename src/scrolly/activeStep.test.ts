import { describe, expect, it } from 'vitest';
import { activeAfterCrossing, activeStepIndex, stepIndexFromHash } from './activeStep';

describe('activeStepIndex', () => {
  it.each([
    { tops: [100, 900, 1700], line: 400, expected: 0, why: 'first step crossed' },
    { tops: [-1700, -900, 300], line: 400, expected: 2, why: 'fast scroll past two steps lands on the last crossed' },
    { tops: [500, 1300], line: 400, expected: -1, why: 'before the section' },
    { tops: [-3000, -2000], line: 400, expected: 1, why: 'after the section the last step stays active' },
    { tops: [], line: 400, expected: -1, why: 'no steps' },
    { tops: [400, 1200], line: 400, expected: 0, why: 'exactly on the line counts' },
  ])('$why', ({ tops, line, expected }) => {
    expect(activeStepIndex(tops, line)).toBe(expected);
  });
});

describe('stepIndexFromHash', () => {
  const ids = ['first-index', 'rank-2024'];
  it('finds a step named by the hash', () => expect(stepIndexFromHash('#rank-2024', ids)).toBe(1));
  it('ignores an unknown hash', () => expect(stepIndexFromHash('#nope', ids)).toBe(-1));
  it('ignores an empty hash', () => expect(stepIndexFromHash('', ids)).toBe(-1));
  it('decodes percent-encoding', () => expect(stepIndexFromHash('#rank%2D2024', ids)).toBe(1));
});

describe('activeAfterCrossing agrees with the positions', () => {
  // Three steps 300 px tall, 400 px apart, the line at 400: each scroll offset, and the one step
  // whose meeting or leaving the line it reports.
  const tops = (scroll: number) => [0, 700, 1400].map((t) => t + 500 - scroll);
  it.each([
    { scroll: 150, step: 0, meets: true, why: 'the first step meets the line' },
    { scroll: 460, step: 0, meets: false, why: 'the first step leaves it upwards, and stays active in the gap' },
    { scroll: 850, step: 1, meets: true, why: 'the next meets it' },
    { scroll: 790, step: 1, meets: false, why: 'scrolling back up, the second step leaves it downwards: the first is active again' },
    { scroll: 90, step: 0, meets: false, why: 'back above the section: none is active' },
  ])('$why', ({ scroll, step, meets }) => {
    const at = tops(scroll);
    expect(activeAfterCrossing(step, meets, at[step]!, 400)).toBe(activeStepIndex(at, 400));
  });
});
