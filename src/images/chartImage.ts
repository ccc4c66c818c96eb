/**
 * Chart images at build time, with no external service: the chart's own server-rendered SVG
 * (Chart.svelte through `svelte/server`), its scoped styles compiled from the chart
 * components, colours resolved from the light theme tokens, composed into a card and
 * rasterised by resvg with Source Sans 3 from the `source-sans` package.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { compile } from 'svelte/compiler';
import { render } from 'svelte/server';
import Chart from '../charts/Chart.svelte';
import type { ChartSpec } from '../charts/types';
import { escapeHtml } from '../lib/escapeHtml';
import { textWidth, wrapText } from '../charts/shared/text';
import { pruneCss, SCOPE } from '../lib/pruneCss';
import svelteConfig from '../../svelte.config.js';

const FONT_FAMILY = 'Source Sans 3';
const require = createRequire(import.meta.url);

/** `--name: value` pairs of a rule's body, into `tokens`. */
function declare(block: string, tokens = new Map<string, string>()): Map<string, string> {
  for (const [, name, value] of block.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)) tokens.set(name!, value!.trim());
  return tokens;
}

/** `--name: value` pairs of the first `:root { ... }` block (the light theme). */
export function lightTokens(css: string): Map<string, string> {
  return declare(/:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '');
}

/** Replaces `var(--x)` and `var(--x, fallback)` with token values (resvg has no custom properties). */
export function resolveVars(css: string, tokens: Map<string, string>): string {
  let out = css;
  for (let i = 0; i < 4 && out.includes('var('); i++) {
    out = out.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)/g, (_, name: string, fallback?: string) => tokens.get(name) ?? fallback?.trim() ?? 'currentColor');
  }
  return out;
}

/**
 * Custom properties a chart sets on a group for its children (`.c0 { --series-colour: ... }`,
 * `.segment { stroke: var(--series-colour) }`) become plain descendant rules
 * (`.c0 .segment { stroke: ... }`), appended in the order the definitions appear so the later
 * one wins as in the browser. resvg knows no custom properties at all.
 */
export function inlineLocalProperties(css: string, tokens: Map<string, string>): string {
  const rules = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({ selectors: m[1]!.trim(), body: m[2]! }));
  const defs: { name: string; selectors: string[]; value: string }[] = [];
  for (const rule of rules) {
    for (const [, name, value] of rule.body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);?/g)) {
      if (!tokens.has(name!)) defs.push({ name: name!, selectors: rule.selectors.split(',').map((x) => x.trim()), value: value!.trim() });
    }
  }
  const extra: string[] = [];
  for (const def of defs) {
    for (const rule of rules) {
      if (!rule.body.includes(`var(${def.name}`) || /--[\w-]+\s*:/.test(rule.body)) continue;
      const body = rule.body.replace(new RegExp(`var\\(\\s*${def.name}\\s*(?:,[^()]*)?\\)`, 'g'), def.value);
      const selectors = def.selectors.flatMap((outer) => rule.selectors.split(',').map((inner) => `${outer} ${inner.trim()}`));
      extra.push(`${selectors.join(', ')} {${body}}`);
    }
  }
  return extra.length ? `${css}\n${extra.join('\n')}` : css;
}

function svelteFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return svelteFiles(path);
    return entry.name.endsWith('.svelte') ? [path] : [];
  });
}

let compiledCss: string | undefined;
/** Scoped CSS of every chart component, compiled as the build compiles it (hash from content). */
function compiledChartCss(): string {
  if (compiledCss !== undefined) return compiledCss;
  const root = join(process.cwd(), 'src/charts');
  compiledCss = svelteFiles(root)
    .map((file) => {
      try {
        return compile(readFileSync(file, 'utf8'), { filename: file, generate: 'server', cssHash: svelteConfig.compilerOptions.cssHash }).css?.code ?? '';
      } catch (error) {
        // A chart still being written must not stop every other image; it just loses its styles.
        console.warn(`chartImage: no styles from ${file}: ${(error as Error).message}`);
        return '';
      }
    })
    .join('\n')
    // Without comments: the rewrites below split rules by their text, and a comment's commas
    // read as selectors (a scope class landed inside one and the thumbnail kept a stray rule).
    .replace(/\/\*[\s\S]*?\*\//g, '');
  return compiledCss;
}

const cssByScheme = new Map<Scheme, string>();
/** The chart CSS with one theme's colours written in (resvg knows no custom properties). */
function chartCss(scheme: Scheme = 'light'): string {
  const known = cssByScheme.get(scheme);
  if (known !== undefined) return known;
  const t = tokens(scheme);
  // resvg's CSS engine knows no :where(), which Svelte puts on descendant selectors, and no
  // @media; a still image needs neither.
  const css = resolveVars(inlineLocalProperties(compiledChartCss(), t), t)
    .replace(/:where\((\.sv-[a-z0-9]+)\)/g, '$1')
    .replace(/@media[^{]*\{(?:[^{}]*\{[^}]*\})*\s*\}/g, '');
  cssByScheme.set(scheme, css);
  return css;
}

export type Scheme = 'light' | 'dark';

/** The light theme's tokens, or the dark theme's (the light ones with `:root[data-theme='dark']` over them). */
export function themeTokens(css: string, scheme: Scheme): Map<string, string> {
  const tokens = lightTokens(css);
  return scheme === 'dark' ? declare(/:root\[data-theme='dark'\]\s*\{([^}]*)\}/.exec(css)?.[1] ?? '', tokens) : tokens;
}

