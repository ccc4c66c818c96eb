/**
 * Rewrites the CSS that Astro's <Font> writes (src/components/WebFonts.astro): its one local
 * fallback face for all weights becomes one face per weight the site sets, measured by
 * scripts/fallbackMetrics.ts into src/fonts/fallbacks.json. The web font faces and the
 * font-stack variables are kept as they are.
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

export function fontCss(css: string, fallbacks: readonly FallbackFace[]): string {
  const fallbackNames = new Set<string>();
  let rest = css.replace(FACE, (rule, body: string) => {
    const d = descriptors(body);
    // Every file is woff2 and `normal` is the default style: the words cost each page's CSS.
    if ((d.get('src') ?? '').includes('url(')) return rule.replace(' format("woff2")', '').replace(/;?font-style:\s*normal\s*(;|\})/, '$1');
    fallbackNames.add((d.get('font-family') ?? '').replace(/^["']|["']$/g, ''));
    return '';
  });
  // Astro names one fallback family per static file of a family (the serif's 400 and 700); the
  // measured faces of the first serve every weight and style, so the others go, from the font
  // stacks too (fewer faces to send, fewer local fonts for the browser to look up).
  const kept = new Map<string, string>();
  for (const name of fallbackNames) {
    const family = name.replace(/-[0-9a-f]+ fallback: .*$/, '');
    if (!kept.has(family)) kept.set(family, name);
    else rest = rest.replaceAll(`,"${name}"`, '');
  }
  return [...kept.values()].map((name) => fallbackRules(name, fallbacks)).join('') + rest.trim();
}
