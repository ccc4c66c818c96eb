import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../charts/types';
import { drawnHeightFor } from '../charts/registry';
import { heightForWidth } from '../charts/types';
import { chartDrawing, figureSvg, inlineLocalProperties, lightTokens, previewSvg, previewWideSvg, resolveVars, themeTokens, thumbnailSvg, toPng, WIDE_PREVIEW_WIDTH } from './chartImage';
import { textWidth } from '../charts/shared/text';

const spec: ChartSpec = {
  id: 'test-chart',
  title: 'A test timeline',
  kind: 'timeline',
  chapter: 'ambition',
  unit: 'events',
  columns: [],
  rows: [
    { id: 'a', date: '2019-12', label: 'First event', short: 'First', source: 's' },
    { id: 'b', date: '2024-09', label: 'Second event', short: 'Second', source: 's' },
  ],
  states: { all: { summary: 'Two events.', params: { highlight: ['b'] } } },
  sources: [{ id: 's', publisher: 'Someone' }],
};

describe('tokens', () => {
  it('reads the light theme and resolves variables, with fallbacks', () => {
    const tokens = lightTokens(':root { --c-bg: #fff; --c-text: #111; } :root[data-theme=dark] { --c-bg: #000; }');
    expect(tokens.get('--c-bg')).toBe('#fff');
    expect(resolveVars('a{fill:var(--c-text);stroke:var(--nope, red)}', tokens)).toBe('a{fill:#111;stroke:red}');
  });
});

describe('cover thumbnails', () => {
  it('reads the dark theme over the light one', () => {
    const css = ":root { --c-bg: #fff; --c-text: #111; } :root[data-theme='dark'] { --c-bg: #000; }";
    expect(themeTokens(css, 'dark').get('--c-bg')).toBe('#000');
    expect(themeTokens(css, 'dark').get('--c-text')).toBe('#111');
    expect(themeTokens(css, 'light').get('--c-bg')).toBe('#fff');
  });

  it('is a standalone SVG of the marks without words, in each theme, with the CSS of its own kind only', () => {
    const light = thumbnailSvg(spec, 'all', '/', 'light');
    const dark = thumbnailSvg(spec, 'all', '/', 'dark');
    expect(light).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*viewBox="0 0 320 /);
    expect(light).toContain('text{display:none}</style>');
    expect(light).not.toContain('var(');
    expect(dark).not.toBe(light);
    // Every scoped rule it keeps names a scope its drawing uses.
    const drawn = new Set(light.replace(/<style>[\s\S]*<\/style>/, '').match(/\bsv-[a-z0-9]+/g));
    const styled = new Set(/<style>([\s\S]*)<\/style>/.exec(light)![1]!.match(/\bsv-[a-z0-9]+/g));
    expect([...styled].filter((c) => !drawn.has(c))).toEqual([]);
  });
});

