/**
 * For educators: the guides link to exact steps, the cite box gives today's date and copies a
 * citation, chapters carry Google Scholar tags and a data ZIP, and glossary terms explain
 * themselves on focus, hover and tap; the reader's theme choice, stored by the settings, applies
 * on the guide pages. With SHOTS=1, screenshots for a person to look at go to
 * test-results/teach/ (390 and 1280 wide, light and dark).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { STORAGE_KEYS } from '../../src/site';
import { shot, wantShots } from './support/shots';
import { sitePages } from './support/site';
import { expect, test, nearIslandsHydrated } from './support/story';

const chapters = sitePages()
  .filter((p) => p.kind === 'chapter')
  .map((p) => p.route.split('/')[1]!);
const guides = sitePages()
  .filter((p) => /^teach\/[^/]+\/$/.test(p.route))
  .map((p) => p.route.split('/')[1]!);
const slug = guides.includes('sanctions') ? 'sanctions' : guides[0]!;

/** Tests whose only size-dependent part is their screenshots: both sizes with SHOTS=1, else desktop. */
const sizeFreeUnlessShots = { tag: wantShots ? [] : ['@desktop'] };

const isoToday = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

// Page contents, the same at every size: desktop only (tests tagged @desktop).
test('every chapter has a lesson guide listed on /teach/', { tag: '@desktop' }, async ({ page }) => {
  expect(guides.sort()).toEqual([...chapters].sort());
  await page.goto('teach/');
  await expect(page.getByRole('heading', { level: 1, name: 'For educators' })).toBeVisible();
  for (const c of chapters) {
    await expect(page.locator(`a[href$="teach/${c}/"]`).first()).toBeVisible();
    await expect(page.locator(`a[href$="teach/${c}/handout/"]`)).toBeVisible();
  }
  await expect(page.getByText('/#', { exact: false }).first()).toBeVisible();
  await expect(page.getByText('/embed/', { exact: false }).first()).toBeVisible();
});

test(`guide /teach/${slug}/ links each question to its step, and the link opens that step`, async ({ page, story }) => {
  await page.goto(`teach/${slug}/`);
  await expect(page.getByRole('heading', { name: 'Learning objectives' })).toBeVisible();
  expect(await page.locator('.terms dt').count()).toBeGreaterThan(0);
  const questions = page.locator('.questions > li');
  expect(await questions.count()).toBeGreaterThanOrEqual(5);
  await expect(page.locator('.questions > li[data-kind="recall"]').first()).toBeVisible();
  await expect(page.locator('.questions > li[data-kind="analysis"]').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Classroom activity/ })).toBeVisible();
  await expect(page.locator(`a[href$="data/chapters/${slug}.zip"]`)).toBeVisible();

  const link = page.locator('.questions a[data-step-link]').nth(1);
  const step = (await link.getAttribute('data-step-link'))!;
  await link.click();
  await nearIslandsHydrated(page);
  expect(new URL(page.url()).hash).toBe(`#${step}`);
  await expect(story.liveFigure(step).or(page.locator(`[data-step="${step}"] figure[data-chart]`)).filter({ visible: true }).first()).toHaveAttribute('data-state', step);
});

