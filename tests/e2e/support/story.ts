/**
 * Shared Playwright fixtures: a `story` page object that knows the explainer's stable hooks
 * (steps are `[data-step]`, charts are `figure[data-chart]` with `data-state`), and a guard
 * that fails any test whose page logs a console error or requests another origin.
 */
import { test as base, expect, type Page } from '@playwright/test';

export class StoryPage {
  constructor(readonly page: Page) {}

  /** Opens a chapter (optionally at a step) and waits for its islands to hydrate. */
  async gotoChapter(slug: string, step?: string): Promise<void> {
    await this.page.goto(`chapters/${slug}/${step ? `#${step}` : ''}`);
    await this.page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  }

  /** The live (sticky) figure of the scrolly section that holds `step`. */
  liveFigure(step: string) {
    return this.page.locator(`[data-scrolly]:has([data-step="${step}"]) .scrolly__graphic figure[data-chart]`);
  }

  figure(chartId: string) {
    return this.page.locator(`.scrolly__graphic figure[data-chart="${chartId}"]`);
  }

  /** Scrolls like a reader until the step's top passes the trigger line. */
  async scrollToStep(step: string): Promise<void> {
    const el = this.page.locator(`[data-step="${step}"]`);
    await el.evaluate((node) => {
      const wide = matchMedia('(min-width: 60rem)').matches;
      const line = innerHeight * (wide ? 0.5 : 0.7);
      window.scrollBy(0, node.getBoundingClientRect().top - line + 20);
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
