/**
 * Accessibility audit over every built page (found in the build output at test time), at the
 * phone and desktop sizes of the two projects:
 * - axe with the WCAG 2.0/2.1/2.2 A and AA rules, in the light and the dark theme: pages whose
 *   layout changes with the size (cover, chapters, chart gallery) in both themes at both sizes;
 *   one-column pages (embeds, guides, handouts, glossary, sources, 404) in light at desktop and
 *   in dark at phone size (their markup and colours do not change with the width); one embed
 *   stands for the embed template at each size, since every chart is checked in both themes
 *   at both sizes on the gallery (/charts/), and every embed still gets the other checks;
 * - reflow: no horizontal scroll at 320 CSS px (phone project), nor with text at 200% (desktop);
 * - reduced motion: nothing animates once the reader asks for less motion;
 * - each chapter stepped through step by step at both sizes: every step's state reached with
 *   nothing animating, axe on the whole section at its last step (its first is what the page
 *   opens with, checked above); in desktop, axe on the flat view, which shows every step's
 *   own chart in its state, so every state of every chart is checked;
 * - a keyboard-only walk through a chapter: skip link first, a visible focus indicator on
 *   everything focused, nothing focusable skipped or hidden under the sticky chart, no trap.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './support/story';
import { label, sitePages } from './support/site';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const pages = sitePages();
const chapters = pages.filter((p) => p.kind === 'chapter');

test.use({ reducedMotion: 'reduce' });

/** Runs axe (optionally on some parts of the page) and returns one readable line per failing node. */
function axe(page: Page, context: string, ...include: string[]): Promise<string[]> {
  // A step of its own in the report, so a slow or failing run says which it was.
  return test.step(`axe ${context}`, async () => {
    // Only violations are read: axe need not collect every passing node. (`options` replaces
    // what `withTags` would set, so the tags go in here.)
    let builder = new AxeBuilder({ page }).options({ runOnly: { type: 'tag', values: TAGS }, resultTypes: ['violations'] });
    for (const selector of include) builder = builder.include(selector);
    const { violations } = await builder.analyze();
    return violations.flatMap((v) =>
      v.nodes.map((n) => `${context}: ${v.id} (${v.impact}) ${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`),
    );
  });
}

