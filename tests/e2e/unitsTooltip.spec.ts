/**
 * A units chart's tooltip, opened by keyboard, covers no group label and stays inside the chart
 * frame (units/tipBox.ts). Under the first group's block it covered the next group's label
 * ("Do not: 20") at 390 and 1280 px (review of 1 Dec 2026). Runs at both projects' sizes.
 */
import { test, expect, stillFigure } from './support/story';
import { reach } from './support/walk';

const STEP = 'it-emigrants-remote-work-2022';

test('a focused units group keeps its tooltip off every label and inside the frame', async ({ story, page }) => {
  await story.gotoChapter('brain-drain');
  const figure = await reach(story, page, STEP);
  await stillFigure(figure);
  const marks = await figure.locator('svg [data-tip]').count();
  expect(marks).toBeGreaterThan(1);
  await figure.locator('svg [tabindex="0"]').focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < marks; i++) {
    const tooltip = figure.locator('.chart-tooltip');
    await expect(tooltip).toBeVisible();
    const problems = await figure.evaluate((fig) => {
      const tip = fig.querySelector('.chart-tooltip')!.getBoundingClientRect();
      const frame = fig.querySelector('.chart-frame')!.getBoundingClientRect();
      const name = document.activeElement?.getAttribute('aria-label') ?? '';
      const out: string[] = [];
      if (tip.top < frame.top - 0.5 || tip.bottom > frame.bottom + 0.5 || tip.left < frame.left - 0.5 || tip.right > frame.right + 0.5) out.push(`${name}: tooltip outside the frame`);
      for (const label of fig.querySelectorAll('svg .label, svg .note')) {
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
