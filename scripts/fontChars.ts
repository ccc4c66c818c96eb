/**
 * The characters the site sets in its web fonts, and the subsets that carry them.
 * Shared by scripts/subsetFonts.ts (which writes the subsets) and tests/unit/fontSubsets.test.ts
 * (which fails when the content uses a character no subset has).
 *
 * Each font is cut into script subsets, as fontsource cuts them, each with its `unicode-range`:
 * a browser downloads a subset only when the page uses one of its characters, so the Cyrillic
 * and Greek of source titles and quotes cost nothing on a page without them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
/** Where the subsets live; astro.config.mjs points its fonts at these files. */
export const FONT_DIR = join(ROOT, 'src/fonts');

/** Folders whose text may end up on a page (prose, data, sources, labels in code). */
const SCANNED = ['content', 'src'];
const TEXT = /\.(md|ya?ml|json|csv|astro|svelte|ts)$/;

/** Every code point above ASCII control range used in the content and the source code. */
export function usedCodePoints(root = ROOT): Set<number> {
  const used = new Set<number>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'fonts') walk(path);
      } else if (TEXT.test(name)) {
        for (const ch of readFileSync(path, 'utf8')) {
          const cp = ch.codePointAt(0)!;
          if (cp >= 0x20) used.add(cp);
        }
      }
    }
  };
  for (const dir of SCANNED) walk(join(root, dir));
  return used;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * Room for words not yet written: all of ASCII, the Latin-1 punctuation and signs (no accented
 * letters: tests/unit/fontSubsets.test.ts fails when a new word needs one, and this script adds
 * it), the common general punctuation (dashes, quotes, ellipsis, primes), the euro and the
 * arrows and maths signs a chart label might use.
 */
const LATIN_MARGIN = [...range(0x20, 0x7e), ...range(0xa0, 0xbf), 0xd7, 0xf7, ...range(0x2010, 0x2027), ...range(0x2030, 0x203a), 0x20ac, ...range(0x2190, 0x2193), 0x2122, 0x2212, 0x2248, 0x2264, 0x2265];
export const MARGIN: Record<string, number[]> = {
  latin: LATIN_MARGIN,
  // Latin's glyphs beyond the core (see CORE): the same margin, less what 'latin' took first.
  'latin-more': LATIN_MARGIN,
  'latin-ext': [],
  // The whole basic Cyrillic block: a new Russian or Ukrainian name needs no new subset.
  cyrillic: range(0x400, 0x45f),
  greek: [],
};

/**
 * What the 'latin' file holds: ASCII and the punctuation of almost every screen (dashes, curly
 * quotes, ellipsis, bullet, middle dot, no-break space, minus). The rest of Latin (accented
 * letters, signs, arrows) is 'latin-more', fetched only by a page that sets one of them. The
 * two files a first paint needs then each arrive in the first window of a connection (about
 * 14 KB with the response's headers), a round trip sooner on Lighthouse's simulated phone
 * connection (issue 18; README, Performance, stop 34).
 */
export const CORE = new Set([...range(0x20, 0x7e), 0xa0, 0xb7, 0x2011, 0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2026, 0x2212]);
/**
 * The accented letters and guillemets the content sets (a name, a quoted title), in the serif's
 * core: one in a chapter's prose fetched 'latin-more' mid-scroll, and its arrival laid out all
 * the text on screen again, a 77 ms task at 4x CPU (issue 18, stop 39). The serif's core stays
 * under a first window (11.5 KB); the sans's would not (15.3 KB), and its text is labels and
 * controls, which rarely set one.
 */
const USED_LETTERS = [...usedCodePoints()].filter((cp) => (cp >= 0xc0 && cp <= 0xff && cp !== 0xd7 && cp !== 0xf7) || cp === 0xab || cp === 0xbb);
/** ASCII no page sets in the sans (measured over every page of the build, stop 34): left to 'latin-more'. ("<" stays: the subsetter keeps it in the file all the same, and the declared range must match the file.) */
const NOT_IN_SANS_CORE = new Set([...'#*@\\^~'].map((c) => c.codePointAt(0)!));
/** The core of each family's 'latin' file. */
export const CORES: Record<FontFile['family'], Set<number>> = {
  'Source Serif 4': new Set([...CORE, ...USED_LETTERS]),
  'Source Sans 3': new Set([...CORE].filter((cp) => !NOT_IN_SANS_CORE.has(cp))),
};

/**
 * The OpenType features kept: those browsers apply to Latin, Cyrillic and Greek text by default,
 * and tabular figures (the charts' `font-variant-numeric: tabular-nums`). The fonts' other
 * features (small capitals, fractions, superiors, alternates) are set nowhere, and keeping them
 * kept their glyphs: 2 KB of the sans.
 */
export const LAYOUT_FEATURES = ['ccmp', 'locl', 'mark', 'mkmk', 'kern', 'liga', 'clig', 'calt', 'rlig', 'tnum'];

export interface FontFile {
  /** Family as the site names it. */
  family: 'Source Serif 4' | 'Source Sans 3';
  style: 'normal' | 'italic';
  /** fontsource's subset name. */
  subset: keyof typeof MARGIN;
  /** The fontsource file the subset is cut from. */
  source: string;
  /** The subset written into src/fonts/. */
  out: string;
  /** The CSS font-weight it serves: the variable range, or one static weight cut from it. */
  weight: '400 700' | '400' | '700';
}

const SUBSETS = ['latin', 'latin-more', 'latin-ext', 'cyrillic', 'greek'] as const;
/** The fontsource file a subset is cut from: 'latin-more' is the rest of the Latin file. */
const sourceSubset = (subset: (typeof SUBSETS)[number]) => (subset === 'latin-more' ? 'latin' : subset);

// The serif (the prose) is cut into its two weights, 400 and 700 (bold in the text): a static
// instance is about half the variable file (Latin 28.9 -> 16.0 KB) and the first paint needs only
// the 400 (issue 18). The sans sets 400, 600 and 700 on most screens, so it stays variable.
export const FONT_FILES: FontFile[] = [
  ...(['normal', 'italic'] as const).flatMap((style) =>
    (['400', '700'] as const).flatMap((weight) =>
      SUBSETS.map((subset) => ({
        family: 'Source Serif 4' as const,
        style,
        subset,
        source: `@fontsource-variable/source-serif-4/files/source-serif-4-${sourceSubset(subset)}-wght-${style}.woff2`,
        out: `source-serif-4-${subset}-${style}-${weight}.woff2`,
        weight,
      })),
    ),
  ),
  ...SUBSETS.map((subset) => ({
    family: 'Source Sans 3' as const,
    style: 'normal' as const,
    subset,
    source: `@fontsource-variable/source-sans-3/files/source-sans-3-${sourceSubset(subset)}-wght-normal.woff2`,
    out: `source-sans-3-${subset}-normal.woff2`,
    weight: '400 700' as const,
  })),
];

/** Code points as a CSS unicode-range value, merged into runs. */
export function unicodeRange(codePoints: Iterable<number>): string {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    const hex = (n: number) => n.toString(16).toUpperCase();
    parts.push(i === j ? `U+${hex(sorted[i]!)}` : `U+${hex(sorted[i]!)}-${hex(sorted[j]!)}`);
    i = j + 1;
  }
  return parts.join(', ');
}
