/**
 * A chapter lists its latest changes and links to the whole history on a page of its own, so a
 * reader (or a teacher checking what changed since they cited it) can still read every one.
 */
import { expect, test } from '@playwright/test';
import { readContent } from '../content/support/readContent';
import { CHANGES_ON_PAGE } from '../../src/lib/changes';

const chapters = readContent().chapters.filter((c) => (c.data.changes?.length ?? 0) > CHANGES_ON_PAGE);

test('a chapter with a long history links from its latest changes to every one of them', async ({ page }) => {
  expect(chapters.length).toBeGreaterThan(0);
  const chapter = chapters[0]!;
  const all = chapter.data.changes!;
  await page.goto(`chapters/${chapter.id}/#what-changed`);
  const log = page.locator('#what-changed');
  await expect(log.locator('.change-log li')).toHaveCount(CHANGES_ON_PAGE);
  await log.getByRole('link', { name: `All ${all.length} changes since publication` }).click();
  await expect(page).toHaveURL(new RegExp(`/chapters/${chapter.id}/changes/$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText(chapter.data.title);
  const items = page.locator('.change-log li');
  await expect(items).toHaveCount(all.length);
  // Newest first, every note as written.
  const newest = [...all].sort((a, b) => b.date.localeCompare(a.date))[0]!;
  await expect(items.first()).toContainText(newest.note);
  await page.getByRole('link', { name: 'Back to the chapter' }).click();
  await expect(page).toHaveURL(new RegExp(`/chapters/${chapter.id}/$`));
});
