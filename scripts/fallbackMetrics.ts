/**
 * Measures the metric-matched fallbacks the first paint is set in (issue 18): for each web font
 * face (family, style, weight), how much a local fallback must be scaled so that the site's own
 * prose takes the same width in both, and the web font's ascent and descent for the same line
 * box. Written to src/fonts/fallbacks.json; src/components/WebFonts.astro turns it into
 * @font-face rules. Run after the fonts or the prose change much:
 *   npx node scripts/fallbackMetrics.ts
 *
 * Astro's own fallbacks scale one face for all weights from a letter-frequency table, and name
 * only the regular face, so bold text was set in the regular fallback and wrapped differently
 * from the web font. Here every weight the CSS uses gets its own face, matched on the chapters'
 * text, in Chromium (the shaping the reader's browser does). The fallbacks are measured on the
 * Liberation fonts, which are drawn to the advance widths of Times New Roman and Arial, so the
 * same scale serves both names.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumPath } from './chromium.ts';
import type { FallbackFace } from '../src/lib/fontFaces.ts';
import { FONT_DIR, FONT_FILES, ROOT } from './fontChars.ts';

/** The weights the site's CSS sets, and the range of requested weights each face serves. */
const WEIGHTS = [
  { weight: 400, range: '400 550' },
  { weight: 600, range: '551 650' },
  { weight: 700, range: '651 700' },
] as const;

/** Local fallbacks by family: full names, Windows and macOS first, then their Liberation twins. */
const LOCALS: Record<FallbackFace['family'], { base: string[]; measured: string }> = {
  'Source Serif 4': { base: ['Times New Roman', 'Liberation Serif'], measured: 'Liberation Serif' },
  'Source Sans 3': { base: ['Arial', 'Liberation Sans'], measured: 'Liberation Sans' },
};
type Family = FallbackFace['family'];

/** Each family, style and weight the site cuts, measured on its Latin subset. */
const FACES = FONT_FILES.filter((font) => font.subset === 'latin');
/** The CSS weights a file draws: all three from the variable sans; 400 from the serif's 400, 600 and 700 from its 700. */
const serves = (face: (typeof FACES)[number], weight: number) => face.weight === '400 700' || (weight >= 600) === (face.weight === '700');

/** The chapters' prose, without front matter, directives and citations. */
function prose(): string {
  const dir = join(ROOT, 'content/chapters');
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => readFileSync(join(dir, name), 'utf8').replace(/^---[\s\S]*?\n---\n/, ''))
    .join('\n')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith(':'))
    .join(' ')
    .replace(/:cite\[[^\]]*\]/g, '')
    .replace(/:term\[([^\]]*)\]\{[^}]*\}/g, '$1')
    .replace(/[*_#>]/g, '')
    .replace(/\s+/g, ' ');
}

/** Full local() names of a family's face: "Times New Roman Bold Italic", … */
function localNames(family: Family, style: 'normal' | 'italic', weight: number): string[] {
  const suffix = [weight >= 600 ? 'Bold' : '', style === 'italic' ? 'Italic' : ''].filter(Boolean).join(' ');
  return LOCALS[family].base.map((name) => (suffix ? `${name} ${suffix}` : name));
}

const browser = await chromium.launch(chromiumPath);
const page = await browser.newPage();
const text = prose();
const faces: FallbackFace[] = [];
for (const face of FACES) {
  const bytes = readFileSync(join(FONT_DIR, face.out)).toString('base64');
  for (const { weight, range } of WEIGHTS.filter(({ weight }) => serves(face, weight))) {
    const m = await page.evaluate(
      async ({ bytes, style, weight, fallback, text, served }) => {
        const data = Uint8Array.from(atob(bytes), (c) => c.charCodeAt(0));
        const name = `Web ${style} ${Math.random()}`;
        const web = new FontFace(name, data, { style, weight: served });
        await web.load();
        document.fonts.add(web);
        const ctx = document.createElement('canvas').getContext('2d')!;
        const measure = (family: string) => {
          ctx.font = `${style} ${weight} 100px ${family}`;
          const metrics = ctx.measureText(text);
          return { width: metrics.width, ascent: metrics.fontBoundingBoxAscent / 100, descent: metrics.fontBoundingBoxDescent / 100 };
        };
        const local = measure(`"${fallback}"`);
        // A missing local font falls back silently: compare with a name no machine has.
        if (local.width === measure('"No Such Font", monospace').width) throw new Error(`${fallback} is not installed`);
        return { web: measure(`"${name}"`), local };
      },
      { bytes, style: face.style, weight, fallback: LOCALS[face.family].measured, text, served: face.weight },
    );
    const sizeAdjust = m.web.width / m.local.width;
    const round = (x: number) => Math.round(x * 10000) / 10000;
    faces.push({
      family: face.family,
      style: face.style,
      weight: range,
      local: localNames(face.family, face.style, weight),
      sizeAdjust: round(sizeAdjust),
      ascent: round(m.web.ascent / sizeAdjust),
      descent: round(m.web.descent / sizeAdjust),
    });
  }
}
await browser.close();
writeFileSync(join(FONT_DIR, 'fallbacks.json'), `${JSON.stringify(faces, null, 2)}\n`);
console.log(faces.map((f) => `${f.family} ${f.style} ${f.weight}: size-adjust ${(f.sizeAdjust * 100).toFixed(2)}%`).join('\n'));
