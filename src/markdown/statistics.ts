/**
 * Finds a figure in prose: any number other than a bare year. A paragraph or step that
 * states one must cite a source in the same block (the newsroom rule: every number sourced).
 */
const NUMBER = /[$£€]?\d[\d,.]*(?:st|nd|rd|th)?(?:\s?(?:%|per cent|percent|trillion|billion|million|bn))?/g;
const YEAR = /^(?:1[89]|20)\d{2}s?$/;

export function findUncitedFigure(text: string): string | undefined {
  for (const match of text.matchAll(NUMBER)) {
    const token = match[0].replace(/[.,]+$/, '');
    const followedByS = text[match.index + match[0].length] === 's';
    if (YEAR.test(token) || (followedByS && YEAR.test(`${token}s`))) continue;
    return token;
  }
  return undefined;
}
