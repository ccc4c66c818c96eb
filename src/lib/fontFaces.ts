/**
 * Rewrites the CSS that Astro's <Font> writes into what the first paint needs and what follows
 * it (src/components/WebFonts.astro, issue 18):
 * - the first paint gets the font-stack variables and metric-matched local fallbacks, one face
 *   per weight the site sets (measured by scripts/fallbackMetrics.ts into
 *   src/fonts/fallbacks.json) in place of Astro's one face for all weights;
 * - the web font faces are returned as data, for a script to add after the first paint.
 */

/** One measured fallback face (src/fonts/fallbacks.json). */
export interface FallbackFace {
  family: 'Source Serif 4' | 'Source Sans 3';
  style: 'normal' | 'italic';
  /** The requested weights this face serves (a font-weight range). */
  weight: string;
  /** local() names, in order. */
  local: string[];
  /** size-adjust, as a fraction. */
  sizeAdjust: number;
  /** ascent-override and descent-override, as fractions of the font size. */
  ascent: number;
  descent: number;
}

/** One web font face: the FontFace constructor's family, source and descriptors in one object. */
export interface LateFace {
  family: string;
  /** The CSS `src` value: `url("…") format("woff2")`. */
  src: string;
  style: string;
  weight: string;
  unicodeRange: string;
  /** For a reader who has the fonts already (WebFonts.astro sets `swap` on a first visit). */
  display: 'optional';
}

const FACE = /@font-face\s*\{([^}]*)\}/g;

/** A face's descriptors, name -> value (values hold no semicolons). */
function descriptors(body: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of body.split(';')) {
    const colon = part.indexOf(':');
    if (colon > 0) map.set(part.slice(0, colon).trim(), part.slice(colon + 1).trim());
  }
  return map;
}

const percent = (x: number) => `${(x * 100).toFixed(2)}%`;

/** The measured faces under the fallback family name Astro gave (its font stacks use it). */
function fallbackRules(name: string, faces: readonly FallbackFace[]): string {
  const own = faces.filter((face) => name.startsWith(`${face.family}-`));
  if (!own.length) throw new Error(`No measured fallback for "${name}" in src/fonts/fallbacks.json: run npx node scripts/fallbackMetrics.ts`);
  return own
    .map(
      (face) =>
        `@font-face{font-family:"${name}";src:${face.local.map((n) => `local("${n}")`).join(',')};font-style:${face.style};` +
        `font-weight:${face.weight};size-adjust:${percent(face.sizeAdjust)};ascent-override:${percent(face.ascent)};` +
        `descent-override:${percent(face.descent)};line-gap-override:0%}`,
    )
    .join('');
}

export function splitFontCss(css: string, fallbacks: readonly FallbackFace[]): { firstPaint: string; late: LateFace[] } {
  const late: LateFace[] = [];
  const fallbackNames = new Set<string>();
  const rest = css.replace(FACE, (_, body: string) => {
    const d = descriptors(body);
    const family = (d.get('font-family') ?? '').replace(/^["']|["']$/g, '');
    const src = d.get('src') ?? '';
    if (src.includes('url(')) {
      late.push({
        family,
        src,
        style: d.get('font-style') ?? 'normal',
        weight: d.get('font-weight') ?? '400',
        unicodeRange: d.get('unicode-range') ?? 'U+0-10FFFF',
        display: 'optional',
      });
    } else {
      fallbackNames.add(family);
    }
    return '';
  });
  const firstPaint = [...fallbackNames].map((name) => fallbackRules(name, fallbacks)).join('') + rest.trim();
  return { firstPaint, late };
}
