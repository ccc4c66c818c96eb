/**
 * Shared Playwright fixtures: a `story` page object that knows the explainer's stable hooks
 * (steps are `[data-step]`, charts are `figure[data-chart]` with `data-state`), and a guard
 * that fails any test whose page logs a console error or requests another origin.
 */
import { test as base, expect, type Locator, type Page } from '@playwright/test';

/**
 * Starts the islands as a reader's first scroll would (they wait for it unless their section is
 * on screen: src/client/nearDirective.ts), then waits until every island whose section is within
 * one screen of the viewport has hydrated, so a test reads the live chart. Sections further away
 * stay as the server left them.
 */
export async function nearIslandsHydrated(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await page.evaluate(() => dispatchEvent(new Event('scroll')));
  await page.waitForFunction(() =>
    [...document.querySelectorAll('astro-island[ssr]')].every((island) => {
      const box = (island.closest('[data-scrolly]') ?? island).getBoundingClientRect();
      return box.bottom < -0.9 * innerHeight || box.top > 1.9 * innerHeight;
    }),
  );
}

/**
 * Waits until every finite animation in the figure (state-change transitions, notes fading in)
 * has finished; given the page's root (support/a11y.ts: settle), every one in the page. A tap sent while they still ran was found to reach the svg instead of the mark
 * under the finger (charts.spec's phone tooltip test failed 4 times in 48 runs that way).
 */
export function stillFigure(figure: Locator): Promise<unknown> {
  return figure.evaluate((fig) =>
    Promise.all(
      fig
        .getAnimations({ subtree: true })
        .filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

export class StoryPage {
  constructor(readonly page: Page) {}

  /** Opens a chapter (optionally at a step) and waits for its islands to hydrate. */
  async gotoChapter(slug: string, step?: string): Promise<void> {
    await this.page.goto(`chapters/${slug}/${step ? `#${step}` : ''}`);
    await nearIslandsHydrated(this.page);
  }

  /**
   * Brings a scrolly section (or its live figure) into view, waits for its island to hydrate
   * and draw its marks as the reader's (islands wait for their section:
   * src/client/nearDirective.ts; the map's figure exists only then) and for its first layout's
   * transitions to end. Returns the live figure.
   */
  async live(target: Locator): Promise<Locator> {
    await target.scrollIntoViewIfNeeded();
    const figure = (await target.evaluate((el) => el.matches('[data-scrolly]')))
      ? target.locator('.scrolly__graphic figure[data-chart]')
      : target;
    await expect(figure.locator('svg[role="group"]').first()).toBeAttached();
    await stillFigure(figure);
    return figure;
  }

  /** The live (sticky) figure of the scrolly section that holds `step`. */
  liveFigure(step: string) {
    return this.page.locator(`[data-scrolly]:has([data-step="${step}"]) .scrolly__graphic figure[data-chart]`);
  }

  figure(chartId: string) {
    return this.page.locator(`.scrolly__graphic figure[data-chart="${chartId}"]`);
  }

  /**
   * Scrolls like a reader until the step straddles the trigger line: its top well past the
   * line (a third of its height, at most 120 px), so a reload's restored scroll position,
   * which can land a few pixels off while the page lays out, still falls inside the step.
   */
  async scrollToStep(step: string): Promise<void> {
    const el = this.page.locator(`[data-step="${step}"]`);
    await el.evaluate((node) => {
      const wide = matchMedia('(min-width: 60rem)').matches;
      const line = innerHeight * (wide ? 0.5 : 0.85);
      const box = node.getBoundingClientRect();
      window.scrollBy(0, box.top - line + Math.min(120, box.height / 3));
    });
  }

  /** All step ids of a chapter page in document order, with the state each names. */
  async steps(): Promise<{ id: string; state: string }[]> {
    return this.page.locator('[data-step]').evaluateAll((els) =>
      els.map((el) => ({ id: el.getAttribute('data-step') ?? '', state: el.getAttribute('data-state-name') ?? '' })),
    );
  }
}

export const test = base.extend<{ story: StoryPage; guard: void }>({
  story: async ({ page }, use) => {
    await use(new StoryPage(page));
  },
  guard: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      page.on('console', (msg) => msg.type() === 'error' && problems.push(`console error: ${msg.text()}`));
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      page.on('request', (req) => {
        const url = req.url();
        if (/^https?:/.test(url) && new URL(url).origin !== origin) problems.push(`request to another origin: ${url}`);
      });
      await use();
      expect(problems, problems.join('\n')).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
