/**
 * Issue 12, second round: the promise tracker's report card on the cover (each card linking to
 * the step that tells its measure) and the guess's target shown from the start, with the control
 * beside the chart on a desktop. One page load per test.
 */
import { test, expect } from './support/story';

test('the cover shows the report card, each card linking to the chapter step that tells it', { tag: '@desktop' }, async ({ page }) => {
  await page.goto('./');
  const cards = page.locator('.report .report-card');
  await expect(cards).toHaveCount(7);
  await expect(page.locator('.report-card[data-promise="skills"]')).toContainText('Promised: 80% by 2030');
  await expect(page.locator('.report-card[data-promise="skills"]')).toContainText('Latest: 5% (2022, start)');
  const hrefs = await cards.locator('h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs).toHaveLength(7);
  for (const href of hrefs) expect(href).toMatch(/chapters\/outlook\/#promise-[a-z-]+$/);
  expect(hrefs[1]).toMatch(/#promise-skills$/);
  await expect(page.locator('.report-card[data-promise="rank"]')).toContainText('31st of 83 countries');
});

test('the guess shows the promised 2030 target from the start; on a desktop the control sits beside the chart', async ({ page, story }) => {
  await story.gotoChapter('ambition', 'guess-ai-skills');
  const live = story.liveFigure('guess-ai-skills');
  await expect(live.locator('[data-id="skills-target-2030"]')).toContainText('Promised by 2030: 80%');
  await expect(live.locator('[data-id="skills-2022"]')).toContainText('?');
  const slider = page.getByRole('slider', { name: /What share do you think had them in 2022/ });
  const chart = (await live.locator('svg').boundingBox())!;
  const control = (await slider.boundingBox())!;
  const viewport = page.viewportSize()!;
  // Chart and control both on screen at once.
  for (const box of [chart, control]) expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  if (viewport.width >= 1000) expect(control.x).toBeGreaterThanOrEqual(chart.x + chart.width - 1);
});

test('on a 320 x 640 phone the guess chart is drawn at its frame size, its words at least 12 px', { tag: '@phone' }, async ({ page, story }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await story.gotoChapter('ambition', 'guess-ai-skills');
  const svg = story.liveFigure('guess-ai-skills').locator('svg');
  // The slider keeps its accessible name (the question), even where the words are not shown.
  await expect(page.getByRole('slider', { name: /What share do you think had them in 2022/ })).toBeVisible();
  const drawn = await svg.evaluate((el) => ({ height: el.getBoundingClientRect().height, laidOut: (el as SVGSVGElement).viewBox.baseVal.height, text: Math.min(...[...el.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * ((t as SVGGraphicsElement).getScreenCTM()?.a ?? 1))) }));
  // A frame shorter than its layout would be scaled down to fit (it drew at half size).
  expect(drawn.height).toBeGreaterThanOrEqual(drawn.laidOut - 1);
  expect(drawn.text).toBeGreaterThanOrEqual(11.95);
});
