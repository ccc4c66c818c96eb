import { describe, expect, it } from 'vitest';
import { blockHeight, fitText, truncate, wrapWords } from './fitText';
import { textWidth } from './text';

describe('fitText', () => {
  it.each([
    { text: 'United States', width: 200, lines: 1, expected: ['United States'] },
    { text: 'United States', width: 60, lines: 2, expected: ['United', 'States'] },
    { text: 'United States of America', width: 60, lines: 2, expected: ['United', 'States…'] },
    { text: 'Dec 2019', width: 49, lines: 2, expected: ['Dec', '2019'] },
    { text: 'Supercalifragilistic', width: 50, lines: 2, expected: ['Superc…'] },
    { text: 'anything', width: 0, lines: 2, expected: [] },
    { text: '', width: 100, lines: 2, expected: [] },
  ])('"$text" in $width px, $lines lines', ({ text, width, lines, expected }) => {
    const result = fitText(text, width, 12, lines);
    expect(result).toEqual(expected);
    for (const line of result) expect(textWidth(line, 12)).toBeLessThanOrEqual(width);
  });

  it('truncate keeps text that fits and cuts what does not', () => {
    expect(truncate('Russia', 100, 13)).toBe('Russia');
    expect(truncate('Russian Federation', 60, 13).endsWith('…')).toBe(true);
    expect(truncate('Russian Federation', 1, 13)).toBe('');
  });

  it('wrapWords keeps a too-long word on its own line', () => {
    expect(wrapWords('a verylongword b', 30, 10)).toEqual(['a', 'verylongword', 'b']);
  });

  it('blockHeight counts the text box of the first line and the spacing of the rest', () => {
    expect(blockHeight(0, 13, 16)).toBe(0);
    expect(blockHeight(1, 10, 16)).toBeCloseTo(14.5);
    expect(blockHeight(3, 10, 16)).toBeCloseTo(46.5);
  });
});
