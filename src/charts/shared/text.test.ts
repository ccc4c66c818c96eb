import { describe, expect, it } from 'vitest';
import { balancedLines, blockHeight, fitLines, isShortened, shorten, textWidth, withTail, wrapLines, fitBalanced } from './text';

describe('fitLines', () => {
  it.each([
    { text: 'United States', width: 200, lines: 1, expected: ['United States'] },
    { text: 'United States', width: 60, lines: 2, expected: ['United', 'States'] },
    { text: 'United States of America', width: 49, lines: 2, expected: ['United', 'States…'] },
    { text: 'Dec 2019', width: 40, lines: 2, expected: ['Dec', '2019'] },
    { text: 'Supercalifragilistic', width: 52, lines: 2, expected: ['Superc…'] },
    // The ellipsis follows a whole word: a word it would cut goes to the next (unshown) line.
    { text: 'Putin: the AI leader will be "ruler of the world"', width: 110, lines: 2, expected: ['Putin: the AI leader', 'will be "ruler of…'] },
    { text: 'anything', width: 0, lines: 2, expected: [] },
    { text: '', width: 100, lines: 2, expected: [] },
  ])('"$text" in $width px, $lines lines', ({ text, width, lines, expected }) => {
    const result = fitLines(text, width, 12, lines);
    expect(result).toEqual(expected);
    for (const line of result) expect(textWidth(line, 12)).toBeLessThanOrEqual(width);
  });

  it("textWidth measures each letter as the font draws it (a narrow 'i', a wide 'm'), not an average", () => {
    expect(textWidth('mmmm', 13)).toBeGreaterThan(2 * textWidth('iiii', 13));
    expect(textWidth('Russia', 13)).toBeCloseTo(textWidth('Rus', 13) + textWidth('sia', 13));
    expect(textWidth('Россия', 13)).toBeGreaterThan(0);
  });

  it('shorten keeps text that fits and cuts what does not', () => {
    expect(shorten('Russia', 100, 13)).toBe('Russia');
    expect(shorten('Russian Federation', 60, 13).endsWith('…')).toBe(true);
    expect(shorten('Russian Federation', 1, 13)).toBe('');
  });

  it("wrapLines parts a bracket's last two words where together they are wider than a line, rather than let the line overrun", () => {
    const lines = wrapLines('28th of 36 countries (Nov 2025, Stanford vibrancy)', 100, 14);
    expect(lines.join(' ')).toBe('28th of 36 countries (Nov 2025, Stanford vibrancy)');
    expect(lines).toContain('vibrancy)');
    for (const line of lines) expect(textWidth(line, 14), line).toBeLessThanOrEqual(100);
  });
  it('wrapLines keeps "of 83" (a no-break space) and a bracket\'s last two words together', () => {
    expect(wrapLines('Russia 31st of\u00a083', 90, 13)).toEqual(['Russia 31st', 'of\u00a083']);
    expect(wrapLines('Minister: IT staff abroad (Dec 2022)', 180, 13)).toEqual(['Minister: IT staff abroad', '(Dec 2022)']);
    expect(wrapLines('90.3bn roubles (2024, audit firm\'s count)', 100, 13)).toEqual(['90.3bn roubles', '(2024, audit', "firm's count)"]);
  });

  it('wrapLines keeps a too-long word on its own line', () => {
    expect(wrapLines('a verylongword b', 30, 10)).toEqual(['a', 'verylongword', 'b']);
  });

  it('blockHeight counts the text box of the first line and the spacing of the rest', () => {
    expect(blockHeight(0, 13, 16)).toBe(0);
    expect(blockHeight(1, 10, 16)).toBeCloseTo(14.5);
    expect(blockHeight(3, 10, 16)).toBeCloseTo(46.5);
  });

  it('withTail always keeps the tail whole', () => {
    expect(withTail('Sberbank chief', ': 1,000,000', 400, 13)).toBe('Sberbank chief: 1,000,000');
    expect(withTail('Sberbank chief executive Gref', ': 1,000,000', 120, 13)).toMatch(/…: 1,000,000$/);
  });

  it('isShortened tells wrapped text from shortened text', () => {
    expect(isShortened(['United', 'States'], 'United States')).toBe(false);
    expect(isShortened(['United', 'States…'], 'United States of America')).toBe(true);
  });
});

describe('fitBalanced', () => {
  it('balances a label that fits (no lone last word), on the lines the greedy wrap takes', () => {
    const width = textWidth('Sectors ready for', 13) + 1;
    expect(wrapLines('Sectors ready for AI', width, 13)).toEqual(['Sectors ready for', 'AI']);
    const balanced = fitBalanced('Sectors ready for AI', width, 13, 2);
    expect(balanced).toHaveLength(2);
    expect(balanced.join(' ')).toBe('Sectors ready for AI');
    // Narrower than the greedy wrap's widest line, with no word left alone at the end.
    expect(Math.max(...balanced.map((l) => textWidth(l, 13)))).toBeLessThan(textWidth('Sectors ready for', 13));
    expect(balanced[1]!.split(' ').length).toBeGreaterThan(1);
  });

  it('ends on a label whose every word already has a line (it had looped for ever on "United / Kingdom")', () => {
    expect(balancedLines('United Kingdom', textWidth('Kingdom', 13) + 2, 13)).toEqual(['United', 'Kingdom']);
  });

  it('cuts what does not fit as fitLines does', () => {
    const long = 'A label far too long to be written whole on two short lines of a narrow card';
    expect(fitBalanced(long, 90, 13, 2)).toEqual(fitLines(long, 90, 13, 2));
  });
});
