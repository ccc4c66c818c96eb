/**
 * URLs, snippets and oEmbed documents for linking, sharing and embedding charts. Pure: pages,
 * endpoints and tests call these with the site, the base path and the story's steps.
 */
import { escapeHtml } from '../lib/escapeHtml';
import { heightForWidth } from '../charts/types';
import { normaliseBase, SITE_NAME } from '../site';

/** A step as embeds and share links see it. */
export interface StepLink {
  id: string;
  chapter: string;
  chart: string;
  state: string;
}

/**
 * Width the snippet and oEmbed advertise. EMBED_HEIGHT is only the fallback for a chart not yet
 * measured: snippets reserve each chart's measured height (src/embed/heights.ts).
 */
export const EMBED_WIDTH = 640;
/** Title, summary, source line, data-table toggle and back link around the drawing, in CSS px. */
const EMBED_CHROME = 200;
export const EMBED_HEIGHT = heightForWidth(EMBED_WIDTH) + EMBED_CHROME;

/**
 * Embeds carry the chart drawn at each of these widths and CSS shows the widest not wider than
 * the frame (src/layouts/Embed.astro has the matching media queries), so text is drawn at 1x to
 * 1.4x its size, never below 12 px on a 320 px phone, with no chart code in the browser (with
 * no 480 px drawing, a tablet's 400 px drawing at 1.5x had set its labels above its title).
 */
export const EMBED_WIDTHS = [288, 400, 480, 600];

/**
 * The widths a kind's embed is drawn at: the map's at all but 480 (its routes and notes at five
 * widths were 32 KB of HTML against the embeds' 26 KB; a tablet shows its 400 px drawing).
 */
export const embedWidths = (kind: string): number[] => (kind === 'map' ? EMBED_WIDTHS.filter((w) => w !== 480) : EMBED_WIDTHS);


export function embedPath(base: string, chartId: string): string {
  return `${normaliseBase(base)}embed/${chartId}/`;
}

export function chapterPath(base: string, chapter: string, stepId?: string): string {
  return `${normaliseBase(base)}chapters/${chapter}/${stepId ? `#${stepId}` : ''}`;
}

export function oembedPath(base: string, chartId: string): string {
  return `${normaliseBase(base)}oembed/${chartId}.json`;
}

/** Absolute URL of a site path (which already carries the base). */
export function absolute(site: URL | string, path: string): string {
  return new URL(path, site).href;
}

/** The steps that show `chartId`, in story order. */
export function stepsOfChart(steps: Iterable<StepLink>, chartId: string): StepLink[] {
  return [...steps].filter((s) => s.chart === chartId);
}

/**
 * The step an embed shows when no valid `?step=` is given: the chart's last step in the story,
 * which in a build-up sequence is the complete picture. Undefined when no step shows the chart.
 */
export function defaultStep(chartSteps: StepLink[]): StepLink | undefined {
  return chartSteps.at(-1);
}

export type { Theme } from '../embed/params';

export { parseEmbedParams } from '../embed/params';

export interface SnippetInput {
  /** Absolute URL of the embed page (optionally with ?step=). */
  src: string;
  /** Absolute URL of the host script (embed.js). */
  script: string;
  /** Accessible name of the iframe: the chart title. */
  title: string;
  height?: number;
}

/**
 * The copy-paste embed code: an iframe that reserves a sensible height on its own, plus the
 * host script that then sizes it to its content.
 */
export function embedSnippet({ src, script, title, height = EMBED_HEIGHT }: SnippetInput): string {
  return (
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" loading="lazy" width="100%" height="${height}" ` +
    `style="width:100%;border:0;" data-russia-ai-embed></iframe>\n` +
    `<script async src="${escapeHtml(script)}"></script>`
  );
}

export interface OEmbedInput {
  title: string;
  html: string;
  providerUrl: string;
  thumbnail?: string;
  /** Width and height the html reserves (default: the snippet's). */
  width?: number;
  height?: number;
}

/** An oEmbed 1.0 "rich" response (https://oembed.com/, section 2.3.4). */
export function oembedDocument({ title, html, providerUrl, thumbnail, width = EMBED_WIDTH, height = EMBED_HEIGHT }: OEmbedInput) {
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: SITE_NAME,
    provider_url: providerUrl,
    html,
    width,
    height,
    ...(thumbnail ? { thumbnail_url: thumbnail, thumbnail_width: 1200, thumbnail_height: 630 } : {}),
  };
}