describe('chart images', () => {
  const drawing = chartDrawing(spec, 'all', '/');
  const card = { title: spec.title, text: 'Two events.', footer: "Russia's AI gamble" };

  it('takes the drawing from the chart component, with its marks', () => {
    expect(drawing.svg).toMatch(/^<svg/);
    expect(drawing.svg).toContain('First event');
  });

  it('styles the marks with resolved colours (no CSS variables left)', () => {
    const svg = previewSvg(card, drawing);
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).not.toContain('var(--');
    expect(svg).toMatch(/\.dot\.sv-[a-z0-9]+\s*\{[^}]*fill:\s*#/);
    expect(svg).not.toContain(":where(");
  });

  it('rasterises a 1200x630 preview PNG', () => {
    const png = toPng(previewSvg(card, drawing), 1200);
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
    const view = new DataView(png.buffer, png.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
  });

  it('cuts a long preview text and source line with an ellipsis, inside the card', () => {
    const long = 'A source name long enough to run off the card; '.repeat(12);
    const svg = previewSvg({ ...card, text: long, footer: `Russia's AI gamble · Sources: ${long}` }, drawing);
    const texts = [...svg.matchAll(/<text[^>]*font-size="(\d+)"[^>]*>([^<]*)<\/text>/g)].map((m) => ({ size: Number(m[1]), text: m[2]! }));
    expect(texts.filter(({ text }) => text.endsWith('…'))).toHaveLength(2);
    // The text column is 470 px wide, the footer 1088 px.
    for (const { size, text } of texts) expect(textWidth(text, size), text).toBeLessThanOrEqual(size > 22 ? 470 : 1088);
  });

  it('writes a long title whole, in smaller type, rather than stopping mid-sentence', () => {
    const title = 'How many IT workers is Russia short of? Officials and state-owned Sberbank in red';
    for (const svg of [previewSvg({ ...card, title }, drawing), previewWideSvg({ ...card, title }, drawing)]) {
      const bold = [...svg.matchAll(/<text[^>]*font-weight="700"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
      expect(bold.join(' ').replaceAll('&#39;', "'")).toContain(title);
    }
  });

  it('makes a figure that is valid standalone SVG', () => {
    const svg = figureSvg({ ...card, footer: 'Source: Someone' }, drawing);
    expect(svg).toContain('<title>A test timeline</title>');
    expect(() => toPng(svg, 800)).not.toThrow();
  });
});

describe('a drawing laid out for a width', () => {
  it('has that width, and the height of what the state draws in the frame the chart gives it', () => {
    const drawing = chartDrawing(spec, 'all', '/', 752);
    const frame = { width: 752, height: heightForWidth(752) };
    expect(drawing.width).toBe(752);
    expect(drawing.height).toBe(drawnHeightFor('timeline', spec.rows as never, frame, spec.states['all']!.params as never));
    expect(drawing.height).toBeGreaterThan(100);
    expect(drawing.height).toBeLessThanOrEqual(frame.height);
    expect(drawing.svg).not.toContain('data-width');
  });
});

describe('inlineLocalProperties', () => {
  it('turns a property set on a group into descendant rules, later definitions last', () => {
    const tokens = new Map([['--c-series-1', '#111'], ['--c-neutral', '#999']]);
    const css = '.seg.s-x { stroke: var(--series-colour); stroke-width: 2; }\n.c0.s-x { --series-colour: var(--c-series-1); }\n.muted.s-x { --series-colour: var(--c-neutral); }';
    const out = resolveVars(inlineLocalProperties(css, tokens), tokens);
    const c0 = out.indexOf('.c0.s-x .seg.s-x {');
    const muted = out.indexOf('.muted.s-x .seg.s-x {');
    expect(c0).toBeGreaterThan(0);
    expect(muted).toBeGreaterThan(c0);
    expect(out.slice(c0)).toMatch(/^\.c0\.s-x \.seg\.s-x \{ stroke: #111; stroke-width: 2; \}/);
  });
});

describe('share images of charts that read alone (guess, tracker)', () => {
  const guess: ChartSpec = {
    id: 'test-guess',
    title: 'Your guess',
    kind: 'guess',
    chapter: 'ambition',
    unit: '%',
    columns: [],
    rows: [
      { id: 'goal', label: 'Promised by 2030', value: 80, role: 'target', source: 's' },
      { id: 'now', label: 'Workers with AI skills in 2022', value: 5, source: 's' },
    ],
    states: { ask: { summary: '5% in 2022.', params: { question: 'What share?', answer: 'now', claims: ['goal'], min: 0, max: 100, step: 1, suffix: '%' } } },
    sources: [{ id: 's', publisher: 'Someone' }],
  } as ChartSpec;

  it('cuts the drawing to its content, so the image has no empty lower half', () => {
    const drawing = chartDrawing(guess, 'ask', '/', WIDE_PREVIEW_WIDTH['guess']);
    expect(drawing.height).toBeLessThan(heightForWidth(WIDE_PREVIEW_WIDTH['guess']!) * 0.8);
    expect(drawing.svg).toContain(`viewBox="0 0 ${drawing.width} ${drawing.height}"`);
  });

  it('lays the preview out title on top, chart under it across the card', () => {
    const drawing = chartDrawing(guess, 'ask', '/', WIDE_PREVIEW_WIDTH['guess']);
    const svg = previewWideSvg({ title: 'Your guess', text: '', footer: "Russia's AI gamble" }, drawing);
    const [, x, , w] = /<svg x="(\d+)" y="(\d+)" width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);
    expect(w).toBeGreaterThan(1000); // fills the card's width
    expect(x! + w!).toBeLessThanOrEqual(1200);
    expect(toPng(svg, 1200).length).toBeGreaterThan(1000);
  });
});
