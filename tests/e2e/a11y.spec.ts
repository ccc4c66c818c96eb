/**
 * Accessibility audit over every built page (found in the build output at test time), at the
 * phone and desktop sizes of the two projects:
 * - axe with the WCAG 2.0/2.1/2.2 A and AA rules (tests/e2e/support/a11y.ts): pages whose layout
 *   changes with the size (cover, chapters, chart gallery) at both sizes, with every rule in
 *   light and the colour rules in dark (the themes differ only in colour tokens); one-column
 *   pages (embeds, guides, handouts, glossary, sources, 404), whose markup does not change with
 *   the width, every rule in light at desktop, the colour and layout rules in dark at phone (one
 *   guide and one handout standing for their templates there); one embed
 *   stands for the embed template at each size, since every chart is checked in both themes
 *   at both sizes on the gallery (/charts/), and every embed still gets the other checks;
 * - reflow: no horizontal scroll at 320 CSS px (phone project), nor with text at 200% (desktop);
 * - reduced motion: nothing animates once the reader asks for less motion;
 * - chapters get all of the above, and axe at every section's last state and on the flat view,
 *   in their walk through every step (walk.spec.ts, one page load per chapter and size);
 * - a keyboard-only walk through a chapter: skip link first, a visible focus indicator on
 *   everything focused, nothing focusable skipped or hidden under the sticky chart, no trap.
 */
import { test, expect } from './support/story';
import { COLOUR_RULES, LAYOUT_RULES, axe, motionAfterScroll, reflow, settle } from './support/a11y';
import { label, sitePages } from './support/site';

const pages = sitePages();
const chapters = pages.filter((p) => p.kind === 'chapter');

test.use({ reducedMotion: 'reduce' });

/**
 * Pages laid out differently at phone and desktop sizes (a sticky chart beside or over the
 * steps, card grids): axe in both themes at both sizes. Every other page is one column whose
 * markup and colours are the same at every width: light at desktop, dark at phone size.
 */
const sizeDependent = (route: string) => route === '' || route === 'charts/' || /^chapters\/[^/]+\/$/.test(route);
/**
 * Pages made from one template: embeds (one chart each), guides and handouts (five of each). The
 * first of each stands for the rest: it alone of the embeds gets axe (every chart is axe'd in
 * both themes at both sizes on the gallery, /charts/), and of the guides and handouts it alone
 * gets the dark theme at phone size (each still gets every rule in light at desktop size).
 */
const TEMPLATES = [/^embed\//, /^teach\/[^/]+\/$/, /^teach\/[^/]+\/handout\/$/];
const standsIn = (route: string) => {
  const template = TEMPLATES.find((t) => t.test(route));
  return !template || pages.find((p) => template.test(p.route))?.route === route;
};

test.describe('every page', () => {
  // Chapters get these checks in their walk through every step (walk.spec.ts), on the same load.
  for (const site of pages.filter((p) => p.kind !== 'chapter')) {
    test(`${label(site)}: axe light and dark, reflow, text zoom, reduced motion`, async ({ page }, testInfo) => {
      // The sources page lists every source with its quoted words: axe needs longer there, and
      // on the longest pages, which are checked in both themes.
      if (site.route.includes('sources') || sizeDependent(site.route)) test.slow();
      const desktop = testInfo.project.name === 'desktop';
      const themes = sizeDependent(site.route)
        ? (['light', 'dark'] as const)
        : !standsIn(site.route) && (site.kind === 'embed' || !desktop)
          ? ([] as const)
          : desktop
            ? (['light'] as const)
            : (['dark'] as const);
      // A one-column page's markup is the same at both sizes: every rule at desktop size; at
      // phone size, in dark, the rules whose outcome depends on colour or layout (support/a11y.ts).
      // A page laid out by size gets every rule in light at both sizes; its second theme differs
      // only in colour.
      const only = (index: number) =>
        index > 0 ? COLOUR_RULES : !desktop && !sizeDependent(site.route) ? [...COLOUR_RULES, ...LAYOUT_RULES] : [];
      const problems: string[] = [];
      await page.emulateMedia({ colorScheme: themes[0] ?? 'light', reducedMotion: 'reduce' });
      await page.goto(site.route);
      await settle(page);
      for (const [index, theme] of themes.entries()) {
        await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
        await settle(page);
        problems.push(...(await axe(page, theme, { only: only(index) })));
      }
      // Reduced motion: scroll through the page; nothing may be animating afterwards.
      problems.push(...(await motionAfterScroll(page)));
      problems.push(...(await reflow(page, desktop)));
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
    // Which chart a control belongs to: every chart has a "Data table".
    const chart = el.closest('figure[data-chart]')?.getAttribute('data-state') ?? el.closest('[data-chart-id]')?.getAttribute('data-chart-id');
    return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('class') ? `.${el.getAttribute('class')!.split(' ')[0]}` : ''}> "${text}"${chart ? ` in ${chart}` : ''}`;
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
  // What could take focus before this Tab press: a chart whose step changes as focus scrolls the
  // page makes marks focusable behind the focus, which the browser could not have skipped.
  let before = new Set(tabbable());

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
        before.has(el) &&
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
    if (obscured(el)) {
      const r = el.getBoundingClientRect();
      const over = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      problems.push(`focused but hidden under another element: ${describe(el)}, under ${over ? describe(over) : 'nothing'} at y ${Math.round(r.top)}`);
    }
    for (const missed of between(prev, el)) problems.push(`skipped by Tab: ${describe(missed)}`);
    const done = visited.has(el);
    visited.add(el);
    prev = el;
    before = new Set(tabbable());
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
