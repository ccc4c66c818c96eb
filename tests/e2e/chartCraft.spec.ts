/**
 * Russia has one colour in every server-drawn chart of every step of every chapter. The chart
 * craft checked on the live chart at every step (notes inside the frame, no control over the
 * marks, timeline leaders from dot to label, text sizes, labels by their marks, Russia's colour)
 * runs in the one walk per chapter: walk.spec.ts with tests/e2e/support/walk.ts.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './support/story';
import { textWidth } from '../../src/charts/shared/text';

const outDir = process.env['OUT_DIR'] ?? 'dist';
const chapterDir = join(outDir, 'chapters');
const chapters = existsSync(chapterDir) ? readdirSync(chapterDir).filter((d) => existsSync(join(chapterDir, d, 'index.html'))).sort() : [];

/** What each colour token computes to as an svg fill, on this page in its theme. */
const tokenFills = (page: Page, tokens: string[]) =>
  page.evaluate((names) =>
    names.map((token) => {
      const probe = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
      probe.setAttribute('fill', `var(${token})`);
      document.querySelector('svg')!.appendChild(probe);
      const fill = getComputedStyle(probe).fill;
      probe.remove();
      return fill;
    }),
  tokens);

// Reads the server-drawn chart of every step: the same markup and colours at every size.
test('Russia keeps one colour across every chart and step of the story', { tag: '@desktop' }, async ({ story, page }) => {
  const fills = new Set<string>();
  let marks = 0;
  for (const chapter of chapters) {
    await story.gotoChapter(chapter);
    // Every step's server-drawn chart is in the page (shown in the flat view): read them all.
    const found = await page.locator('figure[data-chart] svg .russia').evaluateAll((els) =>
      // A line's points are hollow: their colour is their ring.
      els.flatMap((el) => [...el.querySelectorAll('.bar-rect, circle, .squares')].map((shape) => getComputedStyle(shape)[shape.matches('circle.point') ? 'stroke' : 'fill'])),
    );
    marks += found.length;
    found.forEach((fill) => fills.add(fill));
  }
  const [token] = await tokenFills(page, ['--c-russia']);
  expect(marks, 'some chart draws Russia').toBeGreaterThan(0);
  expect([...fills]).toEqual([token]);
});

// The claims timeline's steps are not in date order, and every claim it was not about had been
// drawn in full ink, its officials' in full red: four red rows where the step was about two
// (review of 7 Dec). Its step's own claims keep their ink; the rest step back to pale.
test("a claims step draws its own claims in full and the rest pale, officials' too", { tag: '@desktop' }, async ({ story, page }) => {
  await story.gotoChapter('outlook');
  const chart = page.locator('#official-ai-market-claims .step__chart svg');
  const fills = (sel: string) => chart.locator(sel).evaluateAll((els) => els.map((el) => getComputedStyle(el).fill));
  const [russia, ahead] = await tokenFills(page, ['--c-russia', '--c-ahead']);
  const own = await fills('.event.highlighted .label');
  expect(own.length, 'the step highlights its two claims').toBe(2);
  expect(new Set(own)).toEqual(new Set([russia]));
  const rest = await fills('.event:not(.highlighted) .label');
  expect(rest.length).toBeGreaterThan(5);
  expect(new Set(rest)).toEqual(new Set([ahead]));
});

// Red had meant "the government says" in the claims timeline and "an audit firm counted" on the
// report card of the same chapter (review of 6 Dec): a count of Russia alone is in ink, only
// the government's claim in Russia's colour.
test("the report card draws counts in ink and only the government's claim in Russia's colour", { tag: '@desktop' }, async ({ story, page }) => {
  await story.gotoChapter('outlook');
  const card = page.locator('#promise-report-card .step__chart svg');
  const paint = (sel: string, prop: 'fill' | 'stroke') => card.locator(sel).evaluateAll((els, p) => els.map((el) => getComputedStyle(el)[p]), prop);
  const [russia, ink] = await tokenFills(page, ['--c-russia', '--c-text']);
  const counts = await paint('.card .measure:not(.claim):not(.start)', 'fill');
  expect(counts.length, 'the report card draws a count').toBeGreaterThan(0);
  expect(new Set(counts)).toEqual(new Set([ink]));
  expect(await paint('.card .measure.claim', 'stroke')).toEqual([russia]);
  // The cover's report card draws them as the chapter does (its claim had turned grey).
  await page.goto('./');
  const cover = (sel: string) => page.locator(`.report-cards ${sel}`).evaluateAll((els) => els.map((el) => getComputedStyle(el).fill));
  expect(new Set(await cover('.measure.measure:not(.claim):not(.start)'))).toEqual(new Set([ink]));
  expect(await cover('.measure.claim')).toEqual([russia]);
});