/** Waits for islands to hydrate and any finite transition to settle. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}

/** Elements that stick out past the viewport's right edge and so scroll the page sideways. */
function horizontalOverflow(page: Page): Promise<string[]> {
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
function runningAnimations(page: Page): Promise<string[]> {
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

/**
 * Pages laid out differently at phone and desktop sizes (a sticky chart beside or over the
 * steps, card grids): axe in both themes at both sizes. Every other page is one column whose
 * markup and colours are the same at every width: light at desktop, dark at phone size.
 */
const sizeDependent = (route: string) => route === '' || route === 'charts/' || /^chapters\/[^/]+\/$/.test(route);
/** The embed that stands for the embed template (every chart is axe'd on the gallery). */
const firstEmbed = pages.find((p) => p.kind === 'embed')?.route;

test.describe('every page', () => {
  for (const site of pages) {
    test(`${label(site)}: axe light and dark, reflow, text zoom, reduced motion`, async ({ page }, testInfo) => {
      // The sources page lists every source with its quoted words: axe needs longer there, and
      // on the longest pages, which are checked in both themes.
      if (site.route.includes('sources') || sizeDependent(site.route)) test.slow();
      const desktop = testInfo.project.name === 'desktop';
      const themes = sizeDependent(site.route)
        ? (['light', 'dark'] as const)
        : site.kind === 'embed' && site.route !== firstEmbed
          ? ([] as const)
          : desktop
            ? (['light'] as const)
            : (['dark'] as const);
      const problems: string[] = [];
      await page.emulateMedia({ colorScheme: themes[0] ?? 'light', reducedMotion: 'reduce' });
      await page.goto(site.route);
      await settle(page);
      for (const theme of themes) {
        await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
        await settle(page);
        problems.push(...(await axe(page, theme)));
      }

      // Reduced motion: scroll through the page; nothing may be animating afterwards.
      await page.evaluate(async () => {
        for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
          scrollTo(0, y);
          await new Promise((r) => requestAnimationFrame(() => r(null)));
        }
      });
      problems.push(...(await runningAnimations(page)).map((a) => `reduced motion: still animating ${a}`));

      if (desktop) {
        // 200% text (WCAG 1.4.4) at desktop width, set through CSSOM (which the CSP allows).
        await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
        problems.push(...(await horizontalOverflow(page)).map((p) => `200% text: ${p}`));
        await page.evaluate(() => document.documentElement.style.removeProperty('font-size'));
      } else {
        // Reflow at 320 CSS px (WCAG 1.4.10: the width of 1280 px at 400% zoom).
        await page.setViewportSize({ width: 320, height: 640 });
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        problems.push(...(await horizontalOverflow(page)).map((p) => `320px: ${p}`));
      }
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
});

test.describe('chapters step by step', () => {
  for (const chapter of chapters) {
    test(`${label(chapter)}: every step reached with nothing animating, axe on each section and on every state`, async ({ page, story }, testInfo) => {
      test.setTimeout(180_000); // the flat view is the longest page axe checks
      await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
      await page.goto(chapter.route);
      await settle(page);
      const steps = await story.steps();
      expect(steps.length, 'a chapter has steps').toBeGreaterThan(0);
      const problems: string[] = [];
      // The last step of each scrolly section.
      const lasts = new Set(
        await page.locator('[data-scrolly]').evaluateAll((sections) =>
          sections.map((section) => [...section.querySelectorAll('[data-step]')].at(-1)?.getAttribute('data-step') ?? ''),
        ),
      );
      for (const step of steps) {
        await story.scrollToStep(step.id);
        await expect(story.liveFigure(step.id)).toHaveAttribute('data-state', step.id);
        problems.push(...(await runningAnimations(page)).map((a) => `#${step.id} reduced motion: still animating ${a}`));
        // A step changes only its section's live chart and which step is active. Each axe run
        // walks the whole page (its cost does not shrink with the part checked), so it runs
        // on the whole section at its last step, with every other step in its inactive look;
        // the first step is the state the page opens in ('every page' above).
        if (lasts.has(step.id)) problems.push(...(await axe(page, `#${step.id}`, `[data-scrolly]:has([data-step="${step.id}"])`)));
      }
      if (testInfo.project.name === 'desktop') {
        // Every state of every chart, as the server draws it for the flat view, print and no
        // JavaScript: the flat view shows each step with its own chart. A state's markup
        // (roles, names, text, colours) is the same at both sizes, so once. (The dark theme's
        // colours are checked on every page at both sizes, the live charts included.)
        await page.locator('[data-reader-settings] summary').click();
        await page.getByRole('radio', { name: 'All at once' }).check();
        await page.keyboard.press('Escape');
        await expect(page.locator(`[data-step="${steps[0]!.id}"] figure[data-chart]`)).toBeVisible();
        await settle(page);
        problems.push(...(await axe(page, 'flat view', '[data-scrolly]')));
      }
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
});

interface WalkState {
  done: boolean;
  focused: string;
  /** Whether the focused element sits in a step of the story. */
  inStep: boolean;
  problems: string[];
}

/**
 * In-page bookkeeping for the keyboard walk, installed once. After each Tab press `step()`
 * checks the newly focused element: a visible indicator (outline or box-shadow, or a style
 * change against its unfocused look), not entirely hidden under something sticky, and no
 * focusable element skipped between it and the previous one in document order.
 */
function installWalker(): void {
  const SELECTOR =
    'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex], [contenteditable="true"], audio[controls], video[controls]';
  const describe = (el: Element): string => {
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('class') ? `.${el.getAttribute('class')!.split(' ')[0]}` : ''}> "${text}"`;
  };
  const tabbable = (): Element[] =>
    [...document.querySelectorAll(SELECTOR)].filter((el) => {
      const html = el as HTMLElement;
      if (html.tabIndex < 0 || (el as HTMLButtonElement).disabled || el.closest('[inert]')) return false;
      const details = el.closest('details:not([open])');
      if (details && !(el.tagName === 'SUMMARY' && el.parentElement === details)) return false;
      if (el instanceof HTMLInputElement && el.type === 'radio' && el.name && !el.checked) {
        const group = document.querySelectorAll(`input[type="radio"][name="${CSS.escape(el.name)}"]`);
        if ([...group].some((r) => (r as HTMLInputElement).checked)) return false;
      }
      return el.checkVisibility({ visibilityProperty: true });
    });
  const STYLE_KEYS = ['outline-style', 'outline-width', 'outline-color', 'box-shadow', 'background-color', 'color', 'border-color', 'text-decoration-line', 'stroke', 'stroke-width', 'fill'];
  const look = (el: Element) => {
    const cs = getComputedStyle(el);
    return STYLE_KEYS.map((k) => cs.getPropertyValue(k)).join('|');
  };
  const unfocused = new Map<Element, string>();
  for (const el of tabbable()) unfocused.set(el, look(el));
  let prev: Element | null = null;
  const visited = new Set<Element>();

  const indicatorVisible = (el: Element): boolean => {
    const cs = getComputedStyle(el);
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 1 && !/rgba\(.*,\s*0\)$/.test(cs.outlineColor);
    if (outline || cs.boxShadow !== 'none') return true;
    const before = unfocused.get(el);
    return before !== undefined && before !== look(el);
  };
  const obscured = (el: Element): boolean => {
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) return false;
    const points: [number, number][] = [
      [r.left + r.width / 2, r.top + r.height / 2],
      [r.left + 2, r.top + 2],
      [r.right - 2, r.top + 2],
      [r.left + 2, r.bottom - 2],
      [r.right - 2, r.bottom - 2],
    ];
    return !points.some(([x, y]) => {
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return false;
      // The topmost element a reader can see there: fully transparent ones do not hide anything.
      const seen = (node: Element) => {
        for (let e: Element | null = node; e; e = e.parentElement) {
          const cs = getComputedStyle(e);
          if (cs.opacity === '0' || cs.visibility === 'hidden') return false;
        }
        return true;
      };
      const hit = document.elementsFromPoint(x, y).find(seen) ?? null;
      // A tooltip that focus itself opened does not count as hiding the element.
      return hit !== null && (hit === el || el.contains(hit) || hit.contains(el) || hit.closest('[role="tooltip"]') !== null);
    });
  };
  const between = (a: Element | null, b: Element | null): Element[] =>
    tabbable().filter(
      (el) =>
        !visited.has(el) &&
        el !== b &&
        (a === null || Boolean(a.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) &&
        (b === null || Boolean(b.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING)),
    );

  (window as unknown as { __walk: () => WalkState }).__walk = () => {
    const el = document.activeElement;
    const problems: string[] = [];
    if (!el || el === document.body || el === document.documentElement) {
      // Focus left the document: the walk is over. Anything after the last element was skipped.
      for (const missed of between(prev, null)) problems.push(`never reached by Tab: ${describe(missed)}`);
      return { done: true, focused: 'body', inStep: false, problems };
    }
    if (el === prev) problems.push(`Tab did not move focus from ${describe(el)} (trap)`);
    else if (visited.has(el)) problems.push(`Tab went back to ${describe(el)} (cycle)`);
    if (!el.matches(':focus-visible')) problems.push(`no :focus-visible on ${describe(el)}`);
    else if (!indicatorVisible(el)) problems.push(`no visible focus indicator on ${describe(el)}`);
    if (obscured(el)) problems.push(`focused but hidden under another element: ${describe(el)}`);
    for (const missed of between(prev, el)) problems.push(`skipped by Tab: ${describe(missed)}`);
    const done = visited.has(el);
    visited.add(el);
    prev = el;
    return { done, focused: describe(el), inStep: el.closest('[data-step]') !== null, problems };
  };
}

// A keyboard walk is a desktop reader's path (phones have no Tab key).
test('a keyboard-only walk through a chapter', { tag: '@desktop' }, async ({ page, story }, testInfo) => {
  expect(chapters.length, 'the build has chapters').toBeGreaterThan(0);
  test.setTimeout(120_000);
  const chapter = chapters.find((c) => c.route === 'chapters/ambition/') ?? chapters[0]!;
  await page.goto(chapter.route);
  await settle(page);

  // The skip link comes first, is visible when focused, and moves focus to the main content.
  await page.keyboard.press('Tab');
  const skip = page.locator('.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  // Walk the whole page from the top with Tab alone.
  await page.goto(chapter.route);
  await settle(page);
  await page.evaluate(installWalker);
  const problems: string[] = [];
  const path: string[] = [];
  const limit = (await page.evaluate(() => document.querySelectorAll('a, button, input, select, summary, [tabindex]').length)) * 2 + 20;
  let finished = false;
  let stepsReached = 0;
  for (let i = 0; i < limit && !finished; i++) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate(() => (window as unknown as { __walk: () => WalkState }).__walk());
    problems.push(...state.problems);
    path.push(state.focused);
    finished = state.done;
    if (state.inStep) stepsReached++;
  }
  await testInfo.attach('tab-order.txt', { body: path.join('\n'), contentType: 'text/plain' });
  expect(finished, `Tab never left the page after ${limit} presses: focus is trapped`).toBe(true);
  expect(path.length, 'the walk reached the chapter').toBeGreaterThan(3);
  expect(path[0], 'the skip link comes first').toContain('skip-link');
  if ((await story.steps()).length > 0) expect(stepsReached, 'Tab reaches the controls inside the steps').toBeGreaterThan(0);
  expect([...new Set(problems)], [...new Set(problems)].join('\n')).toEqual([]);
});
