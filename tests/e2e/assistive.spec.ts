/**
 * What a screen-reader, keyboard-only or High Contrast reader meets in the scrollytelling layer
 * (issue 19), beyond what axe checks:
 * - the accessibility tree: each chart named by its title and described by its current summary,
 *   its drawing's words hidden (the marks, summary and table carry them), chart titles as
 *   headings in one outline, data tables with row headers and source names, `lang` on the
 *   parts in another language;
 * - announcements counted: none while scrolling; in the stepper one per step, naming the step;
 * - focus after every stepper action, at the ends too (aria-disabled, never lost to <body>);
 * - each chart one tab stop, its marks walked by the arrow keys in reading order, and a bound
 *   on a chapter's tab stops;
 * - forced colours (light and dark): chart words and marks in system colours, readable whatever
 *   theme the site uses. Screenshots to look at only with SHOTS=1.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, type StoryPage } from './support/story';
import { shot } from './support/shots';

const CHAPTERS = ['ambition', 'sanctions', 'brain-drain', 'china-pivot', 'outlook'];
/**
 * Tab stops a chapter may have in scroll mode: the header, the prose's citations and glossary
 * links, each step's share button, at most three per chart, the back matter. Before charts
 * became one stop each, sanctions had 110 and outlook 185; now 93 and 116 at most (outlook's
 * promise tracker, six more steps, adds their share buttons and citations). Stop 15: outlook 143,
 * its newer sentences (the AI subcommission, the spending measure) each citing their source.
 * What the bound catches is a chart with a stop per mark (hundreds), not a few more citations.
 */
const TAB_STOP_LIMIT = 150;

test.use({ reducedMotion: 'reduce' });

