/**
 * Every chart of the built site as a reader meets it: for each chapter, each sticky chart
 * and each step, at phone and desktop widths, nothing is drawn outside the chart's box and
 * no two labels overlap; tooltips open by mouse, keyboard and touch and close on Escape; the
 * dark theme renders; reduced motion leaves no transition running. Chapters and charts are
 * discovered from the build, so new charts are checked without editing this file.
 * With SHOTS=1, screenshots of every chart state go to test-results/charts/ (390 and 1280 wide,
 * light and dark).
 *
 * The width sweep is split between the projects so the two halves run side by side: desktop
 * checks 1280 and 768 px, phone (touch, 2x pixels) 390 and 320 px. Geometry is checked at every
 * step in light; the dark theme (colours, and geometry once more) at each chart's first and
 * last step at 1280 and 390, since a theme changes colours, not the layout of a state.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { shot, wantShots } from './support/shots';
import { test, expect, type StoryPage } from './support/story';

const outDir = process.env['OUT_DIR'] ?? 'dist';
const chapterDir = join(outDir, 'chapters');
const chapters = existsSync(chapterDir) ? readdirSync(chapterDir).filter((d) => existsSync(join(chapterDir, d, 'index.html'))).sort() : [];
/** The widths each project sweeps; the first is also checked in dark (and shot with SHOTS=1). */
const SIZES: Record<string, { width: number; height: number }[]> = {
  desktop: [
    { width: 1280, height: 800 },
    { width: 768, height: 1024 },
  ],
  phone: [
    { width: 390, height: 844 },
    { width: 320, height: 640 },
  ],
};

/**
 * One pass over a figure's svg: every visible mark or text whose box leaves the svg's box,
 * and every pair of visible text elements that overlap (1px allowed). Elements faded out
 * (opacity 0 on themselves or an ancestor) are not drawn, so they are not checked.
 */
function geometry(figure: Locator) {
  return figure.evaluate((fig) => {
    const svg = fig.querySelector('svg');
    if (!svg) return { problems: ['no svg'], drawn: 0 };
    const box = svg.getBoundingClientRect();
    const shown = (el: Element) => {
      let opacity = 1;
      for (let n: Element | null = el; n && n !== svg; n = n.parentElement) {
        const style = getComputedStyle(n);
        if (style.display === 'none' || style.visibility === 'hidden') return false;
        opacity *= Number(style.opacity);
      }
      return opacity > 0.01;
    };
    const name = (el: Element) => `<${el.tagName} class="${el.getAttribute('class') ?? ''}">${(el.textContent ?? '').trim().slice(0, 40)}`;
    const els = [...svg.querySelectorAll('rect, circle, ellipse, line, path, polygon, polyline, text')].filter(shown);
    const problems: string[] = [];
    const texts: { el: Element; r: DOMRect }[] = [];
    for (const el of els) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
        problems.push(`outside the svg: ${name(el)} [${Math.round(r.left - box.left)},${Math.round(r.top - box.top)} ${Math.round(r.width)}x${Math.round(r.height)}] in ${Math.round(box.width)}x${Math.round(box.height)}`);
      }
      if (el.tagName === 'text' && (el.textContent ?? '').trim()) texts.push({ el, r });
    }
    texts.forEach((a, i) =>
      texts.slice(i + 1).forEach((b) => {
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > 1 && h > 1) problems.push(`labels overlap by ${Math.round(w)}x${Math.round(h)}: ${name(a.el)} / ${name(b.el)}`);
      }),
    );
    return { problems, drawn: els.length };
  });
}

/** Scrolls to a step and waits until its chart shows that step's state, drawn. */
async function reach(story: StoryPage, page: Page, step: string): Promise<Locator> {
  await story.scrollToStep(step);
  const figure = story.liveFigure(step);
  await expect(figure).toHaveAttribute('data-state', step);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return figure;
}

/** Steps grouped by the sticky chart they drive, in document order. */
async function sections(page: Page): Promise<{ chart: string; steps: string[] }[]> {
  return page.locator('[data-scrolly]').evaluateAll((els) =>
    els.map((s) => ({
      chart: s.getAttribute('data-chart-id') ?? '',
      steps: [...s.querySelectorAll('[data-step]')].map((st) => st.getAttribute('data-step') ?? ''),
    })),
  );
}

