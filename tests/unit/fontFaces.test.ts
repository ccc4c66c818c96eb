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

  it('keeps the web faces as Astro wrote them', () => {
    expect(firstPaint).toContain(ASTRO.slice(0, ASTRO.indexOf('}') + 1));
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