/** Records every change of text in a live region (aria-live, role=status or alert) from now on. */
async function listen(page: Page): Promise<void> {
  await page.evaluate(() => {
    const heard: string[] = [];
    (window as unknown as { __heard: string[] }).__heard = heard;
    const live = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"]';
    new MutationObserver((records) => {
      const regions = new Set<Element>();
      for (const r of records) {
        const node = r.target instanceof Element ? r.target : r.target.parentElement;
        const region = node?.closest(live);
        if (region) regions.add(region);
      }
      for (const region of regions) if (region.textContent?.trim()) heard.push(region.textContent.trim());
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}
const heard = (page: Page) => page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);

/** Elements Tab can reach now (visible, not disabled, not inside a closed disclosure). */
function tabStops(page: Page, within = 'body'): Promise<string[]> {
  return page.evaluate((within) => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex]';
    return [...document.querySelectorAll(`${within} :is(${selector})`)]
      .filter((el) => {
        if ((el as HTMLElement).tabIndex < 0 || (el as HTMLButtonElement).disabled || el.closest('[inert]')) return false;
        const details = el.closest('details:not([open])');
        if (details && !(el.tagName === 'SUMMARY' && el.parentElement === details)) return false;
        if (el instanceof HTMLInputElement && el.type === 'radio' && !el.checked) return false;
        return el.checkVisibility({ visibilityProperty: true });
      })
      .map((el) => `${el.tagName.toLowerCase()} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}`);
  }, within);
}

/** Titles and quotes in Cyrillic outside any non-English lang: a screen reader would read them in the English voice. */
function bareRussian(page: Page): Promise<string[]> {
  return page.locator('body :is(cite, q, .cite-pop-title)').evaluateAll((els) =>
    els.filter((el) => /[\u0400-\u04ff]{3}/.test(el.textContent ?? '') && !el.closest('[lang]:not([lang="en"])')).map((el) => el.textContent ?? ''),
  );
}

/** WCAG contrast ratio of two computed `rgb(...)` colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r = 0, g = 0, bl = 0] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => Number(v) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

async function setReadMode(page: Page, mode: 'Step by step' | 'Scroll'): Promise<void> {
  await page.locator('[data-reader-settings] summary').click();
  await page.getByRole('radio', { name: mode }).check();
  await page.keyboard.press('Escape');
}

test.describe('the accessibility tree', () => {
  for (const slug of CHAPTERS) {
    // Names, descriptions, the outline and the tables are markup, the same at every width: desktop only.
    test(`${slug}: charts named by their titles, described by their summaries, titles in the outline`, { tag: '@desktop' }, async ({ story, page }) => {
      await story.gotoChapter(slug);
      const sections = page.locator('[data-scrolly]');
      const count = await sections.count();
      expect(count, 'the chapter has charts').toBeGreaterThan(0);
      for (let i = 0; i < count; i++) {
        const figure = await story.live(sections.nth(i));
        const title = (await figure.locator('.chart-title').innerText()).trim();
        await expect(figure).toHaveAccessibleName(title);
        // Read together: the step (and its summary) may still change as the scroll settles.
        await expect(async () => {
          const summary = (await figure.locator('.chart-summary').textContent())!.trim();
          await expect(figure).toHaveAccessibleDescription(summary, { timeout: 500 });
        }).toPass();
        await expect(figure.getByRole('heading', { level: 2, name: title })).toHaveCount(1);
        // The summary is not a live region: the step being read is the news.
        await expect(figure.locator('[aria-live]')).toHaveCount(0);
        // The drawing's own words are hidden; what remains are the marks, each named.
        const svg = figure.locator('svg');
        await expect(svg).toHaveAttribute('role', 'group');
        expect(await svg.locator('text:not([aria-hidden="true"])').count(), 'svg text hidden from the tree').toBe(0);
        const tree = await svg.ariaSnapshot();
        expect(tree.split('\n').filter((l) => /^\s*- (?!'?(img|group)\b)/.test(l)), `only named marks in ${tree}`).toEqual([]);
      }
      // One outline: one H1, then no level skipped; chart titles are H2 among the chapter's H2s.
      const levels = await page.locator('main :is(h1, h2, h3, h4, h5, h6)').evaluateAll((hs) =>
        hs.filter((h) => (h as HTMLElement).checkVisibility() || h.closest('.scrolly__graphic')).map((h) => Number(h.tagName[1])),
      );
      expect(levels.filter((l) => l === 1)).toHaveLength(1);
      expect(levels[0]).toBe(1);
      levels.forEach((level, i) => i > 0 && expect(level - levels[i - 1]!, `heading levels ${levels.join(' ')}`).toBeLessThanOrEqual(1));
      // Data tables: each row headed, sources named by publisher (never an id like "reuters-sber-2025").
      const tables = page.locator('.scrolly__footer table');
      expect(await tables.count()).toBe(count);
      for (const table of await tables.all()) {
        const rows = await table.locator('tbody tr').count();
        await expect(table.locator('tbody th[scope="row"]')).toHaveCount(rows);
        const sources = await table.locator('tbody tr td:last-child').allTextContents();
        expect(sources.filter((s) => /^[a-z0-9]+(-[a-z0-9]+)+$/.test(s.trim())), 'source ids shown as names').toEqual([]);
      }
      // Language of parts: source titles and quoted passages in Russian carry their lang.
      expect(await bareRussian(page)).toEqual([]);
      expect(await page.locator('main cite[lang="ru"]').count(), 'Russian source titles in the chapter sources').toBeGreaterThan(0);
    });
  }

  test('/sources/: titles and quoted words in another language carry their lang', async ({ page }) => {
    await page.goto('sources/');
    const langs = await page.locator('main [lang]').evaluateAll((els) => els.map((el) => el.getAttribute('lang')));
    expect(langs.filter((l) => l === 'ru').length, 'Russian titles and quotes marked').toBeGreaterThanOrEqual(14);
    expect(langs).toContain('de');
    expect(await bareRussian(page)).toEqual([]);
  });
});

test.describe('announcements', () => {
  test('scroll mode: nothing is announced while scrolling down and back up', async ({ story, page }) => {
    await story.gotoChapter('outlook');
    await listen(page);
    const steps = await story.steps();
    for (const step of steps) {
      await story.scrollToStep(step.id);
      await expect(story.liveFigure(step.id)).toHaveAttribute('data-state', step.id);
    }
    for (const step of [...steps].reverse().slice(1, 4)) {
      await story.scrollToStep(step.id);
      await expect(story.liveFigure(step.id)).toHaveAttribute('data-state', step.id);
    }
    expect(await heard(page)).toEqual([]);
  });

  test('stepper: one message per step naming it, focus stays on the control, also at the ends', async ({ story, page }) => {
    await story.gotoChapter('sanctions');
    await setReadMode(page, 'Step by step');
    await listen(page);
    const section = page.locator('[data-scrolly]').first();
    const ids = await section.locator('[data-step]').evaluateAll((els) => els.map((el) => el.getAttribute('data-step')!));
    const next = section.getByRole('button', { name: 'Next' });
    const previous = section.getByRole('button', { name: 'Previous' });
    await expect(previous).toHaveAttribute('aria-disabled', 'true');
    await next.focus();
    for (let i = 1; i < ids.length; i++) {
      await page.keyboard.press('Enter');
      await expect(story.liveFigure(ids[i]!)).toHaveAttribute('data-state', ids[i]!);
      await expect(next).toBeFocused();
      const messages = await heard(page);
      expect(messages, 'one message per step').toHaveLength(i);
      const opening = (await page.locator(`#${ids[i]} .step__text`).innerText()).trim().slice(0, 24);
      expect(messages[i - 1]).toMatch(new RegExp(`^Step ${i + 1} of ${ids.length}: `));
      expect(messages[i - 1]).toContain(opening.replace(/\s+/g, ' '));
      expect(messages[i - 1], 'citation numbers left out').not.toMatch(/\.\d|\d\./);
    }
    // The last step: Next is unavailable but keeps focus; pressing it says nothing new.
    await expect(next).toHaveAttribute('aria-disabled', 'true');
    await page.keyboard.press('Enter');
    await expect(next).toBeFocused();
    expect(await heard(page)).toHaveLength(ids.length - 1);
    // Back to the first step with Previous, then the same at that end.
    await previous.focus();
    for (let i = ids.length - 2; i >= 0; i--) {
      await page.keyboard.press('Enter');
      await expect(story.liveFigure(ids[i]!)).toHaveAttribute('data-state', ids[i]!);
      await expect(previous).toBeFocused();
    }
    await expect(previous).toHaveAttribute('aria-disabled', 'true');
    await page.keyboard.press('Enter');
    await expect(previous).toBeFocused();
    expect(await heard(page)).toHaveLength(2 * (ids.length - 1));
    // The chart keeps its name while its state changes.
    const title = (await section.locator('.scrolly__graphic .chart-title').innerText()).trim();
    await expect(section.locator('.scrolly__graphic figure')).toHaveAccessibleName(title);
  });
});

test.describe('keyboard', { tag: '@desktop' }, () => {
  for (const slug of CHAPTERS) {
    test(`${slug}: each chart one tab stop, marks walked by arrow keys in reading order; tab stops bounded`, async ({ story, page }) => {
      await story.gotoChapter(slug);
      const sections = await page.locator('[data-scrolly]').evaluateAll((els) =>
        els.map((s) => ({ kind: s.querySelector('figure')?.getAttribute('data-kind') ?? '', steps: [...s.querySelectorAll('[data-step]')].map((st) => st.getAttribute('data-step')!) })),
      );
      for (const { kind, steps } of sections) {
        const last = steps.at(-1)!;
        await story.scrollToStep(last);
        const figure = story.liveFigure(last);
        await expect(figure).toHaveAttribute('data-state', last);
        await story.live(figure);
        // Chart chrome: at most the sources control, one mark and the data table control.
        const graphic = `[data-scrolly]:has([data-step="${last}"]) .scrolly__graphic`;
        // (A reader's guess adds its own three controls: the slider, the number and "Show me".)
        const stops = await tabStops(page, graphic);
        expect(stops.length, stops.join('\n')).toBeLessThanOrEqual(kind === 'guess' ? 6 : 3);
        const marks = figure.locator('svg [data-tip][tabindex]');
        const total = await marks.count();
        await expect(figure.locator('svg [tabindex="0"]')).toHaveCount(1);
        const along = kind === 'rank' ? 'x' : kind === 'line' || kind === 'map' ? null : 'y';
        // Tabbing in (focus on the tab stop) lands on the first mark in reading order: the stop is
        // the first mark drawn until then (roving.ts measures the marks only when a reader comes in).
        await figure.locator('svg [tabindex="0"]').focus();
        if (along) {
          const first = await page.evaluate((side) => {
            const at = document.activeElement!;
            const marks = [...at.closest('svg')!.querySelectorAll('[data-tip][tabindex]')].map((m) => m.getBoundingClientRect()[side]);
            return marks.every((v) => v >= at.getBoundingClientRect()[side] - 3);
          }, along === 'x' ? ('left' as const) : ('top' as const));
          expect(first, `${kind}: tabbing in lands on the first mark in reading order`).toBe(true);
        }
        // Walk: from the tab stop, Home goes to the first mark and ArrowRight reaches every mark once, in reading order.
        await page.keyboard.press('Home');
        const seen: { label: string; x: number; y: number }[] = [];
        for (let i = 0; i < total; i++) {
          seen.push(
            await page.evaluate(() => {
              const el = document.activeElement!;
              const r = el.getBoundingClientRect();
              return { label: el.getAttribute('aria-label') ?? '', x: r.left, y: r.top };
            }),
          );
          await page.keyboard.press('ArrowRight');
        }
        expect(new Set(seen.map((s) => s.label)).size, `${kind}: every mark reached once`).toBe(total);
        if (along) {
          for (let i = 1; i < seen.length; i++) expect(seen[i]![along], `${kind} marks in reading order`).toBeGreaterThanOrEqual(seen[i - 1]![along] - 3);
        }
        await expect(page.locator(':focus')).toHaveAttribute('aria-label', seen.at(-1)!.label);
        await page.keyboard.press('Home');
        await expect(page.locator(':focus')).toHaveAttribute('aria-label', seen[0]!.label);
        await expect(page.locator(':focus')).toHaveAttribute('tabindex', '0');
        // Escape closes the tooltip, focus stays; one Tab leaves the chart. (A mark whose label
        // says it all, such as a units chart's "Russia, 2024: not reported", has no tooltip.)
        if (await page.locator(':focus').getAttribute('data-tip')) await expect(figure.locator('.chart-tooltip')).toBeVisible();
        else await expect(figure.locator('.chart-tooltip')).toHaveCount(0);
        await page.keyboard.press('Escape');
        await expect(figure.locator('.chart-tooltip')).toHaveCount(0);
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.closest('svg') === null)).toBe(true);
      }
      const stops = await tabStops(page);
      expect(stops.length, `tab stops on ${slug}:\n${stops.join('\n')}`).toBeLessThanOrEqual(TAB_STOP_LIMIT);
      test.info().annotations.push({ type: 'tab stops', description: `${slug}: ${stops.length}` });
    });
  }

  /** The live figure of the first bar chart's section, reached by scrolling to its first step as a reader would (islands draw as their section nears). */
  async function barsStep(story: StoryPage, page: Page): Promise<Locator> {
    const step = (await page.locator('.step:has(.step__chart figure[data-kind="bars"])').first().getAttribute('data-step'))!;
    await story.scrollToStep(step);
    return story.liveFigure(step);
  }

  test('a tooltip can be hovered without closing, and Escape dismisses it', async ({ story, page }) => {
    await story.gotoChapter('outlook');
    const figure = await story.live(await barsStep(story, page));
    const mark = figure.locator('svg [data-tip][tabindex]').first();
    const box = (await mark.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const tooltip = figure.locator('.chart-tooltip');
    await expect(tooltip).toBeVisible();
    const tip = (await tooltip.boundingBox())!;
    // Move in small steps from the mark onto the tooltip.
    await page.mouse.move(tip.x + tip.width / 2, tip.y + tip.height / 2, { steps: 8 });
    await expect(tooltip).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(tooltip).toHaveCount(0);
  });

  test('a mouse passing over a mark opens nothing; resting on it opens its tooltip', async ({ story, page }) => {
    test.skip(!!test.info().project.use.hasTouch, 'a mouse pointer');
    await story.gotoChapter('outlook');
    const figure = await story.live(await barsStep(story, page));
    const mark = figure.locator('svg [data-tip][tabindex]').first();
    const box = (await mark.boundingBox())!;
    const frame = (await figure.locator('.chart-frame').boundingBox())!;
    const tooltip = figure.locator('.chart-tooltip');
    // Marks passing under a pointer (a scroll, a redraw, a pointer crossing the chart) open nothing.
    await page.mouse.move(frame.x + 2, frame.y + 2);
    await mark.evaluate((el) => {
      const w = window as unknown as { tipTimes: Record<string, number> };
      w.tipTimes = {};
      el.addEventListener('pointerover', () => (w.tipTimes['over'] ??= performance.now()));
      new MutationObserver(() => {
        if (el.closest('figure')!.querySelector('.chart-tooltip')) w.tipTimes['shown'] ??= performance.now();
      }).observe(el.closest('figure')!, { childList: true, subtree: true });
    });
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.move(frame.x + 2, frame.y + 2);
    await page.waitForTimeout(400);
    await expect(tooltip).toHaveCount(0);
    // Resting on the mark opens it, after a short wait.
    await page.evaluate(() => ((window as unknown as { tipTimes: Record<string, number> }).tipTimes = {}));
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect(tooltip).toBeVisible();
    const { over, shown } = await page.evaluate(() => (window as unknown as { tipTimes: Record<string, number> }).tipTimes);
    expect(shown! - over!, 'the tooltip waits for the pointer to rest').toBeGreaterThanOrEqual(150);
  });
});

