/**
 * Print: each chapter, under print media, shows every step's text and a chart in each scrolly
 * section, and no navigation, button, form control or reading-mode picker. One chapter is
 * printed to PDF (saved under test-results/teach/ to look at) and its page count is checked.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { STORAGE_KEYS } from '../../src/site';
import { smallestChartText } from './support/chartText';
import { sitePages } from './support/site';
import { expect, test } from './support/story';

const chapters = sitePages()
  .filter((p) => p.kind === 'chapter')
  .map((p) => p.route.split('/')[1]!);

test.describe('print', () => {
  // Print lays a chapter out for the paper, not the screen it was printed from: desktop only.
  for (const slug of chapters) {
    test(`chapter ${slug} prints as a handout`, { tag: '@desktop' }, async ({ page, story }) => {
      await page.emulateMedia({ media: 'print' });
      await story.gotoChapter(slug);
      await expect(page.locator('h1')).toBeVisible();
      await expect(page.locator('.takeaways')).toBeVisible();

      const steps = page.locator('[data-step]');
      const count = await steps.count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const step = steps.nth(i);
        await expect(step.locator('.step__text')).toBeVisible();
        // The step's own chart, drawn in that step's state.
        const id = await step.getAttribute('data-step');
        await expect(step.locator(`figure[data-chart][data-state="${id}"] svg`)).toBeVisible();
      }
      for (const section of await page.locator('[data-scrolly]').all()) {
        await expect(section.locator('figure[data-chart] svg').filter({ visible: true }).first()).toBeVisible();
      }
      // The sticky island is not printed (each step has its own chart instead).
      await expect(page.locator('.scrolly__graphic')).toHaveCount(await page.locator('[data-scrolly]').count());
      for (const graphic of await page.locator('.scrolly__graphic').all()) await expect(graphic).toBeHidden();

      for (const selector of ['nav', 'button', 'select', 'fieldset', '.site-header', '.site-footer', '.reading-progress']) {
        const visible = await page.locator(selector).evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null || el.getClientRects().length > 0).length);
        expect(visible, `${selector} is printed`).toBe(0);
      }

      // Sources written out with their addresses; one citation (APA) is printed.
      const sources = page.locator('.chapter-sources li');
      expect(await sources.count()).toBeGreaterThan(0);
      await expect(sources.first().locator('a.source-url')).toHaveText(/^https?:\/\//);
      await expect(page.locator('[data-cite-entry="apa"]')).toBeVisible();
      await expect(page.locator('[data-cite-entry="bibtex"]')).toBeHidden();
      // The change log prints as its dates and the full log's address, not its entries.
      await expect(page.locator('#what-changed .change-log')).toBeHidden();
      const logAddress = await page.locator('#what-changed a[data-print-url]').evaluate((a) => getComputedStyle(a, '::after').content);
      expect(logAddress).toMatch(new RegExp(`https?://[^ ]+/chapters/${slug}/changes/`));

      // Dark ink whatever the theme.
      const ink = await page.locator('.step__text').first().evaluate((el) => getComputedStyle(el).color);
      expect(ink).toBe('rgb(0, 0, 0)');
    });
  }

  // A4 less the page's 15 mm margins is 180 mm, 680 CSS px: the width print lays a chapter out at.
  test('every step chart prints with text of at least 9 pt (12 px) on A4', { tag: '@desktop' }, async ({ page }) => {
    await page.setViewportSize({ width: 680, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    for (const slug of chapters) {
      await page.goto(`chapters/${slug}/`);
      for (const svg of await page.locator('.step__chart svg').all()) {
        const least = await smallestChartText(svg);
        expect(least, `${slug} ${await svg.evaluate((el) => el.closest('[data-step]')!.id)}`).toBeGreaterThanOrEqual(12);
      }
    }
  });

  // Desktop only: page.pdf() needs one run; paper size does not depend on the viewport.
  test('one chapter as PDF has a reasonable number of pages', { tag: '@desktop' }, async ({ page, story }) => {
    const slug = chapters.includes('sanctions') ? 'sanctions' : chapters[0]!;
    // Dark theme on screen must still print dark on white.
    await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEYS.theme, 'dark'] as const);
    await story.gotoChapter(slug);
    const steps = await page.locator('[data-step]').count();
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    mkdirSync('test-results/teach', { recursive: true });
    writeFileSync(`test-results/teach/${slug}.pdf`, pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(2);
    // About one page per two steps, plus the title page and the back matter, which prints in full
    // (sources with their publishers and kinds, what changed, citations): far above means broken layout.
    expect(pages).toBeLessThanOrEqual(Math.ceil(steps / 2) + 8);
  });
});
