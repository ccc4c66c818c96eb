/**
 * Motion with object constancy: between two steps the same DOM node moves (or draws on), and
 * half-way through its transition it is between where it started and where it ends; under
 * reduced motion the same change happens at once. The transitions are slowed, then paused and
 * sought to their middle (Web Animations API), so nothing depends on timing. One page load per test.
 * Kinds: squares (Russia's squares move and grow) and map (a route draws on).
 */
import type { Locator } from '@playwright/test';
import { expect, test, type StoryPage } from './support/story';

const CHAPTER = 'sanctions';
const SQUARES = { from: 'top500-leaders-2025', to: 'top500-russia-2025', mark: 'path.unit.russia' };
const MAP = { from: 'chips-via-hong-kong', to: 'ai-servers-via-india-2024', mark: '.route[data-id="india-to-russia"] .reveal' };

/** Tags the first `selector` in `figure` and returns where it is (its box centre) and its dashoffset. */
async function mark(figure: Locator, selector: string) {
  return figure.locator(selector).first().evaluate((el) => {
    (el as unknown as { motionTag: boolean }).motionTag = true;
    const r = el.getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2, offset: parseFloat(getComputedStyle(el).strokeDashoffset) };
  });
}

/** The tagged node now (it must be the same node), after its transitions are sought to `at` (0..1) or finished. */
async function tagged(figure: Locator, selector: string, at: number | 'end') {
  return figure.locator(selector).first().evaluate((el, at) => {
    const anims = el.getAnimations();
    for (const a of anims) {
      if (at === 'end') a.finish();
      else {
        a.pause();
        a.currentTime = Number(a.effect?.getComputedTiming().duration ?? 0) * at;
      }
    }
    const r = el.getBoundingClientRect();
    return { same: (el as unknown as { motionTag?: boolean }).motionTag === true, running: anims.length, x: r.x + r.width / 2, y: r.y + r.height / 2, offset: parseFloat(getComputedStyle(el).strokeDashoffset) };
  }, at);
}

/** Scrolls to step `to` and waits until the live figure shows it. */
async function go(story: StoryPage, to: string) {
  await story.scrollToStep(to);
  const figure = story.liveFigure(to);
  await expect(figure).toHaveAttribute('data-state', to);
  return figure;
}

const between = (v: number, a: number, b: number) => v > Math.min(a, b) + 0.5 && v < Math.max(a, b) - 0.5;

test('marks keep their identity and move (or draw on) between states', { tag: '@desktop' }, async ({ story, page }) => {
  await story.gotoChapter(CHAPTER, SQUARES.from);
  // Slow transitions (CSSOM, which the CSP allows), so a loaded machine cannot finish one before it is caught.
  await page.evaluate(() => document.documentElement.style.setProperty('--motion-duration', '5s'));
  const squares = story.liveFigure(SQUARES.from);
  await expect(squares).toHaveAttribute('data-state', SQUARES.from);
  const start = await mark(squares, SQUARES.mark);
  await go(story, SQUARES.to);
  await expect.poll(() => squares.locator(SQUARES.mark).first().evaluate((el) => el.getAnimations().length)).toBeGreaterThan(0);
  const mid = await tagged(squares, SQUARES.mark, 0.5);
  const end = await tagged(squares, SQUARES.mark, 'end');
  expect(mid.same && end.same, 'the same path moves').toBe(true);
  const axis = Math.abs(end.x - start.x) > Math.abs(end.y - start.y) ? 'x' : 'y';
  expect(Math.abs(end[axis] - start[axis]), 'the unit changes place').toBeGreaterThan(4);
  expect(between(mid[axis], start[axis], end[axis]), `half-way it is between ${start[axis]} and ${end[axis]}: ${mid[axis]}`).toBe(true);

  // The map: a route the next step adds draws on along its path (the mask's dash runs 1 to 0).
  await story.scrollToStep(MAP.from);
  const map = story.liveFigure(MAP.from);
  await expect(map).toHaveAttribute('data-state', MAP.from);
  await page.evaluate(() => document.getAnimations().forEach((a) => a.finish()));
  const hidden = await mark(map, MAP.mark);
  expect(hidden.offset).toBeCloseTo(1);
  await go(story, MAP.to);
  await expect.poll(() => map.locator(MAP.mark).evaluate((el) => el.getAnimations().length)).toBeGreaterThan(0);
  const drawing = await tagged(map, MAP.mark, 0.5);
  const drawn = await tagged(map, MAP.mark, 'end');
  expect(drawing.same && drawn.same, 'the same route draws on').toBe(true);
  expect(drawing.offset).toBeGreaterThan(0.05);
  expect(drawing.offset).toBeLessThan(0.95);
  expect(drawn.offset).toBeCloseTo(0);
});

test('under reduced motion the same changes jump', { tag: '@desktop' }, async ({ story, page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await story.gotoChapter(CHAPTER, SQUARES.from);
  const squares = story.liveFigure(SQUARES.from);
  await expect(squares).toHaveAttribute('data-state', SQUARES.from);
  const start = await mark(squares, SQUARES.mark);
  await go(story, SQUARES.to);
  const now = await tagged(squares, SQUARES.mark, 0.5);
  expect(now.same).toBe(true);
  expect(now.running, 'no transition').toBe(0);
  expect(Math.hypot(now.x - start.x, now.y - start.y), 'already in its new place').toBeGreaterThan(4);

  await story.scrollToStep(MAP.from);
  const map = story.liveFigure(MAP.from);
  await expect(map).toHaveAttribute('data-state', MAP.from);
  await go(story, MAP.to);
  const route = await tagged(map, MAP.mark, 0.5);
  expect(route.running, 'no transition').toBe(0);
  expect(route.offset).toBeCloseTo(0);
});
