/**
 * Every chart of the built site as a reader meets it: for each chapter, each sticky chart
 * and each step, at phone and desktop widths, nothing is drawn outside the chart's box and
 * no two labels overlap; tooltips open by mouse, keyboard and touch and close on Escape (on
 * the first chart of each kind); the
 * dark theme renders; reduced motion leaves no transition running. Chapters and charts are
 * discovered from the build, so new charts are checked without editing this file.
 * With SHOTS=1, screenshots of every chart state go to test-results/charts/ (390 and 1280 wide,
 * light and dark).
 *
 * The width sweep is split between the projects so the two halves run side by side: desktop
 * checks 1280 and 768 px, phone (touch, 2x pixels) 390 and 320 px. Geometry is checked at every
 * step in light; the dark theme (colours, and geometry once more) at each chart's first and
 * last step at 1280 and 390, since a theme changes colours, not the layout of a state. The
 * project's own size (1280, 390) is checked in the one walk per chapter (walk.spec.ts, checks
 * in tests/e2e/support/walk.ts); this file sweeps the second width.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { shot } from './support/shots';
import { test, expect, nearIslandsHydrated, stillFigure } from './support/story';
import { geometry, reach, sections } from './support/walk';

const outDir = process.env['OUT_DIR'] ?? 'dist';
const chapterDir = join(outDir, 'chapters');
const chapters = existsSync(chapterDir) ? readdirSync(chapterDir).filter((d) => existsSync(join(chapterDir, d, 'index.html'))).sort() : [];
/**
 * The charts the pointer tests (tooltips by mouse, keyboard and touch) use: the first chart of
 * each kind, chapters in the order above. A kind's marks take the pointer the same way in every
 * chart of it; every mark of every chart is still checked for its name and place (walk.spec.ts).
 */
const pointerCharts = new Map<string, Set<string>>();
{
  const seen = new Set<string>();
  for (const chapter of chapters) {
    const html = readFileSync(join(chapterDir, chapter, 'index.html'), 'utf8');
    // Each section's chart id, then the kind on its figure (the first data-kind after it).
    const firsts = [...html.matchAll(/data-scrolly data-chart-id="([^"]+)"[\s\S]*?data-kind="([^"]+)"/g)]
      .filter(([, , kind]) => !seen.has(kind!) && seen.add(kind!))
      .map(([, id]) => id!);
    if (firsts.length) pointerCharts.set(chapter, new Set(firsts));
  }
}

/**
 * The second width each project sweeps; the first (the project's own size: 1280x800 and 390x844)
 * is checked, light and dark, in the walk through every step (walk.spec.ts).
 */
const SECOND_SIZE: Record<string, { width: number; height: number }> = {
  desktop: { width: 768, height: 1024 },
  phone: { width: 320, height: 640 },
};

test('there are chapters with charts to check', { tag: '@desktop' }, async ({ page }) => {
  expect(chapters.length, `no chapters under ${chapterDir}: build first`).toBeGreaterThan(0);
  await page.goto(`chapters/${chapters[0]}/`);
  await nearIslandsHydrated(page);
  await expect(page.locator('.scrolly__graphic figure[data-chart]').first()).toBeAttached();
});

// Issue 18: a live chart mounts without a server copy; its marks wait for the frame's measured
// size (ChartFrame.svelte) rather than being laid out at the default 400x300 and again once
// measured, which was half the layout of a phone's first scroll.
test('a live chart is drawn once, at its frame’s size, never first at the default size', async ({ page }) => {
  await page.addInitScript(() => {
    const drawn: string[] = [];
    (window as unknown as { drawn: string[] }).drawn = drawn;
    const note = (node: Node) => node instanceof SVGSVGElement && node.parentElement?.matches('.scrolly-island .chart-frame') && drawn.push(node.getAttribute('viewBox') ?? '');
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes') note(r.target);
        for (const n of r.addedNodes) [n, ...(n instanceof Element ? n.querySelectorAll('svg') : [])].forEach(note);
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['viewBox'] });
  });
  await page.goto(`chapters/${chapters[0]}/`);
  await page.waitForLoadState('load');
  const section = page.locator('[data-scrolly]').first();
  await section.evaluate((el) => el.scrollIntoView());
  const svg = section.locator('.scrolly-island .chart-frame > svg');
  await expect(svg).toBeAttached();
  const frame = await section.locator('.scrolly-island .chart-frame').evaluate((el) => el.clientWidth);
  const drawn = await page.evaluate(() => (window as unknown as { drawn: string[] }).drawn);
  expect(drawn.length, 'the live chart was drawn').toBeGreaterThan(0);
  expect(drawn, 'never at the default 400x300').not.toContain('0 0 400 300');
  expect(Number(drawn[0]!.split(' ')[2]), `first drawn at the frame's width (${frame} px)`).toBe(Math.max(240, frame));
});

