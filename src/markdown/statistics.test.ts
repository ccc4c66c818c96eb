import { describe, expect, it } from 'vitest';
import { findUncitedFigure } from './statistics';

describe('findUncitedFigure', () => {
  it.each([
    { text: 'In 2019 the strategy was signed.', expected: undefined },
    { text: 'Through the 2020s the gap grew.', expected: undefined },
    { text: 'Russia ranked 31st of 83 countries.', expected: '31st' },
    { text: 'About 100,000 people left.', expected: '100,000' },
    { text: 'A target of 80% by 2030.', expected: '80%' },
    { text: 'It costs $109 bn.', expected: '$109 bn' },
    { text: 'No figures here at all.', expected: undefined },
  ])('$text', ({ text, expected }) => {
    expect(findUncitedFigure(text)).toBe(expected);
  });
});
