import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isRussia, regionOf } from './palette';

/** The colour tokens of one theme block of tokens.css. */
const css = readFileSync(new URL('../../styles/tokens.css', import.meta.url), 'utf8');
function theme(selector: string): Record<string, string> {
  const start = css.indexOf(selector);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...body.matchAll(/(--c-[\w-]+):\s*(#[0-9a-f]{6})\b/gi)].map((m) => [m[1]!, m[2]!.toLowerCase()]));
}
/** WCAG 2 relative luminance and contrast ratio. */
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

const themes = { light: theme(':root {'), dark: theme(":root[data-theme='dark']"), 'dark (system)': theme(":root:not([data-theme='light'])") };
/** Tokens drawn as text: 4.5:1 on the page and on a card. */
const TEXT = ['--c-text', '--c-muted', '--c-ahead', '--c-link'];
/** Tokens drawn as marks (dots, bars, squares, lines, routes): 3:1 on the page and on a card. */
const MARKS = ['--c-russia', '--c-us', '--c-china', '--c-europe', '--c-highlight', '--c-neutral', '--c-accent', '--c-axis', ...[1, 2, 3, 4, 5, 6].map((n) => `--c-series-${n}`)];

describe.each(Object.entries(themes))('%s palette', (_, tokens) => {
  it('defines every chart token', () => {
    for (const token of [...TEXT, ...MARKS, '--c-bg', '--c-surface']) expect(tokens[token], token).toMatch(/^#/);
  });
  it.each(TEXT)('%s reads as text (4.5:1) on the background and on a card', (token) => {
    expect(contrast(tokens[token]!, tokens['--c-bg']!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(tokens[token]!, tokens['--c-surface']!)).toBeGreaterThanOrEqual(4.5);
  });
  it.each(MARKS)('%s stands out as a mark (3:1) on the background and on a card', (token) => {
    expect(contrast(tokens[token]!, tokens['--c-bg']!)).toBeGreaterThanOrEqual(3);
    expect(contrast(tokens[token]!, tokens['--c-surface']!)).toBeGreaterThanOrEqual(3);
  });
  // A claim's bar at a 0.62 fill had read, in dark mode, as a count's bar, duller.
  it('draws a claimed measure (the tracker) as a dotted outline in Russia\'s colour (3:1, above) round a faint fill, unlike a count\'s solid bar', () => {
    const cards = readFileSync(new URL('../tracker/Cards.svelte', import.meta.url), 'utf8');
    const rule = /\.claim \{([^}]*)\}/.exec(cards)![1]!;
    expect(rule).toMatch(/stroke:\s*var\(--c-russia\)/);
    expect(rule).toMatch(/stroke-dasharray:/);
    expect(Number(/fill-opacity:\s*([\d.]+)/.exec(rule)![1])).toBeLessThanOrEqual(0.3);
  });
  it('gives Russia, the United States, China and Europe four different colours', () => {
    const places = ['--c-russia', '--c-us', '--c-china', '--c-europe'].map((t) => tokens[t]);
    expect(new Set(places).size).toBe(4);
    // The current step is shown by weight, never by turning a mark into Russia's colour.
    expect(tokens['--c-russia']).not.toBe(tokens['--c-highlight']);
  });
  it('gives series that are not places colours no place has (a line of targets never reads as the United States)', () => {
    const places = new Set(['--c-russia', '--c-us', '--c-china', '--c-europe'].map((t) => tokens[t]));
    for (const n of [1, 3, 4, 5, 6]) expect(places.has(tokens[`--c-series-${n}`]), `--c-series-${n}`).toBe(false);
  });
});

describe('the system dark theme', () => {
  it('is the same palette as the chosen dark theme', () => expect(themes['dark (system)']).toEqual(themes.dark));
});

describe('regionOf', () => {
  it.each([
    ['Russia, 2024', 'russia'],
    ['United States, 2025', 'us'],
    ['US, 2024', 'us'],
    ['China, 2024', 'china'],
    ['Europe, 2024', 'europe'],
    ['Still work for Russian companies', undefined],
    [undefined, undefined],
  ])('%s is %s', (label, region) => expect(regionOf(label)).toBe(region));
  it('agrees with isRussia', () => expect(isRussia('Russia')).toBe(regionOf('Russia') === 'russia'));
});