for (const chapter of chapters) {
  test.describe(`chapter ${chapter}`, () => {
    test('every chart and step at the second width: marks inside the frame, labels apart', async ({ story, page }, info) => {
      test.setTimeout(120_000);
      const problems: string[] = [];
      const size = SECOND_SIZE[info.project.name] ?? SECOND_SIZE['desktop']!;
      await page.setViewportSize(size);
      await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
      await story.gotoChapter(chapter);
      for (const section of await sections(page)) {
        for (const step of section.steps) {
          const figure = await reach(story, page, step);
          const light = await geometry(figure);
          expect(light.drawn, `${section.chart} at ${step} draws something`).toBeGreaterThan(0);
          problems.push(...light.problems.map((p) => `${size.width}px ${section.chart} #${step}: ${p}`));
          await shot(figure, `test-results/charts/${section.chart}--${step}--${size.width}-light.png`);
        }
      }
      expect(problems, problems.join('\n')).toEqual([]);
    });

    // The phone project taps instead (below). Chapters whose kinds all came earlier have no pointer test.
    if (pointerCharts.has(chapter)) test('tooltips open by mouse and by keyboard, close on Escape, and never trap focus', { tag: '@desktop' }, async ({ story, page }) => {
      await story.gotoChapter(chapter);
      for (const section of (await sections(page)).filter((s) => pointerCharts.get(chapter)!.has(s.chart))) {
        const figure = await reach(story, page, section.steps[0]!);
        // Aim at a mark once the chart has stopped moving (support/walk.ts: stillFigure).
        await stillFigure(figure);
        const tooltip = figure.locator('.chart-tooltip');
        const marks = figure.locator('svg [data-tip]');
        const count = await marks.count();
        expect(count, `${section.chart} has marks with tooltips`).toBeGreaterThan(0);

        // Mouse: hover the first mark not covered by anything else.
        // Arrive as a mouse does, in a few moves from just beside the mark (one synthetic move
        // straight onto a 10 px square sometimes brought no tooltip under load), and aim and
        // move again if none came: a reader's pointer keeps moving too.
        await expect(async () => {
          const target = await uncovered(marks);
          expect(target.x + target.y, `${section.chart}: a mark not covered by anything`).toBeGreaterThan(0);
          const tip = (await marks.nth(target.index).getAttribute('data-tip'))!;
          await page.mouse.move(target.x - 3, target.y - 3);
          await page.mouse.move(target.x, target.y, { steps: 3 });
          await expect(tooltip).toHaveText(tip, { timeout: 1500 });
        }).toPass({ timeout: 8000 });
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

    if (pointerCharts.has(chapter)) test('on a phone, tapping a mark shows its tooltip and Escape or a tap elsewhere closes it', { tag: '@phone' }, async ({ story, page }) => {
      await story.gotoChapter(chapter);
      for (const section of (await sections(page)).filter((s) => pointerCharts.get(chapter)!.has(s.chart))) {
        const figure = await reach(story, page, section.steps[0]!);
        // Aim at a mark once the chart has stopped moving (support/walk.ts: stillFigure).
        await stillFigure(figure);
        const tooltip = figure.locator('.chart-tooltip');
        const marks = figure.locator('svg [data-tip]');
        const target = await uncovered(marks);
        expect(target.x + target.y, `${section.chart}: a mark not covered by anything`).toBeGreaterThan(0);
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
      // One page view: the reader's motion preference takes effect as it changes (CSS media
      // queries), so the second pass, under reduced motion, walks the same sections again.
      await story.gotoChapter(chapter);
      for (const reducedMotion of ['no-preference', 'reduce'] as const) {
        await page.emulateMedia({ reducedMotion });
        for (const section of (await sections(page)).filter((s) => s.steps.length > 1)) {
          const figure = await reach(story, page, section.steps[0]!);
          await countMotion(figure);
          await story.scrollToStep(section.steps[1]!);
          await expect(figure).toHaveAttribute('data-state', section.steps[1]!);
          await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
          // And a little longer: on a loaded machine the island's state can land a frame or two
          // after the attribute (a timeline step now starts a single transition, its leader's).
          await page.waitForTimeout(200);
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
 * The first mark a pointer can reach, and a point well inside it: a whole pixel (a tap lands
 * on whole pixels) whose neighbours 2 px away are on the same mark where the marks allow it,
 * and not covered by anything
 * else, such as a step card scrolling over the chart. The centre of a mark's box was used
 * before, but it can sit a fraction of a pixel inside a bar's edge or between two lines of a
 * label: the tap, rounded, then reached the svg (1 run in 10 on the phone, as the web font,
 * `font-display: optional`, came in time or not and moved the marks).
 */
function uncovered(marks: Locator): Promise<{ index: number; x: number; y: number }> {
  return marks.evaluateAll((els) => {
    const on = (el: Element, x: number, y: number) => {
      const hit = document.elementFromPoint(x, y);
      return hit !== null && (hit === el || el.contains(hit));
    };
    const solid = (el: Element, x: number, y: number, m: number) => [[0, 0], [m, 0], [-m, 0], [0, m], [0, -m]].every(([dx, dy]) => on(el, x + dx!, y + dy!));
    // With 2 px to spare around the point where a mark has that much (a bar, a dot, a label),
    // else 1 px (a thin route line), else the pixel itself.
    for (const margin of [2, 1, 0]) {
      for (const [index, el] of els.entries()) {
        // Shapes first (a bar, a dot), then labels, then the mark's own box.
        for (const shape of [...el.querySelectorAll('rect, circle, path, line'), ...el.querySelectorAll('text'), el]) {
          const r = shape.getBoundingClientRect();
          const cx = Math.round(r.left + r.width / 2);
          const cy = Math.round(r.top + r.height / 2);
          if (solid(el, cx, cy, margin)) return { index, x: cx, y: cy };
          // Else a point of the box nearest its centre, on a whole-pixel grid (3 px apart where there is room).
          const step = r.width > 12 && r.height > 12 ? 3 : 1;
          const points: [number, number][] = [];
          for (let y = Math.ceil(r.top); y <= r.bottom; y += step) for (let x = Math.ceil(r.left); x <= r.right; x += step) points.push([x, y]);
          points.sort((a, b) => Math.hypot(a[0] - cx, a[1] - cy) - Math.hypot(b[0] - cx, b[1] - cy));
          const point = points.find(([x, y]) => solid(el, x, y, margin));
          if (point) return { index, x: point[0], y: point[1] };
        }
      }
    }
    return { index: 0, x: 0, y: 0 };
  });
}
