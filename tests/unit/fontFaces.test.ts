import { describe, expect, it } from 'vitest';
import fallbacks from '../../src/fonts/fallbacks.json';
import { fontCss, type FallbackFace } from '../../src/lib/fontFaces';

// What Astro's <Font> writes, trimmed: a web face, its one fallback for all weights, the stack.
const ASTRO = [
  '@font-face{font-family:"Source Sans 3-abc";src:url("/_astro/fonts/1.woff2") format("woff2");font-display:optional;unicode-range:U+20-7E,U+A0-BF;font-weight:400 700;font-style:normal;}',
  '@font-face{font-family:"Source Sans 3-abc fallback: Arial";src:local("Arial");font-display:swap;font-weight:400 700;font-style:normal;size-adjust:93.7639%;ascent-override:109.2105%;descent-override:42.6604%;line-gap-override:0%;}',
  ':root{--font-source-sans:"Source Sans 3-abc","Source Sans 3-abc fallback: Arial",Arial,sans-serif}',
].join('');

describe('fontCss', () => {
  const firstPaint = fontCss(ASTRO, fallbacks as FallbackFace[]);

  it('keeps the web faces as Astro wrote them, less the default words', () => {
    expect(firstPaint).toContain('@font-face{font-family:"Source Sans 3-abc";src:url("/_astro/fonts/1.woff2");font-display:optional;unicode-range:U+20-7E,U+A0-BF;font-weight:400 700;}');
  });

  it('keeps one fallback family per font: the first, whose faces serve every weight', () => {
    // Astro names one fallback per static file (the serif's 400 and 700).
    const serif = [
      '@font-face{font-family:"Source Serif 4-abc";src:url("/_astro/fonts/2.woff2") format("woff2");font-display:optional;font-weight:400;font-style:normal;}',
      '@font-face{font-family:"Source Serif 4-abc fallback: Times New Roman";src:local("Times New Roman");font-weight:400;}',
      '@font-face{font-family:"Source Serif 4-abc fallback: Times New Roman Bold";src:local("Times New Roman Bold");font-weight:700;}',
      ':root{--font-source-serif:"Source Serif 4-abc","Source Serif 4-abc fallback: Times New Roman","Source Serif 4-abc fallback: Times New Roman Bold",Georgia,serif}',
    ].join('');
    const css = fontCss(serif, fallbacks as FallbackFace[]);
    expect(css).toContain('--font-source-serif:"Source Serif 4-abc","Source Serif 4-abc fallback: Times New Roman",Georgia,serif}');
    expect(css).not.toContain('fallback: Times New Roman Bold');
    expect([...css.matchAll(/font-family:"Source Serif 4-abc fallback: Times New Roman"/g)].length).toBeGreaterThanOrEqual(4);
  });

  it('keeps the font stacks, under the fallback name Astro gave', () => {
    expect(firstPaint).toContain(':root{--font-source-sans:"Source Sans 3-abc","Source Sans 3-abc fallback: Arial"');
    expect(firstPaint).not.toContain('size-adjust:93.7639%');
  });

  it('sets a measured fallback for each weight, naming the bold face for bold', () => {
    const faces = [...firstPaint.matchAll(/@font-face\{[^}]*\}/g)].map((m) => m[0]);
    const local = faces.filter((face) => face.includes('local('));
    expect(local).toHaveLength(3);
    expect(local.every((face) => face.includes('font-family:"Source Sans 3-abc fallback: Arial"'))).toBe(true);
    expect(local.map((face) => /font-weight:([^;]+);/.exec(face)?.[1])).toEqual(['400 550', '551 650', '651 700']);
    expect(local[0]).toContain('src:local("Arial"),local("Liberation Sans")');
    expect(local[2]).toContain('src:local("Arial Bold"),local("Liberation Sans Bold")');
  });

  it('fails the build, naming the fix, for a family with no measured fallback', () => {
    expect(() => fontCss(ASTRO.replaceAll('Source Sans 3-abc', 'Other-abc'), fallbacks as FallbackFace[])).toThrow(/fallbackMetrics/);
  });
});