function tokens(scheme: Scheme = 'light'): Map<string, string> {
  return themeTokens(readFileSync(join(process.cwd(), 'src/styles/tokens.css'), 'utf8'), scheme);
}

/**
 * The chart's drawing alone, as the server renders it: `<svg viewBox=...>...</svg>` and its
 * size; laid out for `width` when given (labels at their own size), else at DEFAULT_SIZE.
 */
export function chartDrawing(spec: ChartSpec, stateName: string, base: string, width?: number): { svg: string; width: number; height: number } {
  const widths = width ? [width] : undefined;
  const { body } = render(Chart, { props: { spec, stateName, base, idPrefix: `${spec.id}-image`, widths }, idPrefix: `${spec.id}-` });
  const svg = /<svg[\s\S]*<\/svg>/.exec(body)?.[0] ?? '<svg viewBox="0 0 400 300"></svg>';
  const [, w, h] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg) ?? [];
  // Drop Svelte's hydration comments and the data-width hook (a CSS hook of embed pages).
  const drawing = { svg: svg.replace(/<!--[\s\S]*?-->/g, '').replace(/ data-width="\d+"/, ''), width: Number(w ?? 400), height: Number(h ?? 300) };
  return TRIMMED_KINDS.has(spec.kind) ? trimmed(drawing) : drawing;
}

/**
 * A chapter card's thumbnail on the cover: the chart's marks in one state with every word taken
 * out (shown at about half its size, text would be noise), in one theme's colours, with only the
 * CSS its marks use. An image file rather than inline SVG, so the cover's document carries
 * neither the drawings nor the CSS of every chart kind (issue 18: it now fits the first round
 * trip of a phone's connection).
 */
export function thumbnailSvg(spec: ChartSpec, stateName: string, base: string, scheme: Scheme): string {
  const drawing = chartDrawing(spec, stateName, base, 320);
  const css = `${pruneCss(chartCss(scheme), new Set(drawing.svg.match(SCOPE)))}text{display:none}`;
  return drawing.svg.replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"').replace(/^<svg[^>]*>/, (open) => `${open}<style>${css}</style>`);
}

/**
 * Kinds whose drawing sits at the top of its frame and ends where its content ends (a guess's
 * lanes, the tracker's cards): in an image the frame is cut to the content, so the picture
 * fills its card instead of leaving its lower half empty.
 */
const TRIMMED_KINDS = new Set(['guess', 'tracker']);

function trimmed(drawing: { svg: string; width: number; height: number }): { svg: string; width: number; height: number } {
  const probe = drawing.svg.replace(/^<svg[^>]*>/, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${drawing.width} ${drawing.height}"><style>${chartCss()}</style>`);
  const box = new Resvg(probe, { font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY } }).getBBox();
  if (!box) return drawing;
  const height = Math.min(drawing.height, Math.ceil(box.y + box.height + 4));
  return { svg: drawing.svg.replace(/viewBox="0 0 ([\d.]+) ([\d.]+)"/, `viewBox="0 0 $1 ${height}"`), width: drawing.width, height };
}

/** Nests a drawing at (x, y), scaled to `width`. */
function place(drawing: { svg: string; width: number; height: number }, x: number, y: number, width: number, height: number): string {
  return drawing.svg.replace(
    /^<svg[^>]*>/,
    `<svg x="${x}" y="${y}" width="${width}" height="${height}" viewBox="0 0 ${drawing.width} ${drawing.height}" preserveAspectRatio="xMidYMid meet" overflow="visible">`,
  );
}

function textLines(lines: string[], x: number, y: number, size: number, lineHeight: number, attrs: string): string {
  return lines.map((line, i) => `<text x="${x}" y="${y + i * lineHeight}" font-size="${size}" ${attrs}>${escapeHtml(line)}</text>`).join('');
}

function shell(width: number, height: number, title: string, inner: string): string {
  const t = tokens();
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}, sans-serif">` +
    `<title>${escapeHtml(title)}</title><style>${chartCss()}</style>` +
    `<rect width="100%" height="100%" fill="${t.get('--c-bg') ?? '#fff'}"/>${inner}</svg>`
  );
}

/** The 1200x630 social preview card: the page colour with the accent bar along the top. */
function previewShell(title: string, inner: string): string {
  const accent = tokens().get('--c-accent') ?? '#b84a00';
  return shell(1200, 630, title, `<rect x="0" y="0" width="1200" height="10" fill="${accent}"/>${inner}`);
}

export interface CardText {
  /** Big title: chapter or chart title. */
  title: string;
  /** A sentence under it: a dek or the state's summary. */
  text: string;
  /** Small line at the bottom: site name and source. */
  footer: string;
}

