/**
 * A units chart's tooltip, opened by keyboard, covers no other group's label and stays inside the chart
 * frame (units/tipBox.ts). Under the first group's block it covered the next group's label
 * ("Do not: 20") at 390 and 1280 px (review of 1 Dec 2026). Runs at both projects' sizes.
 */
import { test, expect, stillFigure } from './support/story';
import { reach } from './support/walk';

// The notable models' Russia rows have no figure: their tooltip covered the labels around them
// and read "Russia, 2025: 0 models" beside the chart's "not reported".
const STEPS = [
  ['brain-drain', 'it-emigrants-remote-work-2022'],
  ['outlook', 'notable-ai-models-2024'],
] as const;

for (const [chapter, step] of STEPS) {
  test(`${step}: a focused units group keeps its tooltip off every label and inside the frame`, async ({ story, page }) => {
    await story.gotoChapter(chapter);
    const figure = await reach(story, page, step);
    await stillFigure(figure);
    const marks = await figure.locator('svg [data-tip]').count();
    expect(marks).toBeGreaterThan(1);
    await figure.locator('svg [tabindex="0"]').focus();
    await page.keyboard.press('Home');
    for (let i = 0; i < marks; i++) {
      const tooltip = figure.locator('.chart-tooltip');
      // A group without a figure says so in its label and names no tooltip.
      const focused = page.locator(':focus');
      if ((await focused.getAttribute('data-tip')) === '') {
        await expect(focused).toHaveAttribute('aria-label', /: not reported$/);
        await expect(tooltip).toBeHidden();
        await page.keyboard.press('ArrowRight');
        continue;
      }
      await expect(tooltip).toBeVisible();
      const problems = await figure.evaluate((fig) => {
        const tip = fig.querySelector('.chart-tooltip')!.getBoundingClientRect();
        const frame = fig.querySelector('.chart-frame')!.getBoundingClientRect();
        const name = document.activeElement?.getAttribute('aria-label') ?? '';
        const out: string[] = [];
        if (tip.top < frame.top - 0.5 || tip.bottom > frame.bottom + 0.5 || tip.left < frame.left - 0.5 || tip.right > frame.right + 0.5) out.push(`${name}: tooltip outside the frame`);
        // The group's own label may go under its tooltip, which says the same and more.
        for (const label of fig.querySelectorAll('svg .label, svg .note')) {
          if (document.activeElement?.contains(label)) continue;
          const r = label.getBoundingClientRect();
          const overlap = Math.min(tip.right, r.right) - Math.max(tip.left, r.left) > 0.5 && Math.min(tip.bottom, r.bottom) - Math.max(tip.top, r.top) > 0.5;
          if (overlap) out.push(`${name}: tooltip covers "${label.textContent}"`);
        }
        return out;
      });
      expect(problems).toEqual([]);
      await page.keyboard.press('ArrowRight');
    }
  });
}

// The minister's 20 of 100 he gave no figure for were solid grey squares, read as a count of
// its own (review of 5 Dec 2026): they are outlines, his 80 solid in Russia's colour.
test('the part of a whole no one gave a figure for is drawn as outlines, not as a count', async ({ story, page }) => {
  await story.gotoChapter('brain-drain');
  const figure = await reach(story, page, 'it-emigrants-remote-work-2022');
  await stillFigure(figure);
  const paint = (group: string) =>
    figure.locator(`svg g.group[data-id="${group}"] .squares`).evaluate((path) => {
      const style = getComputedStyle(path);
      return { fill: style.fill, stroke: style.stroke };
    });
  const rest = await paint('do-not');
  expect(rest.fill).toBe('none');
  expect(rest.stroke).not.toBe('none');
  expect((await paint('still-work-remotely')).fill).not.toBe('none');
});