/** Relative luminance of a computed CSS colour like `rgb(236, 236, 236)`. */
const luminance = (colour: string) => {
  const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number).map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

test('there are chapters with charts to check', { tag: '@desktop' }, async ({ page }) => {
  expect(chapters.length, `no chapters under ${chapterDir}: build first`).toBeGreaterThan(0);
  await page.goto(`chapters/${chapters[0]}/`);
  await expect(page.locator('.scrolly__graphic figure[data-chart]').first()).toBeAttached();
});

for (const chapter of chapters) {
  test.describe(`chapter ${chapter}`, () => {
    test('every chart, step and width: marks inside the frame, labels apart; light and dark', async ({ story, page }, info) => {
      test.setTimeout(120_000);
      const problems: string[] = [];
      const sizes = SIZES[info.project.name] ?? SIZES['desktop']!;
      for (const [index, size] of sizes.entries()) {
        await page.setViewportSize(size);
        await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
        await story.gotoChapter(chapter);
        for (const section of await sections(page)) {
          for (const step of section.steps) {
            const figure = await reach(story, page, step);
            const light = await geometry(figure);
            expect(light.drawn, `${section.chart} at ${step} draws something`).toBeGreaterThan(0);
            problems.push(...light.problems.map((p) => `${size.width}px ${section.chart} #${step}: ${p}`));
            const base = `test-results/charts/${section.chart}--${step}--${size.width}`;
            await shot(figure, `${base}-light.png`);
            // Dark at the project's main width: every step with SHOTS=1, else each chart's first and last.
            if (index > 0 || (!wantShots && step !== section.steps[0] && step !== section.steps.at(-1))) continue;
            await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'dark' });
            const dark = await geometry(figure);
            problems.push(...dark.problems.map((p) => `${size.width}px dark ${section.chart} #${step}: ${p}`));
            // Dark theme: light text on a dark ground, in the chart as well as the page.
            const colours = await figure.evaluate((fig) => ({
              text: getComputedStyle(fig.querySelector('svg text') ?? fig).fill,
              caption: getComputedStyle(fig.querySelector('figcaption') ?? fig).color,
              ground: getComputedStyle(document.body).backgroundColor,
            }));
            expect(luminance(colours.ground), 'dark page background').toBeLessThan(0.05);
            expect(luminance(colours.caption), 'light caption text').toBeGreaterThan(0.4);
            if (colours.text.startsWith('rgb')) expect(luminance(colours.text), `${section.chart} svg text is light`).toBeGreaterThan(0.3);
            await shot(figure, `${base}-dark.png`);
            await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
          }
        }
      }
      expect(problems, problems.join('\n')).toEqual([]);
    });

    // The phone project taps instead (below).
    test('tooltips open by mouse and by keyboard, close on Escape, and never trap focus', { tag: '@desktop' }, async ({ story, page }) => {
      await story.gotoChapter(chapter);
      for (const section of await sections(page)) {
        const figure = await reach(story, page, section.steps[0]!);
        const tooltip = figure.locator('.chart-tooltip');
        const marks = figure.locator('svg [data-tip]');
        const count = await marks.count();
        expect(count, `${section.chart} has marks with tooltips`).toBeGreaterThan(0);

        // Mouse: hover the first mark not covered by anything else.
        const target = await uncovered(marks);
        const mark = marks.nth(target.index);
        await page.mouse.move(target.x, target.y);
        await expect(tooltip).toHaveText((await mark.getAttribute('data-tip'))!);
        await page.keyboard.press('Escape');
        await expect(tooltip).toHaveCount(0);
        await page.mouse.move(0, 0);

        // Keyboard: Tab from the source line reaches the first mark, which names its value.
        // The source line may be folded ("Sources: 3"): start from its last visible control.
        await figure.locator('figcaption :is(a, summary):visible').last().focus();
        await page.keyboard.press('Tab');
        const focused = page.locator(':focus');
        await expect(focused).toHaveAttribute('data-tip', /.+/);
        await expect(focused).toHaveAttribute('aria-label', /.+/);
        await expect(focused).toHaveAttribute('role', 'img');
        await expect(tooltip).toHaveText((await focused.getAttribute('data-tip'))!);
        await shot(figure, `test-results/charts/${section.chart}--keyboard-focus.png`);
        await page.keyboard.press('Escape');
        await expect(tooltip).toHaveCount(0);
        await expect(focused).toHaveAttribute('data-tip', /.+/); // Escape keeps focus where it was.
        // The marks are one tab stop (arrow keys move between them): one Tab leaves the chart.
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.closest('svg') === null)).toBe(true);
        await expect(tooltip).toHaveCount(0);
      }
    });

    test('on a phone, tapping a mark shows its tooltip and Escape or a tap elsewhere closes it', { tag: '@phone' }, async ({ story, page }) => {
      await story.gotoChapter(chapter);
      for (const section of await sections(page)) {
        const figure = await reach(story, page, section.steps[0]!);
        const tooltip = figure.locator('.chart-tooltip');
        const marks = figure.locator('svg [data-tip]');
        const target = await uncovered(marks);
        const mark = marks.nth(target.index);
        await page.touchscreen.tap(target.x, target.y);
        await expect(tooltip).toHaveText((await mark.getAttribute('data-tip'))!);
        const tip = await tooltip.boundingBox();
        const frame = await figure.locator('.chart-frame').boundingBox();
        expect(tip!.x).toBeGreaterThanOrEqual(frame!.x - 1);
        expect(tip!.x + tip!.width).toBeLessThanOrEqual(frame!.x + frame!.width + 1);
        await page.keyboard.press('Escape');
        await expect(tooltip).toHaveCount(0);
        await page.touchscreen.tap(target.x, target.y);
        await expect(tooltip).toBeVisible();
        await page.locator('h1').first().tap();
        await expect(tooltip).toHaveCount(0);
      }
    });

    // Motion is the same at every size: desktop only.
    test('reduced motion: a state change runs no transition; with motion it does', { tag: '@desktop' }, async ({ story, page }) => {
      // Transitions that started in the figure's drawing, counted as they start ('transitionrun',
      // 'animationstart'): a count of the ones still running when the test looks would miss a
      // short transition that ended first on a slow machine.
      type Counted = { __motionStarted: number };
      const started = (page: Page) => page.evaluate(() => (window as unknown as Counted).__motionStarted);
      const countMotion = (figure: Locator) =>
        figure.evaluate((fig) => {
          const w = window as unknown as Counted;
          w.__motionStarted = 0;
          const count = (e: Event) => {
            if (e.target instanceof Element && e.target.closest('svg')) w.__motionStarted += 1;
          };
          fig.addEventListener('transitionrun', count);
          fig.addEventListener('animationstart', count);
        });
      let moved = 0;
      for (const reducedMotion of ['no-preference', 'reduce'] as const) {
        await page.emulateMedia({ reducedMotion });
        await story.gotoChapter(chapter);
        for (const section of (await sections(page)).filter((s) => s.steps.length > 1)) {
          const figure = await reach(story, page, section.steps[0]!);
          await countMotion(figure);
          await story.scrollToStep(section.steps[1]!);
          await expect(figure).toHaveAttribute('data-state', section.steps[1]!);
          await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
          const count = await started(page);
          if (reducedMotion === 'reduce') expect(count, `${section.chart}: transitions under reduced motion`).toBe(0);
          else moved += count;
        }
      }
      expect(moved, 'some chart animates between states when motion is allowed').toBeGreaterThan(0);
    });
  });
}

/**
 * The first mark a pointer can reach, and a point on it: the centre of one of its shapes
 * (a mark's own box may be mostly empty, e.g. a bar row's label and bar) that is not covered
 * by anything else, such as a step card scrolling over the chart.
 */
function uncovered(marks: Locator): Promise<{ index: number; x: number; y: number }> {
  return marks.evaluateAll((els) => {
    for (const [index, el] of els.entries()) {
      for (const shape of [el, ...el.querySelectorAll('rect, circle, path, line, text')]) {
        const r = shape.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        const hit = document.elementFromPoint(x, y);
        if (hit !== null && (hit === el || el.contains(hit))) return { index, x, y };
      }
    }
    return { index: 0, x: 0, y: 0 };
  });
}
