/**
 * Deterministic budgets over every built page (found in the build output, not listed by hand):
 * the JavaScript a page can load, gzipped and following imports, stays within DESIGN.md's
 * budget (chapter 40 KB, embed 25 KB, other pages 40 KB); and a reader's visit to each page,
 * scrolled to the end so lazy islands load, makes no request to another origin, logs no
 * console error (both through the shared guard), loads only scripts the file check can see,
 * and what it loaded, lazy chunks included, is within the budget too.
 */
import { test, expect } from './support/story';
import { JS_BUDGET, gzipOfFiles, label, scriptWeight, sitePages } from './support/site';

const pages = sitePages();
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

test.describe('JavaScript budget', () => {
  test('every page loads at most its budget of gzipped JavaScript', async ({}, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'file check: once is enough');
    const rows = pages.map((page) => ({ page, weight: scriptWeight(page.file), budget: JS_BUDGET[page.kind] }));
    const table = [
      '| page | kind | files | JS gzip KB | budget KB |',
      '| --- | --- | --- | --- | --- |',
      ...rows.map(({ page, weight, budget }) =>
        `| ${label(page)} | ${page.kind} | ${weight.files.length} | ${kb(weight.gzipBytes)} | ${kb(budget)} |`),
    ].join('\n');
    console.log(`\nJavaScript per page (gzip -9, imports followed):\n${table}\n`);
    await testInfo.attach('js-budget.md', { body: table, contentType: 'text/markdown' });
    const over = rows
      .filter(({ weight, budget }) => weight.gzipBytes > budget)
      .map(({ page, weight, budget }) => `${label(page)}: ${kb(weight.gzipBytes)} KB > ${kb(budget)} KB (${weight.files.join(', ')})`);
    expect(over, over.join('\n')).toEqual([]);
    // The budget check must see the islands: a chapter has at least its scrolly island.
    for (const { page, weight } of rows) if (page.kind === 'chapter') expect(weight.files.length, label(page)).toBeGreaterThan(0);
  });
});

test.describe('a visit to every page', () => {
  for (const site of pages) {
    test(`${label(site)} loads only its own origin, logs no error, stays within its scripts`, async ({ page, baseURL }) => {
      const weight = scriptWeight(site.file);
      const allowed = new Set(weight.reachable);
      const loaded: string[] = [];
      const prefix = new URL(baseURL ?? '/').pathname;
      page.on('response', (res) => {
        if (res.request().resourceType() !== 'script') return;
        const path = new URL(res.url()).pathname;
        loaded.push(path.startsWith(prefix) ? path.slice(prefix.length) : path);
      });
      const response = await page.goto(site.route);
      expect(response?.status(), 'HTTP status').toBeLessThan(400);
      // Scroll to the end in screen-sized hops so islands that hydrate when visible load.
      await page.evaluate(async () => {
        for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
          scrollTo(0, y);
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 16)));
        }
      });
      await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
      await page.waitForLoadState('networkidle');
      const outside = loaded.filter((path) => !allowed.has(path));
      expect(outside, `scripts the budget check cannot see: ${outside.join(', ')}`).toEqual([]);
      // What the visit really loaded (lazy chunks included) also stays within the budget.
      const inlineGzip = weight.gzipBytes - gzipOfFiles(weight.files);
      const total = gzipOfFiles(new Set([...weight.files, ...loaded])) + inlineGzip;
      expect(total, `${kb(total)} KB of JavaScript after scrolling through ${label(site)}`).toBeLessThanOrEqual(JS_BUDGET[site.kind]);
    });
  }
});