/** A 1200x630 social preview: text on the left, the chart on the right. */
export function previewSvg(card: CardText, drawing: { svg: string; width: number; height: number }): string {
  const t = tokens();
  const title = titleLines(card.title, 470, [50, 44, 40], 5);
  const textTop = 90 + title.lines.length * title.leading + 24;
  const bodyLines = firstLines(card.text, 470, 26, Math.max(1, Math.floor((540 - textTop) / 34)));
  return previewShell(
    card.title,
    textLines(title.lines, 56, 110, title.size, title.leading, `font-weight="700" fill="${t.get('--c-text')}"`) +
      textLines(bodyLines, 56, textTop + 20, 26, 34, `fill="${t.get('--c-text')}"`) +
      textLines(firstLines(card.footer, 1088, 22, 1), 56, 590, 22, 28, `fill="${t.get('--c-muted')}"`) +
      place(drawing, 600, 50, 560, 540),
  );
}

/**
 * A 1200x630 social preview for a chart that reads alone (the guess, the report card): the
 * title across the top, the chart under it as large as the card allows, the source at the foot.
 */
export function previewWideSvg(card: CardText, drawing: { svg: string; width: number; height: number }): string {
  const t = tokens();
  const title = titleLines(card.title, 1088, [44, 38, 34], 2);
  const top = 40 + title.lines.length * title.leading + 20;
  const box = { width: 1088, height: 560 - top };
  const k = Math.min(box.width / drawing.width, box.height / drawing.height);
  const width = Math.round(drawing.width * k);
  const height = Math.round(drawing.height * k);
  return previewShell(
    card.title,
    textLines(title.lines, 56, 84, title.size, title.leading, `font-weight="700" fill="${t.get('--c-text')}"`) +
      place(drawing, 56 + Math.round((box.width - width) / 2), top, width, height) +
      textLines(firstLines(card.footer, 1088, 22, 1), 56, 600, 22, 28, `fill="${t.get('--c-muted')}"`),
  );
}

/**
 * A preview's title whole in at most `count` lines, at the largest of `sizes` that allows it (a
 * chart's title had stopped mid-sentence, "...short of? Officials and", with no mark of the cut);
 * at the smallest, cut with an ellipsis.
 */
function titleLines(text: string, width: number, sizes: number[], count: number): { lines: string[]; size: number; leading: number } {
  const size = sizes.find((s) => wrapText(text, width, s).length <= count) ?? sizes.at(-1)!;
  return { lines: firstLines(text, width, size, count), size, leading: Math.round(size * 1.16) };
}

/** The first `count` lines of `text` at this width, the last ending in an ellipsis when more was cut (a preview's footer had run off the card, its text stopped mid-sentence). */
function firstLines(text: string, width: number, size: number, count: number): string[] {
  const whole = wrapText(text, width, size);
  if (whole.length <= count) return whole;
  // Wrapped short of the width by the ellipsis it ends with.
  const lines = wrapText(text, width - textWidth(' …', size), size);
  return [...lines.slice(0, count - 1), `${lines[count - 1]!.replace(/[;,·\s]+$/, '')} …`];
}

/** Kinds shown by previewWideSvg, and the width their drawing is laid out at for it. */
export const WIDE_PREVIEW_WIDTH: Record<string, number> = { guess: 640, tracker: 1000 };

/** A downloadable figure: title, the chart and its source line, 800 px wide. */
export function figureSvg(card: CardText, drawing: { svg: string; width: number; height: number }): string {
  const t = tokens();
  const width = 800;
  const titleLines = wrapText(card.title, width - 48, 26);
  const textLines2 = wrapText(card.text, width - 48, 17);
  const chartTop = 24 + titleLines.length * 32 + textLines2.length * 24 + 16;
  const chartHeight = Math.round(((width - 48) * drawing.height) / drawing.width);
  const footerLines = wrapText(card.footer, width - 48, 14);
  const height = chartTop + chartHeight + 24 + footerLines.length * 20 + 16;
  return shell(
    width,
    height,
    card.title,
    textLines(titleLines, 24, 48, 26, 32, `font-weight="700" fill="${t.get('--c-text')}"`) +
      textLines(textLines2, 24, 48 + titleLines.length * 32, 17, 24, `fill="${t.get('--c-text')}"`) +
      place(drawing, 24, chartTop, width - 48, chartHeight) +
      textLines(footerLines, 24, chartTop + chartHeight + 36, 14, 20, `fill="${t.get('--c-muted')}"`),
  );
}

function fontFiles(): string[] {
  const dir = join(dirname(require.resolve('source-sans/package.json')), 'TTF');
  return ['SourceSans3-Regular.ttf', 'SourceSans3-Semibold.ttf', 'SourceSans3-Bold.ttf'].map((f) => join(dir, f));
}

/** Rasterises an SVG to PNG at `width` px, with the bundled fonts only (no system fonts). */
export function toPng(svg: string, width: number): Uint8Array<ArrayBuffer> {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
  });
  return new Uint8Array(resvg.render().asPng());
}
