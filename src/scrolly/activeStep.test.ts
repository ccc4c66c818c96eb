import { describe, expect, it } from 'vitest';
import { activeStepIndex, stepIndexFromHash } from './activeStep';

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
