/**
 * The story in a browser: a step's deep link opens with the chart in that step's state, a
 * citation reaches its source on /sources/ in one click, and every dataset downloads as CSV.
 * STORY_SHOTS=1 also screenshots every step of every chapter (light, a few dark) into
 * test-results/story/ for a person to look at; without it only the first and last step of each
 * chapter are opened, to keep the suite fast.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { settle } from './support/a11y';
import { shot } from './support/shots';
import { distDir } from './support/site';
import { test, expect } from './support/story';

const shots = Boolean(process.env['STORY_SHOTS']);
const slugs = readdirSync('content/chapters')
  .filter((f) => f.endsWith('.md'))
  .sort()
  .map((f) => f.replace(/\.md$/, '').replace(/^\d+-/, ''));
/** A chapter's step ids in document order, read from the built page (no page load needed). */
const stepIds = (slug: string) =>
  [...readFileSync(join(distDir, 'chapters', slug, 'index.html'), 'utf8').matchAll(/<[a-z]+ [^>]*\bdata-step="([^"]+)"/g)].map((m) => m[1]!);
/** A few steps also shot in the dark theme (one per chapter: its first step). */
const darkShots = new Set<string>();

for (const slug of slugs) {
  test(`${slug}: each step's deep link opens with the chart in that step's state`, async ({ page, story }, info) => {
    test.setTimeout(shots ? 240_000 : 45_000);
    const all = stepIds(slug).map((id) => ({ id }));
    expect(all.length).toBeGreaterThanOrEqual(6);
    const visit = shots ? all : [all[0]!, all.at(-1)!];
    for (const [i, step] of visit.entries()) {
      const dark = shots && i === 0 && !darkShots.has(`${info.project.name}-${slug}`);
      if (dark) darkShots.add(`${info.project.name}-${slug}`);
      await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
      await page.goto('about:blank');
      await story.gotoChapter(slug, step.id);
      const figure = story.liveFigure(step.id);
      await expect(figure).toHaveAttribute('data-state', step.id);
      // The step's text is on screen, so the reader sees which chart state it explains.
      await expect(page.locator(`[data-step="${step.id}"]`)).toBeInViewport({ ratio: 0.1 });
      if (shots) {
        // Let the chart's transition to this state finish before the picture is taken.
        await settle(page);
        await shot(page, `test-results/story/${info.project.name}-${slug}-${String(i + 1).padStart(2, '0')}-${step.id}${dark ? '-dark' : ''}.png`);
      }
    }
  });
}

test('a citation in a step reaches its source on /sources/ in one click', async ({ page, story }) => {
  await story.gotoChapter('brain-drain', 'minister-it-workers-abroad-2022');
  const cite = page.locator('[data-step="minister-it-workers-abroad-2022"] sup.cite a').first();
  const id = await cite.getAttribute('data-source');
  expect(id).toBeTruthy();
  await cite.click();
  await expect(page).toHaveURL(new RegExp(`/sources/#${id}$`));
  const entry = page.locator(`li[id="${id}"]`);
  await expect(entry).toBeInViewport();
  // The copy we read and its archived copy from the day we read it.
  await expect(entry.locator('a[href^="http"]')).toHaveCount(2);
  await expect(entry.locator('a[href^="https://web.archive.org/web/"]')).toHaveCount(1);
});

// Page contents and a download, the same at every size (both sizes with STORY_SHOTS=1).
test('the sources page explains the method, the conflicts and what was left out, and links every dataset', { tag: shots ? [] : ['@desktop'] }, async ({ page }, info) => {
  await page.goto('sources/');
  if (shots) {
    await shot(page, `test-results/story/${info.project.name}-sources-top.png`);
    await page.locator('#left-out').scrollIntoViewIfNeeded();
    await shot(page, `test-results/story/${info.project.name}-sources-left-out.png`);
  }
  await expect(page.getByRole('heading', { name: 'How we chose the figures' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Where sources disagree, and what we did' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Figures we chose not to use' })).toBeVisible();
  const csv = page.locator('ul.downloads a[href$=".csv"]');
  expect(await csv.count()).toBeGreaterThanOrEqual(10);
  const href = await csv.first().getAttribute('href');
  const response = await page.request.get(href!);
  expect(response.headers()['content-type']).toContain('text/csv');
  const text = await response.text();
  expect(text.split('\r\n')[0]).toMatch(/,Source$/);
});
