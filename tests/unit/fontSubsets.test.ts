/**
 * The committed font subsets (src/fonts/, cut by scripts/subsetFonts.ts) carry every character
 * the content and the code use that the full fonts have: a new word with "é" or a new Cyrillic
 * name must not silently fall back to a system font. The fix is `npx node scripts/subsetFonts.ts`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { create, type Font } from 'fontkitten';
import { describe, expect, test } from 'vitest';
import { FONT_DIR, FONT_FILES, ROOT, unicodeRange, usedCodePoints } from '../../scripts/fontChars.ts';
import type { SubsetEntry } from '../../scripts/subsetFonts.ts';

const require = createRequire(join(ROOT, 'package.json'));
const entries: SubsetEntry[] = JSON.parse(readFileSync(join(FONT_DIR, 'fonts.json'), 'utf8'));
const used = usedCodePoints();
const ALL_SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'vietnamese'];
const show = (cp: number) => `${String.fromCodePoint(cp)} (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`;

describe('font subsets', () => {
  const faces = [...new Set(FONT_FILES.map((f) => `${f.family}|${f.style}`))];
  for (const face of faces) {
    const [family, style] = face.split('|') as [string, string];
    test(`${family} ${style} has every character the site uses that the full font has`, () => {
      const mine = entries.filter((e) => e.family === family && e.style === style);
      expect(mine.length, 'subsets listed in src/fonts/fonts.json').toBeGreaterThan(0);
      const covered = new Set<number>();
      for (const entry of mine) {
        const font = create(readFileSync(join(FONT_DIR, entry.file))) as Font;
        // The declared unicode-range is what the subset really has.
        expect(unicodeRange(font.characterSet.filter((cp) => cp >= 0x20 && cp < 0xfffe)), entry.file).toBe(entry.unicodeRange);
        for (const cp of font.characterSet) covered.add(cp);
      }
      const base = FONT_FILES.find((f) => f.family === family && f.style === style)!.source;
      const full = ALL_SUBSETS.map((subset) => {
        try {
          return create(readFileSync(require.resolve(base.replace('-latin-', `-${subset}-`)))) as Font;
        } catch {
          return undefined;
        }
      }).filter((font): font is Font => font !== undefined);
      const missing = [...used].filter((cp) => !covered.has(cp) && full.some((font) => font.hasGlyphForCodePoint(cp)));
      expect(missing.map(show), 'characters in use but not in the subsets: run npx node scripts/subsetFonts.ts').toEqual([]);
    });
  }
});