test(`chapter ${slug}: cite box with today's date, copy, Scholar tags and data ZIP`, sizeFreeUnlessShots, async ({ page, story, context, request }, testInfo) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await story.gotoChapter(slug);
  const head = page.locator('head');
  await expect(head.locator('meta[name="citation_title"]')).toHaveAttribute('content', /.+/);
  await expect(head.locator('meta[name="citation_author"]')).toHaveAttribute('content', /.+/);
  await expect(head.locator('meta[name="citation_publication_date"]')).toHaveAttribute('content', /^\d{4}\/\d{2}\/\d{2}$/);
  await expect(head.locator('meta[name="citation_online_date"]')).toHaveAttribute('content', /^\d{4}\/\d{2}\/\d{2}$/);

  const cite = page.locator('.cite-this');
  // Folded behind a disclosure after the story: open it as a reader would.
  await cite.locator('summary').click();
  await expect(cite.locator('[data-cite-accessed]')).toHaveAttribute('datetime', isoToday());
  const bib = cite.locator('#cite-bibtex');
  await expect(bib).toContainText(`urldate = {${isoToday()}}`);
  const apa = (await cite.locator('#cite-apa').textContent())!;
  // The site is the author, so APA 7 leaves the repeated site name out.
  expect(apa).toMatch(/^Russia's AI gamble\. \(\d{4}, [A-Z][a-z]+ \d{1,2}\)\. .+\. Retrieved .+, from https?:\/\/.+\/chapters\/[a-z-]+\/$/);

  await cite.getByRole('button', { name: 'Copy APA 7 citation' }).click();
  await expect(cite.getByRole('button', { name: /APA 7/ })).toContainText('Copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(apa);

  const width = testInfo.project.name === 'phone' ? 390 : 1280;
  for (const theme of ['light', 'dark'] as const) {
    await page.evaluate((t) => document.documentElement.setAttribute('data-theme', t), theme);
    await cite.scrollIntoViewIfNeeded();
    await shot(cite, `test-results/teach/cite-${slug}-${width}-${theme}.png`);
  }
  await shot(page.locator('.back-matter'), `test-results/teach/back-matter-${slug}-${width}-dark.png`);

  const zip = await request.get(`data/chapters/${slug}.zip`);
  expect(zip.headers()['content-type']).toContain('zip');
  const files = unzipSync(new Uint8Array(await zip.body()));
  const names = Object.keys(files);
  expect(names).toContain(`${slug}-data/sources.csv`);
  expect(names.filter((n) => n.endsWith('.csv')).length).toBeGreaterThan(1);
  expect(strFromU8(files[`${slug}-data/sources.csv`]!)).toMatch(/^Source id,Publisher,Title,URL,Published,Accessed\r\n.+https?:\/\//);
});

test(`guide /teach/${slug}/: a timed plan that adds up, a key for every question, rubric, exit ticket, standards, and a link to the handout`, { tag: '@desktop' }, async ({ page }) => {
  await page.goto(`teach/${slug}/`);
  const parts = page.locator('.plan tbody tr');
  await expect(parts).toHaveCount(5);
  const minutes = await page.locator('.plan tbody td.num').allTextContents();
  const total = minutes.reduce((a, m) => a + Number(m), 0);
  await expect(page.locator('[data-plan-total]')).toHaveText(String(total));
  await expect(page.getByRole('heading', { level: 2, name: `Lesson plan: ${total} minutes` })).toBeVisible();
  const questions = page.locator('.questions > li');
  const n = await questions.count();
  await expect(page.locator('.questions > li .key')).toHaveCount(n);
  await expect(page.locator('.questions > li[data-kind="analysis"] .look-fors').first()).toBeVisible();
  await expect(page.locator('.rubric tbody tr').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Exit ticket' })).toBeVisible();
  await expect(page.locator('.standards dt').first()).toContainText(/D\d|CCSS/);
  await expect(page.getByRole('heading', { name: 'A note on sensitive topics' })).toBeVisible();
  await page.locator('[data-handout-link]').click();
  await expect(page).toHaveURL(new RegExp(`teach/${slug}/handout/$`));
});

test(`handout /teach/${slug}/handout/ has the questions and vocabulary but no keys`, { tag: '@desktop' }, async ({ page }) => {
  await page.goto(`teach/${slug}/handout/`);
  await expect(page.locator('h1')).toContainText('student handout');
  expect(await page.locator('.questions > li').count()).toBeGreaterThanOrEqual(5);
  expect(await page.locator('.terms dt').count()).toBeGreaterThanOrEqual(2);
  await expect(page.getByRole('heading', { name: /^Activity sheet/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Exit ticket' })).toBeVisible();
  await expect(page.locator('.key, .look-fors, .rubric')).toHaveCount(0);
  await expect(page.getByText(/Model answer|Key points|Answer sheet/)).toHaveCount(0);
});

// page.pdf() needs one run; paper size does not depend on the viewport: desktop only.
test.describe('printouts', { tag: '@desktop' }, () => {
  for (const version of ['guide', 'handout'] as const) {
    test(`${version} for ${slug} prints on A4 and on Letter`, async ({ page }) => {
      test.slow(); // two PDFs
      await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
      await page.goto(`teach/${slug}/${version === 'handout' ? 'handout/' : ''}`);
      for (const format of ['A4', 'Letter'] as const) {
        const pdf = await page.pdf({ format, printBackground: false });
        mkdirSync('test-results/teach', { recursive: true });
        writeFileSync(`test-results/teach/${version}-${slug}-${format}.pdf`, pdf);
        const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
        expect(pages, format).toBeGreaterThanOrEqual(version === 'handout' ? 3 : 2);
        expect(pages, format).toBeLessThanOrEqual(version === 'handout' ? 8 : 14);
      }
      // On paper: no site chrome, dark ink, nothing wider than the page.
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.site-header')).toBeHidden();
      expect(await page.locator('h1').evaluate((el) => getComputedStyle(el).color)).toBe('rgb(0, 0, 0)');
      for (const format of ['A4', 'Letter'] as const) {
        await page.setViewportSize({ width: format === 'A4' ? 794 : 816, height: 1123 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, format).toBeLessThanOrEqual(0);
        await shot(page, `test-results/teach/print-${version}-${slug}-${format}.png`, { fullPage: true });
      }
    });
  }
});

test('a glossary term shows its definition on focus and hover, closes on Escape, and links to /glossary/', async ({ page, story }) => {
  let found: string | undefined;
  for (const c of chapters) {
    await story.gotoChapter(c);
    if ((await page.locator('a.term').count()) > 0) {
      found = c;
      break;
    }
  }
  expect(found, 'no chapter marks a glossary term with :term[...]{#id}').toBeDefined();
  const term = page.locator('a.term').first();
  const id = (await term.getAttribute('data-term'))!;
  await expect(term).toHaveAttribute('href', new RegExp(`glossary/#${id}$`));
  const pop = page.locator(`#term-def-${id}`);
  await expect(pop).toBeHidden();
  await expect(term).toHaveAttribute('aria-describedby', `term-def-${id}`);

  await term.focus();
  await expect(pop).toBeVisible();
  await expect(pop).not.toBeEmpty();
  await shot(page, `test-results/teach/term-popover-${test.info().project.name}.png`);
  await page.keyboard.press('Escape');
  await expect(pop).toBeHidden();
  await expect(term).toBeFocused();

  if (!test.info().project.use.hasTouch) {
    await page.mouse.move(0, 0);
    // The definition waits for the pointer to rest (text scrolled under a still pointer, or a
    // pointer passing over, opens nothing): shown at least 200 ms after the pointer arrives.
    await term.evaluate((link, popId) => {
      const times: Record<string, number> = {};
      (window as unknown as { times: Record<string, number> }).times = times;
      link.addEventListener('pointerenter', () => (times['entered'] = performance.now()));
      document.getElementById(popId)!.addEventListener('toggle', () => (times['opened'] ??= performance.now()));
    }, `term-def-${id}`);
    await term.hover();
    await expect(pop).toBeVisible();
    const { entered, opened } = await page.evaluate(() => (window as unknown as { times: Record<string, number> }).times);
    expect(opened! - entered!, 'the definition waits for the pointer to rest').toBeGreaterThanOrEqual(200);
    await page.mouse.move(0, 0);
    await expect(pop).toBeHidden();
  } else {
    await term.tap();
    await expect(pop).toBeVisible();
    expect(new URL(page.url()).pathname).toContain('/chapters/');
  }

  await page.goto(`glossary/#${id}`);
  await expect(page.locator(`[id="${id}"] dt`)).toBeVisible();
});

test.describe('the guide pages in the theme the reader chose', sizeFreeUnlessShots, () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`/teach/${slug}/ in ${theme}`, async ({ page }, testInfo) => {
      await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [STORAGE_KEYS.theme, theme] as const);
      const width = testInfo.project.name === 'phone' ? 390 : 1280;
      await page.goto(`teach/${slug}/`);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(page.locator('h1')).toContainText('Lesson guide');
      await shot(page, `test-results/teach/teach-${slug}-${width}-${theme}.png`, { fullPage: true });
      await page.goto(`teach/${slug}/handout/`);
      await shot(page, `test-results/teach/handout-${slug}-${width}-${theme}.png`, { fullPage: true });
      await page.goto('teach/');
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(page.getByRole('heading', { level: 1, name: 'For educators' })).toBeVisible();
      await shot(page, `test-results/teach/teach-index-${width}-${theme}.png`, { fullPage: true });
      await page.goto('glossary/');
      await expect(page.locator('.glossary .entry').first()).toBeVisible();
      await shot(page, `test-results/teach/glossary-${width}-${theme}.png`, { fullPage: true });
    });
  }
});
