/**
 * Cuts the site's web fonts down to the characters it uses (plus a margin, see fontChars.ts)
 * and writes them to src/fonts/ with src/fonts/fonts.json, which astro.config.mjs reads to
 * declare one @font-face per subset with its unicode-range. Run after adding text in a new
 * script or with a new symbol (tests/unit/fontSubsets.test.ts says when):
 *
 *   npx node scripts/subsetFonts.ts
 *
 * The sans keeps its weight axis, 400-700 (the styles set 400, 600 and 700); the serif is cut
 * into static 400 and 700 instances (fontChars.ts says why).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { create, type Font } from 'fontkitten';
import subsetFont from 'subset-font';
import { CORES, FONT_DIR, FONT_FILES, LAYOUT_FEATURES, MARGIN, ROOT, unicodeRange, usedCodePoints } from './fontChars.ts';

/** One subset as astro.config.mjs declares it. */
export interface SubsetEntry {
  family: string;
  style: 'normal' | 'italic';
  /** The CSS font-weight the file serves. */
  weight: string;
  subset: string;
  file: string;
  unicodeRange: string;
  codePoints: number;
  bytes: number;
}

export const WEIGHTS = { min: 400, max: 700 } as const;

async function main() {
  const require = createRequire(join(ROOT, 'package.json'));
  const used = usedCodePoints();
  // The subsets only: fallbacks.json beside them is scripts/fallbackMetrics.ts's.
  mkdirSync(FONT_DIR, { recursive: true });
  for (const name of readdirSync(FONT_DIR)) if (name.endsWith('.woff2')) rmSync(join(FONT_DIR, name));
  const entries: SubsetEntry[] = [];
  // A code point goes to the first subset (latin, latin-ext, cyrillic, greek) that has it, so
  // the unicode-ranges of one family and style never overlap.
  const claimed = new Map<string, Set<number>>();
  for (const file of FONT_FILES) {
    const source = readFileSync(require.resolve(file.source));
    const font = create(source) as Font;
    const key = `${file.family}/${file.style}/${file.weight}`;
    const taken = claimed.get(key) ?? new Set<number>();
    claimed.set(key, taken);
    // Latin is cut into the core file and the rest ('latin-more'; fontChars.ts CORE).
    const wanted = [...used, ...MARGIN[file.subset]!];
    const core = CORES[file.family];
    const keep = [...new Set(wanted)]
      .filter((cp) => font.hasGlyphForCodePoint(cp) && !taken.has(cp) && (file.subset !== 'latin' || core.has(cp)))
      .sort((a, b) => a - b);
    // A subset only the margin asks for is skipped unless it is the main (latin) one.
    if (!keep.some((cp) => used.has(cp))) continue;
    for (const cp of keep) taken.add(cp);
    const text = String.fromCodePoint(...keep);
    const wght = file.weight === '400 700' ? WEIGHTS : Number(file.weight);
    const out = await subsetFont(source, text, { targetFormat: 'woff2', variationAxes: { wght }, keepFeatures: LAYOUT_FEATURES });
    writeFileSync(join(FONT_DIR, file.out), out);
    entries.push({
      family: file.family,
      style: file.style,
      weight: file.weight,
      subset: file.subset,
      file: file.out,
      unicodeRange: unicodeRange(keep),
      codePoints: keep.length,
      bytes: out.length,
    });
    console.log(`${file.out}: ${keep.length} characters, ${source.length} -> ${out.length} bytes`);
  }
  writeFileSync(join(FONT_DIR, 'fonts.json'), `${JSON.stringify(entries, null, 2)}\n`);
}

if (import.meta.main) await main();
