/**
 * HTML weight budget, beside the JavaScript budget (tests/e2e/budgets.spec.ts): every built
 * page's HTML, gzipped (-9), stays within its kind's budget, and a chapter's static step charts
 * (what the flat view, print and readers without JavaScript see) stay a small part of it.
 * Deterministic: it reads the build (run `npm run build` first), no browser.
 *
 * Budgets are the weights of 30 Nov 2026 plus about 10% headroom, so a chart or a section
 * that doubles a page's weight fails here rather than in a noisy Lighthouse run. Lower them as
 * pages get lighter; README "Performance" says where the bytes go.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { distPages, type PageKind } from '../../scripts/distPages';

const KB = 1024;
/** Whole page, gzip -9. The sanctions chapter (map geography in the island props) is the heaviest. */
export const HTML_BUDGET: Record<PageKind, number> = { chapter: 86 * KB, embed: 30 * KB, other: 80 * KB };
/** A chapter's static step charts and their shared drawings, gzipped on their own. */
export const STEP_CHARTS_BUDGET = 20 * KB;

const gzip = (text: string) => gzipSync(text, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

describe('HTML weight', () => {
  const pages = distPages(resolve(process.env['OUT_DIR'] ?? 'dist'));

  test('the build has chapter and embed pages', () => {
    expect(pages.filter((p) => p.kind === 'chapter').length).toBeGreaterThan(0);
    expect(pages.filter((p) => p.kind === 'embed').length).toBeGreaterThan(0);
  });

  test('every page is within its gzip budget', () => {
    const over = pages
      .map((page) => ({ page, bytes: gzip(readFileSync(page.file, 'utf8')) }))
      .filter(({ page, bytes }) => bytes > HTML_BUDGET[page.kind])
      .map(({ page, bytes }) => `/${page.route}: ${kb(bytes)} > ${kb(HTML_BUDGET[page.kind])}`);
    expect(over).toEqual([]);
  });

  test("a chapter's static step charts are drawn once where steps repeat them", () => {
    const over: string[] = [];
    for (const page of pages.filter((p) => p.kind === 'chapter')) {
      const html = readFileSync(page.file, 'utf8');
      const charts = [
        ...html.matchAll(/<div class="step__chart">[\s\S]*?<\/figure>/g),
        ...html.matchAll(/<svg class="shared-drawings"[\s\S]*?<\/svg>/g),
      ].map((m) => m[0]);
      expect(charts.length, `/${page.route} has static step charts`).toBeGreaterThan(0);
      const bytes = gzip(charts.join(''));
      if (bytes > STEP_CHARTS_BUDGET) over.push(`/${page.route}: step charts ${kb(bytes)} > ${kb(STEP_CHARTS_BUDGET)}`);
      // No long path twice: a drawing steps share is drawn once and shown with <use>.
      const paths: string[] = charts.join('').match(/<path\b[^>]*\sd="[^"]{300,}"[^>]*>/g) ?? [];
      const repeated = paths.filter((p, i) => paths.indexOf(p) !== i);
      expect(repeated.length, `/${page.route}: long paths drawn more than once`).toBe(0);
    }
    expect(over).toEqual([]);
  });
});
