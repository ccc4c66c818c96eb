/**
 * The signature graphics of issue 12 that read the reader: the guess (ambition) and the promise
 * tracker (outlook). The guess works by keyboard alone and shows the answer only after "Show me";
 * without JavaScript the answer is simply shown. The tracker fills in one more promise a step and
 * prints as the full report card.
 */
import { test, expect } from './support/story';

const GUESS_STEP = 'guess-ai-skills';
const TRACKER_STEPS = ['promise-compute', 'promise-skills', 'promise-sectors', 'promise-spending', 'promise-graduates', 'promise-report-card'];

test.describe('reader’s guess', () => {
  test('works by keyboard and shows the answer only after "Show me"', async ({ page, story }) => {
    await story.gotoChapter('ambition', GUESS_STEP);
    const live = story.liveFigure(GUESS_STEP);
    const answer = live.locator('[data-id="skills-2022"]');
    await expect(answer).toContainText('?');
    await expect(answer).not.toHaveAttribute('data-shown', '');
    // No guess is drawn for the reader before they make one (it would anchor theirs).
    await expect(live.locator('[data-id="reader-guess"]')).toContainText('Your guess: use the slider');
    await expect(page.getByRole('spinbutton', { name: /Your guess/ })).toHaveValue('');
    // The question labels the slider (a native range input).
    const slider = page.getByRole('slider', { name: /What share of Russia.s workers do you think had AI skills in 2022/ });
    // Its thumb starts half way, but as a hollow ring, not the solid one of a guess made: at the
    // same place, the slider looks different once the reader has moved it.
    // A screen reader hears no number before the reader has guessed (the screen shows "?").
    await expect(slider).toHaveAttribute('aria-valuetext', 'No guess yet');
    await slider.focus();
    const untouched = await slider.screenshot();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await expect(slider).toHaveValue('50');
    expect((await slider.screenshot()).equals(untouched)).toBe(false);
    await page.keyboard.press('Home');
    for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight');
    await expect(slider).toHaveValue('30');
    await expect(page.getByRole('spinbutton', { name: /Your guess/ })).toHaveValue('30');
    await expect(live.locator('[data-id="reader-guess"]')).toContainText('Your guess: 30%');
    // The reader's bar is theirs: not dashed like the promise above it, nor in a place's colour.
    const edge = await live.locator('[data-id="reader-guess"] .bar').evaluate((el) => {
      const probe = (token: string) => {
        const rect = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
        rect.setAttribute('fill', `var(${token})`);
        el.parentNode!.appendChild(rect);
        const fill = getComputedStyle(rect).fill;
        rect.remove();
        return fill;
      };
      const style = getComputedStyle(el);
      return { stroke: style.stroke, dash: style.strokeDasharray, places: ['--c-us', '--c-china', '--c-europe', '--c-russia', '--c-link'].map(probe) };
    });
    expect(edge.dash).toBe('none');
    expect(edge.places).not.toContain(edge.stroke);
    // Tab on to the number box, then to the button, and press it with the keyboard.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('spinbutton', { name: /Your guess/ })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Show me' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(answer).toHaveAttribute('data-shown', '');
    await expect(answer).toContainText('5%');
    await expect(live.locator('[data-id="skills-target-2030"]')).toContainText('80%');
    await expect(page.locator('.guess-result')).toContainText('Your guess: 30%.');
    await expect(page.locator('.guess-result')).toContainText('Workers with AI skills in 2022: 5%.');
    // The guess stays in the page: nothing stored.
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  });

  test('without JavaScript the answer is simply shown', { tag: '@desktop' }, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, ...(baseURL ? { baseURL } : {}) });
    const page = await context.newPage();
    await page.goto('chapters/ambition/');
    const chart = page.locator(`#${GUESS_STEP} .step__chart figure[data-chart="skills-guess"]`);
    await expect(chart).toBeVisible();
    await expect(chart.locator('[data-id="skills-2022"]')).toContainText('Workers with AI skills in 2022: 5%');
    await expect(chart.locator('[data-id="skills-target-2030"]')).toContainText('80%');
    await expect(page.locator('input[type="range"]:visible')).toHaveCount(0);
    await context.close();
  });

  // Under its control a small phone's frame is 160-170 px tall: laid out for 200, the chart was
  // shrunk to fit and its words drew at 9.7 px.
  test('on small phones its words are drawn at 12 px or more', { tag: '@phone' }, async ({ page, story }) => {
    for (const [width, height] of [[360, 740], [320, 568]] as const) {
      await page.setViewportSize({ width, height });
      await story.gotoChapter('ambition', GUESS_STEP);
      const live = story.liveFigure(GUESS_STEP);
      await expect(live.locator('[data-id="reader-guess"]')).toBeVisible();
      const sizes = await live.locator('svg text').evaluateAll((texts) =>
        texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * (t as SVGTextElement).getScreenCTM()!.a),
      );
      expect(sizes.length).toBeGreaterThan(3);
      expect(Math.min(...sizes), `${width}x${height}`).toBeGreaterThanOrEqual(11.95);
    }
  });
});

test.describe('promise tracker', () => {
  test('shows one more promise per step, and opens a deep link in that step’s state', async ({ page, story }) => {
    await story.gotoChapter('outlook', TRACKER_STEPS[2]);
    // Each step's own chart (flat view, print, no JavaScript) fills in one more card.
    for (const [i, step] of TRACKER_STEPS.entries()) {
      const cards = page.locator(`#${step} .step__chart figure[data-chart="promise-tracker"] .card`);
      await expect(cards, step).toHaveCount(7);
      // (The last step, the report card, fills the last two: the economy and Russia's place.)
      await expect(cards.and(page.locator('.filled')), step).toHaveCount(i === TRACKER_STEPS.length - 1 ? 7 : i + 1);
    }
    // The live chart shows the linked step: three promises filled in, the third outlined.
    const live = story.liveFigure(TRACKER_STEPS[2]!);
    await expect(live).toHaveAttribute('data-state', TRACKER_STEPS[2]!);
    await expect(live.locator('.card.filled')).toHaveCount(3);
    await expect(live.locator('.card.highlighted')).toHaveAttribute('data-id', 'sectors');
    await expect(live.locator('.card[data-id="compute"]')).toContainText('No measure published');
  });

  test('prints the full report card', { tag: '@desktop' }, async ({ page, story }) => {
    await page.emulateMedia({ media: 'print' });
    await story.gotoChapter('outlook');
    const card = page.locator(`#${TRACKER_STEPS.at(-1)} .step__chart figure[data-chart="promise-tracker"]`);
    await expect(card).toBeVisible();
    await expect(card.locator('.card.filled')).toHaveCount(7);
    // The target with its date: on the card, or in a narrow copy's list under the key's "Promised by 2030".
    await expect(card).toContainText(/80% by 2030|Promised by 2030.*Workers\s*with\s*AI\s*skills\s*80%/);
    await expect(card).toContainText('No measure published');
    await expect(page.locator('.scrolly__graphic').first()).toBeHidden();
  });
});
