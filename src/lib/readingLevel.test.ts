import { describe, expect, it } from 'vitest';
import { describeLevel, readingLevel, sentenceCount, syllables } from './readingLevel';

describe('syllables', () => {
  it.each([
    ['cat', 1],
    ['the', 1],
    ['make', 1],
    ['shared', 1],
    ['table', 2],
    ['wanted', 2],
    ['boxes', 2],
    ['mammal', 2],
    ['hybrid', 2],
    ['creature', 2],
    ['platypus', 3],
    ['seemingly', 3],
    ['Australian', 4],
    ['reptilian', 4],
    ['nation', 2],
    ['special', 2],
    ['intelligence', 4],
    ['artificial', 4],
    ['video', 3],
    ["Russia's", 2],
  ])('%s has %i', (word, expected) => {
    expect(syllables(word)).toBe(expected);
  });
});

describe('sentenceCount', () => {
  it('ignores decimals and abbreviations', () => {
    expect(sentenceCount('Output fell 2.5 per cent. The U.S. said so, e.g. in May. Why?')).toBe(3);
  });
  it('does not end a sentence at "No." before a number', () => {
    expect(sentenceCount('Putin signed Decree No. 490 in 2019. It set goals.')).toBe(2);
  });
  it('counts a text without a full stop as one sentence', () => {
    expect(sentenceCount('no punctuation here')).toBe(1);
  });
});

describe('readingLevel', () => {
  it('scores a simple sentence below first grade', () => {
    // 6 words, 1 sentence, 6 syllables: 0.39*6 + 11.8*1 - 15.59 = -1.45
    expect(readingLevel('The cat sat on the mat.').grade).toBe(-1.4);
  });
  it('scores the textbook example at about grade 13', () => {
    // Widely used example: 13 words, 26 syllables, one sentence -> grade 13.1.
    const level = readingLevel('The Australian platypus is seemingly a hybrid of a mammal and reptilian creature.');
    expect(level).toMatchObject({ words: 13, sentences: 1, syllables: 26 });
    expect(level.grade).toBeCloseTo(13.1, 1);
  });
  it('grades long words and sentences higher than short ones', () => {
    const easy = readingLevel('We ran home. It was cold. The dog slept.');
    const hard = readingLevel('International sanctions restricted semiconductor availability, constraining computational infrastructure development considerably.');
    expect(hard.grade).toBeGreaterThan(easy.grade + 10);
  });
  it('returns zero for empty text', () => {
    expect(readingLevel('').grade).toBe(0);
  });
});

describe('describeLevel', () => {
  it('names school, college and graduate levels', () => {
    expect(describeLevel(8.4)).toBe('US school grade 8 (Flesch-Kincaid)');
    expect(describeLevel(14)).toBe('college level, grade 14 (Flesch-Kincaid)');
    expect(describeLevel(19)).toBe('graduate level (Flesch-Kincaid)');
  });
});