// A reviewer read the TSMC road's cross, sitting in Kazakhstan, as closing Kazakhstan's road in
// the step about it; and the United States' dot, at the map's edge, sat on Morocco's coast.
test("the map's cut roads recede once a step is about other roads, only its roads keep their arrowheads, and the United States has no dot", { tag: '@desktop' }, async ({ story, page }) => {
  await story.gotoChapter('sanctions');
  const cut = (step: string) => page.locator(`#${step} .step__chart .route.cut`).evaluateAll((els) => els.map((el) => getComputedStyle(el).opacity));
  expect(await cut('direct-chip-sales-cut-2022')).toEqual(['1', '1']);
  expect(await cut('chips-via-neighbours-2022')).toEqual(['0.35', '0.35']);
  const crosses = (step: string) => page.locator(`#${step} .step__chart .route.cut .cross`).evaluateAll((els) => els.map((el) => getComputedStyle(el).opacity));
  expect(await crosses('direct-chip-sales-cut-2022')).toEqual(['1', '1']);
  // The key's "cut" recedes with the lines it names.
  const key = (step: string) => page.locator(`#${step} .step__chart .sample.key.cut`).evaluate((el) => getComputedStyle(el).opacity);
  expect([await key('direct-chip-sales-cut-2022'), await key('chips-via-neighbours-2022')]).toEqual(['1', '0.35']);
  // Only the step's roads keep their arrowheads (seven had piled up on Russia's dot).
  const heads = await page.locator('#chips-via-neighbours-2022 .step__chart .route').evaluateAll((els) => els.map((el) => [el.classList.contains('highlighted'), getComputedStyle(el.querySelector('.head')!).opacity]));
  expect(heads.filter(([hi]) => hi).map(([, o]) => o)).toEqual(['1', '1']);
  expect(new Set(heads.filter(([hi]) => !hi).map(([, o]) => o))).toEqual(new Set(['0']));
  const us = page.locator('#direct-chip-sales-cut-2022 .step__chart .place.united-states');
  await expect(us.locator('text')).toHaveText('← United States');
  expect(await us.locator('circle').evaluate((el) => getComputedStyle(el).display)).toBe('none');
  // The whole map, as an embed shows it: the crosses had sat by Kazakhstan's name there too.
  await page.goto('embed/chip-routes/');
  const whole = await page.locator('figure[data-state-name="allRoutes"] .route.cut .cross').evaluateAll((els) => els.map((el) => getComputedStyle(el).opacity));
  expect(whole.length).toBeGreaterThan(0);
  expect(new Set(whole)).toEqual(new Set(['0']));
});

// Two bars on a desktop had floated in the middle of a frame as tall as the panel, 100-120 px of
// air above and below them. The frame now keeps to what the bars need, under the title at the
// top of the panel (where every pinned chart's title is: walk.ts), and the footer follows it.
test('a chart of two bars keeps to their height, right under its title, with its footer after it', { tag: '@desktop' }, async ({ story }) => {
  await story.gotoChapter('brain-drain', 'github-profiles-moved-2022');
  const figure = await story.live(story.liveFigure('github-profiles-moved-2022'));
  const boxes = await figure.evaluate((fig) => {
    const box = (el: Element | null) => el!.getBoundingClientRect();
    const bars = [...fig.querySelectorAll('.chart-frame svg .bar-rect')].map((b) => b.getBoundingClientRect());
    const panel = fig.closest('.scrolly__graphic')!;
    return {
      frame: box(fig.querySelector('.chart-frame')),
      caption: box(fig.querySelector('figcaption')),
      footer: box(panel.querySelector('.scrolly__footer')),
      panel: box(panel),
      barsTop: Math.min(...bars.map((b) => b.top)),
      barsBottom: Math.max(...bars.map((b) => b.bottom)),
      bars: bars.length,
    };
  });
  expect(boxes.bars).toBe(2);
  // Air inside the frame: the rows' own padding only (a bar sits in the middle of its slot).
  expect(boxes.frame.top - boxes.caption.bottom).toBeLessThan(24);
  expect(boxes.barsTop - boxes.frame.top).toBeLessThan(40);
  expect(boxes.frame.bottom - boxes.barsBottom).toBeLessThan(40);
  // The footer follows the drawing; what the panel has left is below it.
  expect(boxes.footer.top - boxes.frame.bottom).toBeLessThan(24);
  expect(boxes.panel.bottom - boxes.footer.bottom).toBeGreaterThan(100);
});

