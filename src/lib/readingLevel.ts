/**
 * Reading level as a Flesch-Kincaid grade: 0.39 × (words / sentences) + 11.8 × (syllables /
 * words) − 15.59 (Kincaid et al. 1975). Syllables are estimated from spelling (vowel groups,
 * a silent final e, a few common two-vowel splits), which is how readability tools do it; the
 * grade is an estimate for choosing a class, not a measurement.
 */

export interface ReadingLevel {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch-Kincaid grade, one decimal. */
  grade: number;
}

const WORD = /[A-Za-z]+(?:['’][A-Za-z]+)*/g;

/** Estimated syllables in one English word (at least one). */
export function syllables(word: string): number {
  let w = word.toLowerCase().replace(/['’]s$/, '').replace(/[^a-z]/g, '');
  if (w.length === 0) return 0;
  if (w.length <= 3) return 1;
  // Silent endings: "make", "shared", "goes"; but "table", "wanted", "boxes" keep their vowel.
  if (/[^aeiouy]e$/.test(w) && !/[^aeiouy]le$/.test(w)) w = w.slice(0, -1);
  else if (/[^aeiouytd]ed$/.test(w)) w = w.slice(0, -2);
  else if (/[^aeiouy]es$/.test(w) && !/(?:[sxz]|ch|sh|ge|ce)es$/.test(w)) w = w.slice(0, -2);
  let count = (w.match(/[aeiouy]+/g) ?? []).length;
  // Vowel pairs that are usually two syllables: "ia" (Australia, but not -cial/-tial/Russia), "io" (not
  // -tion/-sion/-cious), "eo" (video), "ua" (actual), "uo", "ii".
  count += (w.match(/[^cst]ia|[^cstx]io|eo|ua|uo|ii/g) ?? []).length;
  return Math.max(1, count);
}

/** Splits text into sentences: a run ending in . ! or ? (or the end of the text). */
export function sentenceCount(text: string): number {
  // Decimal points, initials and common abbreviations are not sentence ends.
  const cleaned = text
    .replace(/(\d)\.(\d)/g, '$1$2')
    .replace(/\b(?:e\.g|i\.e|etc|Mr|Mrs|Dr|St|vs|U\.S|U\.K)\./gi, 'abbr')
    .replace(/\bNo\.(?=\s*\d)/g, 'No')
    .replace(/\b[A-Z]\./g, 'X');
  const parts = cleaned.split(/[.!?]+(?=\s|$)/).filter((p) => WORD.test(p) && (WORD.lastIndex = 0) === 0);
  return Math.max(1, parts.length);
}

/** Flesch-Kincaid grade of a text (words are runs of letters; numbers are not counted). */
export function readingLevel(text: string): ReadingLevel {
  const words = text.match(WORD) ?? [];
  const sentences = sentenceCount(text);
  const syl = words.reduce((sum, w) => sum + syllables(w), 0);
  if (words.length === 0) return { words: 0, sentences: 0, syllables: 0, grade: 0 };
  const grade = 0.39 * (words.length / sentences) + 11.8 * (syl / words.length) - 15.59;
  return { words: words.length, sentences, syllables: syl, grade: Math.round(grade * 10) / 10 };
}

/** How a grade reads on the page, e.g. "US grade 11 (Flesch-Kincaid)". */
export function describeLevel(grade: number): string {
  const g = Math.max(1, Math.round(grade));
  if (g > 16) return 'graduate level (Flesch-Kincaid)';
  if (g > 12) return `college level, grade ${g} (Flesch-Kincaid)`;
  return `US school grade ${g} (Flesch-Kincaid)`;
}