test.describe('forced colours', () => {
  for (const [scheme, siteTheme] of [
    ['dark', 'light'],
    ['light', 'dark'],
  ] as const) {
    test(`a ${scheme} contrast theme over the site's ${siteTheme} theme: chart words and marks readable`, async ({ story, page }, info) => {
      await page.emulateMedia({ forcedColors: 'active', colorScheme: scheme });
      await page.addInitScript((theme) => localStorage.setItem('theme', theme), siteTheme);
      await story.gotoChapter('sanctions');
      for (const slug of ['sanctions-timeline']) {
        const figure = await story.live(story.figure(slug));
        const check = await figure.evaluate((fig) => {
          const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
          const lum = (c: string) => {
            const [r = 0, g = 0, b = 0] = parse(c).map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
          };
          const ratio = (a: string, b: string) => {
            const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
            return (x! + 0.05) / (y! + 0.05);
          };
          let bg = getComputedStyle(document.body).backgroundColor;
          for (let e: Element | null = fig; e; e = e.parentElement) {
            const c = getComputedStyle(e).backgroundColor;
            if (!/rgba\(.*, 0\)|transparent/.test(c)) {
              bg = c;
              break;
            }
          }
          const words = [...fig.querySelectorAll('svg text')].map((t) => ratio(getComputedStyle(t).fill, bg));
          const text = getComputedStyle(fig).color;
          return { bg, text, worst: Math.min(...words), words: words.length };
        });
        expect(check.words).toBeGreaterThan(0);
        expect(check.worst, `svg words on ${check.bg}`).toBeGreaterThanOrEqual(4.5);
        await shot(page, `test-results/assistive/forced-${scheme}-over-${siteTheme}-${info.project.name}.png`);
        // A focused mark and its tooltip keep an outline and a box.
        await figure.locator('svg [tabindex="0"]').focus();
        const tooltip = figure.locator('.chart-tooltip');
        await expect(tooltip).toBeVisible();
        const tip = await tooltip.evaluate((t) => ({ border: getComputedStyle(t).borderTopStyle, color: getComputedStyle(t).color, ground: getComputedStyle(t).backgroundColor }));
        expect(tip.border).toBe('solid');
        expect(contrast(tip.color, tip.ground), `tooltip text ${tip.color} on ${tip.ground}`).toBeGreaterThanOrEqual(4.5);
        await shot(figure, `test-results/assistive/forced-${scheme}-over-${siteTheme}-focus-${info.project.name}.png`);
      }
    });
  }
});