// A timeline's first step had one event in an empty frame. Every event is listed from the
// start: those still to come in a paler grey, as rings off the spine, and each step's events
// take the text colour as the story reaches them.
test('a timeline lists its events to come, paler, and each step brings its own into the text colour', { tag: '@desktop' }, async ({ story, page }) => {
  const labels = async (step: string) => {
    await story.gotoChapter('sanctions', step);
    const figure = await story.live(story.liveFigure(step));
    return figure.locator('.timeline .event').evaluateAll((els) =>
      els.map((el) => ({ id: el.getAttribute('data-id'), official: el.classList.contains('official'), fill: getComputedStyle(el.querySelector('.label')!).fill, opacity: getComputedStyle(el).opacity, spine: getComputedStyle(el.querySelector('.when') ?? el).opacity })),
    );
  };
  const first = await labels('us-export-controls-2022');
  const [text, ahead] = await tokenFills(page, ['--c-text', '--c-ahead']);
  expect(ahead).not.toBe(text);
  expect(first.length).toBeGreaterThan(10);
  expect(first.every((e) => e.opacity === '1')).toBe(true);
  expect(first.map((e) => e.fill)).toEqual([text, ...first.slice(1).map(() => ahead)]);
  // On the spine only once reached.
  expect(first.map((e) => e.spine)).toEqual(['1', ...first.slice(1).map(() => '0')]);
  // Officials' events to come are red rings already: the title says "Russian voices in red",
  // and the first four steps had shown no red at all.
  const [russia] = await tokenFills(page, ['--c-russia']);
  const rings = await story.liveFigure('us-export-controls-2022').locator('.timeline .event.official .dot').evaluateAll((els) => els.map((el) => getComputedStyle(el).stroke));
  expect(rings.length).toBeGreaterThan(1);
  expect(new Set(rings)).toEqual(new Set([russia]));
  const later = await labels('russian-chips-stranded-2022');
  const reached = later.findIndex((e) => e.id === 'russian-chips-stranded-2022') + 1;
  expect(reached).toBeGreaterThan(5);
  // Once reached, Russian voices' words are red as well as their rings (a red ring beside grey
  // words had not said whose words were red); the rest in ink, those to come pale.
  expect(later.filter((e, i) => e.official && i < reached).length).toBeGreaterThan(0);
  expect(later.map((e) => e.fill)).toEqual(later.map((e, i) => (i >= reached ? ahead : e.official ? russia : text)));
});

// Chart labels are wrapped by a measure of the web font (src/charts/shared/text.ts), not by the
// browser: an average glyph had measured them a third wider than drawn, so they wrapped with a
// third of their room empty. Every server-drawn label of the story, as the font draws it, is no
// wider than the measure that wrapped it, and not much narrower.
test('every chart label is drawn as wide as the layout measured it, never wider', { tag: '@desktop' }, async ({ story, page }) => {
  // "All at once": every step's server-drawn chart on screen.
  await page.addInitScript(() => localStorage.setItem('read-mode', 'flat'));
  let count = 0;
  for (const chapter of chapters) {
    await story.gotoChapter(chapter);
    // The web font in both weights, not its metric-matched fallback (drawn a little wider).
    await page.evaluate(() => {
      const family = getComputedStyle(document.querySelector('figure[data-chart] svg text')!).fontFamily;
      return Promise.all(['400', '700'].map((w) => document.fonts.load(`${w} 16px ${family}`)));
    });
    const drawn = await page.locator('figure[data-chart] svg text').evaluateAll((els) =>
      els
        .filter((el) => el.textContent!.trim() && !el.querySelector('tspan'))
        .map((el) => ({ text: el.textContent!, size: parseFloat(getComputedStyle(el).fontSize), bold: Number(getComputedStyle(el).fontWeight) >= 600, width: (el as SVGTextElement).getComputedTextLength() })),
    );
    // Text in a hidden step's copy has no width to read.
    for (const { text, size, bold, width } of drawn.filter((d) => d.width > 0)) {
      const measured = textWidth(text, size);
      expect(width, `${chapter}: "${text}" at ${size} px`).toBeLessThanOrEqual(measured + 0.5);
      // Regular text is measured as bold (so a label keeps its lines when its step makes it bold).
      if (text.length > 8) expect(width, `${chapter}: "${text}" at ${size} px`).toBeGreaterThan(measured * (bold ? 0.88 : 0.8));
    }
    count += drawn.filter((d) => d.width > 0).length;
  }
  expect(count).toBeGreaterThan(300);
});

// The gallery drew each preview at 400 px and scaled it down: a phone read its words at 8.9-11.6 px.
test("the gallery's previews never draw a word under 12 px on a phone, nor under 14 px on a desktop", { tag: '@desktop' }, async ({ page }) => {
  await page.goto('charts/');
  for (const width of [320, 390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const smallest = await page.locator('.gallery-preview svg').evaluateAll((svgs) =>
      Math.min(
        ...svgs
          .filter((svg) => svg.getClientRects().length)
          .flatMap((svg) => {
            const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
            return [...svg.querySelectorAll('text')].filter((t) => t.getClientRects().length).map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
          }),
      ),
    );
    expect(smallest, `${width} px`).toBeGreaterThanOrEqual(width < 700 ? 11.95 : 13.95);
  }
});
