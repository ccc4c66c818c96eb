import { describe, expect, it } from 'vitest';
import fallbacks from '../../src/fonts/fallbacks.json';
import { splitFontCss, type FallbackFace } from '../../src/lib/fontFaces';

// What Astro's <Font> writes, trimmed: a web face, its one fallback for all weights, the stack.
const ASTRO = [
  '@font-face{font-family:"Source Sans 3-abc";src:url("/_astro/fonts/1.woff2") format("woff2");font-display:optional;unicode-range:U+20-7E,U+A0-BF;font-weight:400 700;font-style:normal;}',
  '@font-face{font-family:"Source Sans 3-abc fallback: Arial";src:local("Arial");font-display:swap;font-weight:400 700;font-style:normal;size-adjust:93.7639%;ascent-override:109.2105%;descent-override:42.6604%;line-gap-override:0%;}',
  ':root{--font-source-sans:"Source Sans 3-abc","Source Sans 3-abc fallback: Arial",Arial,sans-serif}',
].join('');

describe('splitFontCss', () => {
  const { firstPaint, late } = splitFontCss(ASTRO, fallbacks as FallbackFace[]);

  it('takes the web faces out of the first paint, as data for the script', () => {
    expect(firstPaint).not.toContain('url(');
    expect(late).toEqual([
      { family: 'Source Sans 3-abc', src: 'url("/_astro/fonts/1.woff2") format("woff2")', style: 'normal', weight: '400 700', unicodeRange: 'U+20-7E,U+A0-BF', display: 'optional' },
    ]);
  });

  it('keeps the font stacks, under the fallback name Astro gave', () => {
    expect(firstPaint).toContain(':root{--font-source-sans:"Source Sans 3-abc","Source Sans 3-abc fallback: Arial"');
    expect(firstPaint).not.toContain('size-adjust:93.7639%');
  });

  it('sets a measured fallback for each weight, naming the bold face for bold', () => {
    const faces = [...firstPaint.matchAll(/@font-face\{[^}]*\}/g)].map((m) => m[0]);
    expect(faces).toHaveLength(3);
    expect(faces.every((face) => face.includes('font-family:"Source Sans 3-abc fallback: Arial"'))).toBe(true);
    expect(faces.map((face) => /font-weight:([^;]+);/.exec(face)?.[1])).toEqual(['400 550', '551 650', '651 700']);
    expect(faces[0]).toContain('src:local("Arial"),local("Liberation Sans")');
    expect(faces[2]).toContain('src:local("Arial Bold"),local("Liberation Sans Bold")');
  });

  it('fails the build, naming the fix, for a family with no measured fallback', () => {
    expect(() => splitFontCss(ASTRO.replaceAll('Source Sans 3-abc', 'Other-abc'), fallbacks as FallbackFace[])).toThrow(/fallbackMetrics/);
  });
});
