/**
 * Sources a reader can trust: a citation number shows the source's kind and exact words beside
 * the text (keyboard on desktop, first tap on a phone), and /sources/ groups every source by kind
 * with counts, an archived copy and the quoted words marked with their language.
 */
import { test, expect } from './support/story';

test('a citation number shows the source and its exact words, by keyboard or by tap', async ({ page, story }, info) => {
  await story.gotoChapter('ambition', 'ai-skills-target-2030');
  const cite = page.locator('[data-step="ai-skills-target-2030"] sup.cite a').first();
  const id = await cite.getAttribute('data-source');
  const pop = page.locator(`#cite-pop-${id}`);
  await expect(cite).toHaveAttribute('aria-describedby', `cite-pop-${id}`);
  if (info.project.name === 'phone') {
    const url = page.url();
    await cite.tap();
    await expect(pop).toBeVisible();
    expect(page.url()).toBe(url);
  } else {
    await cite.focus();
    await expect(pop).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(pop).toBeHidden();
    await cite.focus();
  }
  await expect(pop.locator('q[lang="ru"]', { hasText: '80%' })).toHaveCount(1);
  await expect(pop).toContainText('In English');
  // WCAG 2.5.8: each number is a target of at least 24 by 24 CSS pixels.
  const box = await cite.boundingBox();
  expect(box!.width).toBeGreaterThanOrEqual(24);
  expect(box!.height).toBeGreaterThanOrEqual(24);
});

// Page contents, the same at every size.
test('/sources/ groups the sources by kind, counts them and links archived copies', { tag: '@desktop' }, async ({ page }) => {
  await page.goto('sources/');
  for (const kind of ['primary', 'reporting', 'wire-copy', 'analysis', 'state-media']) {
    const items = page.locator(`ol[data-kind="${kind}"] > li`);
    const count = await items.count();
    expect(count).toBeGreaterThan(0);
    await expect(page.locator(`.kind-counts a[href="#kind-${kind}"] + .count`)).toHaveText(String(count));
  }
  const wire = page.locator('ol[data-kind="wire-copy"] > li').first();
  await expect(wire.locator('.publisher')).toContainText(', via ');
  await expect(page.locator('li[id="kommersant-strategy-2024"] a[href^="https://web.archive.org/web/2026"]')).toHaveCount(1);
  await expect(page.locator('li[id="kommersant-strategy-2024"] q[lang="ru"]').first()).toBeVisible();
  // Each entry names the chapters that use it, and the link opens that chapter's source list.
  await expect(page.locator('ol.sources > li:not(:has(.used-in))')).toHaveCount(0);
  const used = page.locator('li[id="kommersant-strategy-2024"] .used-in a');
  await expect(used.first()).toHaveText('The ambition');
  await used.first().click();
  await expect(page.locator('#chapter-sources')).toHaveAttribute('open', '');
  await expect(page.locator('#chapter-sources [data-source-item="kommersant-strategy-2024"]')).toBeVisible();
});
