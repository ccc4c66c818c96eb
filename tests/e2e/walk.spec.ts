/**
 * One walk per chapter at each project's size (desktop 1280x800, phone 390x844), under reduced
 * motion: the page as it opens, then every step scrolled to as a reader would, then the page's
 * end. One page load runs what five specs each walked the chapter for:
 * - [a11y] axe on the page as it opens, every rule in light and the colour rules in dark (the
 *   themes differ only in colour tokens); at each step nothing animating; once every step is
 *   passed, axe on every live chart and its controls in its section's last state (one run);
 *   after the walk, nothing animating anywhere, then reflow (200% text at desktop width, 320 CSS px on a phone); in desktop, axe on the flat
 *   view, which shows every step with its own server-drawn chart (a state's markup is the same
 *   at both sizes), so every state of every chart is checked;
 * - [craft] chart text at least 14 px (desktop) / 12 px (phone), labels within 40 px of their
 *   marks, notes inside the frame, no control over a mark, timeline leaders from dot to label,
 *   Russia in its colour, every pinned chart's title at the top of its frame;
 * - [geometry] marks inside the frame and labels apart at every step, and in dark at each
 *   chart's last step (charts.spec.ts sweeps the second width of each project).
 * The checks live in tests/e2e/support/walk.ts: add one there to run it at every step.
 */
import { COLOUR_RULES, axe, motionAfterScroll, reflow, settle } from './support/a11y';
import { label, sitePages } from './support/site';
import { test, expect } from './support/story';
import { STEP_CHECKS, axeOnLastStates, walkChapter } from './support/walk';

const chapters = sitePages().filter((p) => p.kind === 'chapter');

test.use({ reducedMotion: 'reduce' });

test('the build has chapters to walk', { tag: '@desktop' }, () => {
  expect(chapters.length, 'no chapters in the build: build first').toBeGreaterThan(0);
});

for (const chapter of chapters) {
  const slug = chapter.route.replace(/^chapters\/|\/$/g, '');
  test(`${label(chapter)}: axe as it opens, then at every step its chart's craft, geometry, motion and axe; reflow; the flat view`, async ({ page, story }, testInfo) => {
    test.setTimeout(240_000);
    const desktop = testInfo.project.name === 'desktop';
    const problems: string[] = [];
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    await page.goto(chapter.route);
    await settle(page);
    problems.push(...(await axe(page, 'light')));
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
    await settle(page);
    problems.push(...(await axe(page, 'dark', { only: COLOUR_RULES })));
    await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });

    const walk = await walkChapter(story, page, slug, STEP_CHECKS);
    expect(walk.steps, 'a chapter has steps').toBeGreaterThan(0);
    problems.push(...walk.problems);
    // Before anything scrolls back up: every chart the walk passed is in its last state.
    problems.push(...(await axeOnLastStates(page)));

    problems.push(...(await motionAfterScroll(page)));
    problems.push(...(await reflow(page, desktop)));
    if (desktop) {
      // Every state of every chart, as the server draws it for the flat view, print and no
      // JavaScript. (The dark theme's colours are checked on the live charts at both sizes.)
      const steps = await story.steps();
      await page.locator('[data-reader-settings] summary').click();
      await page.getByRole('radio', { name: 'All at once' }).check();
      await page.keyboard.press('Escape');
      await expect(page.locator(`[data-step="${steps[0]!.id}"] figure[data-chart]`)).toBeVisible();
      await settle(page);
      problems.push(...(await axe(page, 'flat view', { include: ['[data-scrolly]'] })));
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });
}
