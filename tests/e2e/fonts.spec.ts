/**
 * The web fonts stay off the first paint and never move the text (issue 18, WebFonts.astro):
 * a first visit paints before any font is requested, then swaps the fonts in unless a text block
 * on screen would move; a later page has them before its first paint.
 */
import { expect, test, type Page } from '@playwright/test';

// First visits: no fonts loaded before (playwright.config.ts makes every other test a return).
test.use({ storageState: { cookies: [], origins: [] } });

/** Web font faces (not the local fallbacks) that have loaded and are in the page's font set. */
const webFontsInUse = (page: Page) =>
  page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded' && !f.family.includes('fallback')).length);

/** Layout shift, summed from the start of the page view. */
async function watchShift(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: number; __what: string[] };
    w.__shift = 0;
    w.__what = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; startTime: number; sources: { node?: Node; previousRect: DOMRect; currentRect: DOMRect }[] }[]) {
        if (entry.hadRecentInput) continue;
        w.__shift += entry.value;
        w.__what.push(`${Math.round(entry.startTime)} ms: ${entry.sources.map((s) => `${s.node?.nodeName} ${Math.round(s.previousRect.y)}->${Math.round(s.currentRect.y)}`).join(', ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return async () => {
    const { shift, what } = await page.evaluate(() => ({ shift: (window as unknown as { __shift: number }).__shift, what: (window as unknown as { __what: string[] }).__what }));
    console.log(what.join('\n'));
    return shift;
  };
}

test('a first visit paints before any web font is requested, then swaps them in without a shift', async ({ page }) => {
  const shift = await watchShift(page);
  // Slow fonts, as on a phone network: the swap comes well after the first paint.
  await page.route(/\.woff2$/, async (route) => {
    await new Promise((r) => setTimeout(r, 300));
    await route.continue();
  });
  await page.goto('./');
  await expect.poll(() => webFontsInUse(page), { message: 'the web fonts are swapped in' }).toBeGreaterThan(0);
  const timing = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
    fonts: performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.woff2')).map((r) => r.startTime),
  }));
  expect(timing.fonts.length).toBeGreaterThan(0);
  expect(Math.min(...timing.fonts), 'first font request, ms after the first contentful paint').toBeGreaterThanOrEqual(timing.paint);
  expect(await shift()).toBeLessThanOrEqual(0.01);
});

test('fonts that would rewrap a block on screen wait for the next page, which has them before its first paint @phone', async ({ page }) => {
  const shift = await watchShift(page);
  // At 390 px the handout's title fits one line in the fallback and needs two in the web font
  // (fontshift-style content fact: if a new title fits both, pick another page that rewraps).
  await page.goto('./teach/ambition/handout/');
  await expect.poll(() => page.evaluate(() => localStorage.getItem('fonts-loaded')), { message: 'the fonts have loaded' }).toBe('1');
  await page.waitForTimeout(200);
  expect(await webFontsInUse(page), 'web fonts swapped in on this page view').toBe(0);
  expect(await page.locator('h1').evaluate((h) => h.getClientRects().length && Math.round(h.getBoundingClientRect().height))).toBeLessThan(40);
  expect(await shift()).toBe(0);

  await page.goto('./teach/outlook/');
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-fonts')), 'fonts added before the first paint').toBe(true);
  await expect.poll(() => webFontsInUse(page)).toBeGreaterThan(0);
  expect(await shift()).toBe(0);
});
