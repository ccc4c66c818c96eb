/**
 * Accessibility helpers shared by a11y.spec.ts and the chapter walk (walk.spec.ts): axe with
 * the WCAG 2.0/2.1/2.2 A and AA rules, waiting for a page to settle, running animations and
 * horizontal overflow.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { nearIslandsHydrated, stillFigure, test } from './story';

export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * The axe rules whose outcome depends on colour. The site's themes differ only in colour
 * custom properties (src/styles/tokens.css): the markup, and so every other rule's outcome, is
 * the same in both. A page checked with every rule in one theme needs only these in the other.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
/** The axe rules besides colour whose outcome depends on the layout, and so on the width. */
export const LAYOUT_RULES = ['target-size'];

/**
 * Runs axe (optionally on some parts of the page, optionally only some rules, such as
 * COLOUR_RULES) and returns one readable line per failing node.
 */
export function axe(page: Page, context: string, { include = [] as string[], only = [] as string[] } = {}): Promise<string[]> {
  // A step of its own in the report, so a slow or failing run says which it was.
  return test.step(`axe ${context}${only.length ? ` (${only.join(', ')})` : ''}`, async () => {
    // Only violations are read: axe need not collect every passing node. (`options` replaces
    // what `withTags` would set, so the tags go in here.)
    const runOnly = only.length ? { type: 'rule' as const, values: only } : { type: 'tag' as const, values: TAGS };
    let builder = new AxeBuilder({ page }).options({ runOnly, resultTypes: ['violations'] });
    // Without frames, axe runs in the page itself: the default mode also opens a blank page per
    // run to merge the frames' results, which costs more than the checks on a short page.
    if (page.frames().length === 1) builder = builder.setLegacyMode(true);
    for (const selector of include) builder = builder.include(selector);
    const { violations } = await builder.analyze();
    return violations.flatMap((v) =>
      v.nodes.map((n) => `${context}: ${v.id} (${v.impact}) ${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`),
    );
  });
}

/** Waits for the islands near the viewport to hydrate and any finite transition to settle. */
export async function settle(page: Page): Promise<void> {
  await nearIslandsHydrated(page);
  await stillFigure(page.locator(':root'));
}

/** Elements that stick out past the viewport's right edge and so scroll the page sideways. */
export function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth + 1) return [];
    const width = root.clientWidth;
    const culprits: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      const rect = el.getBoundingClientRect();
      if (rect.right <= width + 1 || rect.width === 0) continue;
      // Report the outermost offender only.
      const parent = el.parentElement;
      if (parent && parent !== document.body && parent.getBoundingClientRect().right > width + 1) continue;
      const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
      culprits.push(`${name} reaches ${Math.round(rect.right)}px`);
      if (culprits.length >= 5) break;
    }
    return [`page is ${root.scrollWidth}px wide in a ${width}px viewport`, ...culprits];
  });
}

/** Animations still running (CSS transitions and animations, Web Animations). */
export function runningAnimations(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    document
      .getAnimations()
      .filter((a) => a.playState === 'running' && (a.effect?.getComputedTiming().duration ?? 0) !== 0)
      .map((a) => {
        const target = (a.effect as KeyframeEffect | null)?.target;
        const name = a instanceof CSSTransition ? a.transitionProperty : a instanceof CSSAnimation ? a.animationName : a.id || 'animation';
        return `${name} on ${target?.tagName.toLowerCase() ?? '?'}${target?.className ? `.${String(target.className).split(' ')[0]}` : ''}`;
      }),
  );
}

/** Reduced motion: scroll through the whole page; returns what is still animating afterwards. */
export async function motionAfterScroll(page: Page): Promise<string[]> {
  await page.evaluate(async () => {
    // Screen-sized hops: every element crosses the viewport, so every scroll-triggered change runs.
    for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await new Promise((r) => requestAnimationFrame(() => r(null)));
    }
  });
  return (await runningAnimations(page)).map((a) => `reduced motion: still animating ${a}`);
}

/** Reflow: 200% text at desktop width (WCAG 1.4.4), or 320 CSS px on a phone (WCAG 1.4.10). */
export async function reflow(page: Page, desktop: boolean): Promise<string[]> {
  if (desktop) {
    // Set through CSSOM (which the CSP allows).
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    const found = (await horizontalOverflow(page)).map((p) => `200% text: ${p}`);
    await page.evaluate(() => document.documentElement.style.removeProperty('font-size'));
    return found;
  }
  // The width of 1280 px at 400% zoom.
  await page.setViewportSize({ width: 320, height: 640 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  return (await horizontalOverflow(page)).map((p) => `320px: ${p}`);
}
