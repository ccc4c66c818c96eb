import { describe, expect, it } from 'vitest';
import { narrowest } from './narrowest';
import { fitLines } from './text';

describe('narrowest', () => {
  /** The definition, a pixel at a time. */
  const byPixels = (texts: string[], fontSize: number, widest: number, lines: number) => {
    let width = widest;
    while (width > 1 && texts.every((t) => fitLines(t, width - 1, fontSize, lines).join(' ') === t)) width -= 1;
    return width;
  };
  const words = ['Russia', '31st', 'United', 'Kingdom', '4th', 'of', 'Singapore', 'a', 'Sberbank–China', 'research', '2,000'];

  it('finds the same width as stepping down a pixel at a time', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let i = 0; i < 300; i++) {
      const texts = Array.from({ length: 1 + Math.floor(random() * 3) }, () => Array.from({ length: 1 + Math.floor(random() * 5) }, () => words[Math.floor(random() * words.length)]).join(' '));
      const widest = 20 + random() * 300;
      const lines = 1 + Math.floor(random() * 3);
      expect(narrowest(texts, 12, widest, lines), `${JSON.stringify(texts)} ${widest} ${lines}`).toBe(byPixels(texts, 12, widest, lines));
    }
  });
});
