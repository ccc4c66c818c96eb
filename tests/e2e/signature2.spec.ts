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
  await expect(page.locator('.report-card[data-promise="skills"]')).toContainText('Only figure: 5% (2022 start)');
  const hrefs = await cards.locator('h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs).toHaveLength(7);
  for (const href of hrefs) expect(href).toMatch(/chapters\/outlook\/#promise-[a-z-]+$/);
  expect(hrefs[1]).toMatch(/#promise-skills$/);
  await expect(page.locator('.report-card[data-promise="rank"]')).toContainText('28th of 36 countries');
});

// Beside the chart, the control had left it 521 of a 785 px frame at 1280 (40% of the screen)
// and a blank band under it: now under it, the chart as wide as every other.
test('the guess shows the promised 2030 target from the start; the control sits under the chart, which has the frame\'s width', async ({ page, story }) => {
  await story.gotoChapter('ambition', 'guess-ai-skills');
  const live = story.liveFigure('guess-ai-skills');
  await expect(live.locator('[data-id="skills-target-2030"]')).toContainText('Promised by 2030: 80%');
  await expect(live.locator('[data-id="skills-2022"]')).toContainText('?');
  const slider = page.getByRole('slider', { name: /What share of Russia.s workers do you think had AI skills in 2022/ });
  const chart = (await live.locator('svg').boundingBox())!;
  const control = (await slider.boundingBox())!;
  const viewport = page.viewportSize()!;
  // Chart and control both on screen at once.
  for (const box of [chart, control]) expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  expect(control.y).toBeGreaterThanOrEqual(chart.y + chart.height - 1);
  if (viewport.width >= 1000) expect(chart.width).toBeGreaterThanOrEqual(viewport.width * 0.6);
});

test('on a 320 x 640 phone the guess chart is drawn at its frame size, its words at least 12 px', { tag: '@phone' }, async ({ page, story }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await story.gotoChapter('ambition', 'guess-ai-skills');
  const svg = story.liveFigure('guess-ai-skills').locator('svg');
  // The slider keeps its accessible name (the question), even where the words are not shown.
  await expect(page.getByRole('slider', { name: /What share of Russia.s workers do you think had AI skills in 2022/ })).toBeVisible();
  const drawn = await svg.evaluate((el) => ({ height: el.getBoundingClientRect().height, laidOut: (el as SVGSVGElement).viewBox.baseVal.height, text: Math.min(...[...el.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * ((t as SVGGraphicsElement).getScreenCTM()?.a ?? 1))) }));
  // A frame shorter than its layout would be scaled down to fit (it drew at half size).
  expect(drawn.height).toBeGreaterThanOrEqual(drawn.laidOut - 1);
  expect(drawn.text).toBeGreaterThanOrEqual(11.95);
});

// A 375 x 667 phone's tracker showed rows "3–7 of 7": the list at 340 px needed type under 12 px
// in its 343 by 294 frame, so a few rows were drawn at a time. Now a tighter list (two lines a
// row) shows all seven there, at 12 px or more; a 320 x 568 phone, too short for that, says how
// many promises are left out above and below the rows it shows.
test('on a 375 x 667 phone the report card shows all seven promises at 12 px or more', { tag: '@phone' }, async ({ page, story }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await story.gotoChapter('outlook', 'promise-report-card');
  const live = story.liveFigure('promise-report-card');
  await expect(live.locator('.card')).toHaveCount(7);
  await expect(live.locator('.card.out')).toHaveCount(0);
  await expect(live.locator('text.more')).toHaveCount(0);
  const drawn = await live.locator('svg').evaluate((svg) => {
    const frame = svg.getBoundingClientRect();
    const cards = [...svg.querySelectorAll('.card')].map((c) => c.getBoundingClientRect());
    const px = Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * ((t as SVGGraphicsElement).getScreenCTM()?.a ?? 1)));
    return { inside: cards.every((c) => c.top >= frame.top - 0.5 && c.bottom <= frame.bottom + 0.5), px };
  });
  expect(drawn.inside).toBe(true);
  expect(drawn.px).toBeGreaterThanOrEqual(11.95);
  await expect(live.locator('.card[data-id="rank"]')).toContainText('28th of 36 countries');

  // (Resizing may move the reader to a neighbouring step: whichever it shows, it says what it leaves out.)
  await page.setViewportSize({ width: 320, height: 568 });
  await expect(live.locator('text.more').first()).toHaveText(/^\d more promises? (above|below)$/);
  const said = (await live.locator('text.more').allTextContents()).reduce((sum, t) => sum + Number(t.split(' ')[0]), 0);
  await expect(live.locator('.card.out')).toHaveCount(said);
});
