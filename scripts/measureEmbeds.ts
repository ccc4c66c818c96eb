/**
 * Measures every embed (each chart at each of its steps) at the widths a snippet or an oEmbed
 * response may reserve, and writes src/embed/heights.json. Snippets and oEmbed responses then
 * reserve the chart's real height, so a host that strips scripts shows it without a gap or a
 * cut. Run after `npm run build` whenever a chart, its text or the embed's styles change:
 *
 *   npx node scripts/measureEmbeds.ts            (reads dist/, or OUT_DIR)
 *
 * tests/e2e/embedHeights.spec.ts measures again and fails when the committed file is stale.
 * The fonts are loaded once first: they are `font-display: optional`, so a first view may use
 * the metric-matched fallback, which wraps a line differently now and then.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { chromiumPath } from './chromium.ts';
import { chromium, type Page } from '@playwright/test';
import { staticSite } from '../tests/e2e/support/staticSite.ts';

export const MEASURED_WIDTHS = [320, 440, 600, 640] as const;

/** Heights by chart, then step ('' for a chart no step shows), then width. */
export type EmbedHeights = Record<string, Record<string, Record<string, number>>>;

/** Measures the embeds of a running site at `origin` + `base`, at `widths` (the snippets' own by default). */
export async function measureEmbeds(page: Page, siteUrl: string, charts: string[], widths: readonly number[] = MEASURED_WIDTHS): Promise<EmbedHeights> {
  const result: EmbedHeights = {};
  // Warm the font cache so every measurement uses the real fonts.
  await page.goto(new URL(`embed/${charts[0]}/`, siteUrl).href);
  await page.evaluate(async () => {
    await Promise.all([...document.fonts].map((f) => f.load().catch(() => undefined)));
  });
  for (const chart of charts) {
    await page.goto(new URL(`embed/${chart}/`, siteUrl).href);
    await page.evaluate(() => document.fonts.ready);
    for (const width of widths) {
      await page.setViewportSize({ width, height: 900 });
      const heights = await page.evaluate(() => {
        const views = [...document.querySelectorAll<HTMLElement>('[data-embed-step]')];
        const out: Record<string, number> = {};
        for (const view of views) {
          for (const other of views) other.hidden = other !== view;
          out[view.dataset['embedStep'] ?? ''] = Math.ceil(document.documentElement.getBoundingClientRect().height);
        }
        return out;
      });
      for (const [step, height] of Object.entries(heights)) {
        ((result[chart] ??= {})[step] ??= {})[String(width)] = height;
      }
    }
  }
  return result;
}

/** The JSON file, one line per step, so a diff shows which chart changed. */
export function formatHeights(heights: EmbedHeights): string {
  const charts = Object.entries(heights).map(([chart, steps]) => {
    const lines = Object.entries(steps).map(([step, widths]) => `    ${JSON.stringify(step)}: ${JSON.stringify(widths)}`);
    return `  ${JSON.stringify(chart)}: {\n${lines.join(',\n')}\n  }`;
  });
  return `{\n${charts.join(',\n')}\n}\n`;
}

/** Chart ids of a build, from its embed pages. */
export function builtCharts(dist: string): string[] {
  return readdirSync(join(dist, 'embed'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = resolve(process.env['OUT_DIR'] ?? 'dist');
  const base = (process.env['BASE'] ?? '/').replace(/\/?$/, '/');
  const server = createServer(staticSite(dist, base));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const siteUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}${base}`;
  // The system Chromium when there is one, as in playwright.config.ts.
  const browser = await chromium.launch(chromiumPath);
  try {
    const page = await browser.newPage();
    const heights = await measureEmbeds(page, siteUrl, builtCharts(dist));
    const file = 'src/embed/heights.json';
    const before = (() => {
      try {
        return readFileSync(file, 'utf8');
      } catch {
        return '';
      }
    })();
    const text = formatHeights(heights);
    writeFileSync(file, text);
    console.log(`${file}: ${Object.keys(heights).length} charts${before === text ? ', unchanged' : ', updated'}`);
  } finally {
    await browser.close();
    server.close();
  }
}
