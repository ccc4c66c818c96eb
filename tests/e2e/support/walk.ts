/**
 * One walk through a chapter, step by step as a reader scrolls, that runs every per-step check
 * of the suite at each step (walk.spec.ts runs it once per chapter at each project's size).
 * Walking a chapter costs a page load and a scroll per step; five specs used to walk every
 * chapter on their own. To check something at every step, add a `StepCheck` to `STEP_CHECKS`
 * (or pass your own list to `walkChapter`): it gets the reached step and returns problems.
 */
import type { Locator, Page } from '@playwright/test';
import { axe, runningAnimations } from './a11y';
import { shot, wantShots } from './shots';
import { expect, type StoryPage } from './story';

export interface Section {
  /** The chart id the section's sticky figure shows. */
  chart: string;
  kind: string;
  steps: string[];
}

export interface StepContext {
  page: Page;
  chapter: string;
  section: Section;
  step: string;
  /** The live figure, already in the step's state and drawn (two frames after the change). */
  figure: Locator;
  desktop: boolean;
  /** The viewport width. */
  width: number;
  first: boolean;
  last: boolean;
}

export interface StepCheck {
  /** Prefixes each problem the check reports. */
  name: string;
  run: (at: StepContext) => Promise<string[]>;
}

/** Steps grouped by the sticky chart they drive, in document order. */
export function sections(page: Page): Promise<Section[]> {
  return page.locator('[data-scrolly]').evaluateAll((els) =>
    els.map((s) => ({
      chart: s.getAttribute('data-chart-id') ?? '',
      kind: s.querySelector('figure')?.getAttribute('data-kind') ?? '',
      steps: [...s.querySelectorAll('[data-step]')].map((st) => st.getAttribute('data-step') ?? ''),
    })),
  );
}

/** Scrolls to a step and waits until its live chart shows that step's state, drawn. */
export async function reach(story: StoryPage, page: Page, step: string): Promise<Locator> {
  await story.scrollToStep(step);
  const figure = story.liveFigure(step);
  await expect(figure).toHaveAttribute('data-state', step);
  // The figure shows the first step before it goes live (tab stops, scroll triggers): wait for that.
  await expect(figure.locator('svg[role="group"]').first()).toBeAttached();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  return figure;
}

/**
 * Walks every step of the open chapter in document order and runs `checks` at each; returns
 * every problem as `chart #step [check]: problem`. Fails at once if a step's state is not
 * reached (every check would be meaningless).
 */
export async function walkChapter(story: StoryPage, page: Page, chapter: string, checks: StepCheck[]): Promise<{ problems: string[]; steps: number }> {
  const problems: string[] = [];
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  let steps = 0;
  for (const section of await sections(page)) {
    for (const [index, step] of section.steps.entries()) {
      const figure = await reach(story, page, step);
      steps++;
      const at: StepContext = { page, chapter, section, step, figure, desktop: viewport.width >= 1000, width: viewport.width, first: index === 0, last: index === section.steps.length - 1 };
      for (const check of checks) {
        for (const problem of await check.run(at)) problems.push(`${viewport.width}px ${section.chart} #${step} [${check.name}]: ${problem}`);
      }
    }
  }
  return { problems, steps };
}

// ---------------------------------------------------------------------------------------------
// The checks. Each was a walk of its own spec before (named in brackets).

/** [a11y] Under reduced motion nothing is animating once the step's state is drawn. */
export const stillUnderReducedMotion: StepCheck = {
  name: 'reduced motion',
  run: async ({ page }) => (await runningAnimations(page)).map((a) => `still animating ${a}`),
};

/**
 * [a11y] axe on every live chart and its controls in its section's last state, in one run once
 * the walk has passed every step. A step changes only its section's live chart and which step
 * is active, and a chart the reader has scrolled past stays in its last step's state (checked
 * first: a section not in it is reported). The page as it opens (every first state) is checked
 * whole, in both themes; a section of one step has nothing new. One run instead of one per
 * section: axe's set-up walks the whole page each time, however little it checks.
 */
export async function axeOnLastStates(page: Page): Promise<string[]> {
  const multi = (await sections(page)).filter((s) => s.steps.length > 1);
  const problems: string[] = [];
  for (const { chart, steps } of multi) {
    const state = await page.locator(`[data-scrolly]:has([data-step="${steps.at(-1)}"]) .scrolly__graphic figure[data-chart]`).getAttribute('data-state');
    if (state !== steps.at(-1)) problems.push(`${chart}: after the walk the live chart shows ${state}, not its last step ${steps.at(-1)}`);
  }
  if (multi.length === 0) return problems;
  const include = multi.map(({ steps }) => `[data-scrolly]:has([data-step="${steps.at(-1)}"]) .scrolly__graphic`);
  return [...problems, ...(await axe(page, 'last states', { include }))];
}

/**
 * [chartCraft, chartCraft2] What a graphics editor checks on the live chart: the smallest
 * chart text is at least 14 px on a desktop and 12 px on a phone; every label within 40 px of
 * a shape of its own mark; every note inside the frame; no control (disclosure, button) over
 * a mark; a timeline label pushed from its dot tied to it by a leader from the dot to the
 * label; Russia's marks in Russia's colour token.
 */
export const chartCraft: StepCheck = {
  name: 'craft',
  run: async ({ figure, desktop }) => {
    const { problems } = await figure.evaluate(
      (fig, { minText, tied }) => {
        const problems: string[] = [];
        const probe = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
        probe.setAttribute('fill', 'var(--c-russia)');
        const svgEl = fig.querySelector('svg')!;
        svgEl.appendChild(probe);
        const russia = getComputedStyle(probe).fill;
        probe.setAttribute('fill', 'var(--c-bg)');
        const ground = getComputedStyle(probe).fill;
        probe.remove();
        const shown = (el: Element) => {
          if (el.getBoundingClientRect().width === 0) return false;
          for (let node: Element | null = el; node && node !== fig; node = node.parentElement) if (getComputedStyle(node).opacity === '0') return false;
          return true;
        };
        const svg = svgEl.getBoundingClientRect();
        // Smallest text, as drawn on screen (font size times the drawing's scale).
        for (const t of svgEl.querySelectorAll('text')) {
          if (!shown(t) || !t.textContent?.trim()) continue;
          const px = parseFloat(getComputedStyle(t).fontSize) * ((t as SVGGraphicsElement).getScreenCTM()?.a ?? 1);
          if (px < minText - 0.05) problems.push(`"${t.textContent.trim().slice(0, 30)}" is ${px.toFixed(1)} px`);
        }
        // Each mark's label near a shape of that mark.
        const gap = (a: DOMRect, b: DOMRect) => Math.hypot(Math.max(0, a.left - b.right, b.left - a.right), Math.max(0, a.top - b.bottom, b.top - a.bottom));
        for (const mark of svgEl.querySelectorAll('[data-id]')) {
          const label = mark.querySelector(':scope > text.label, :scope > .label-at > text.label, :scope > text');
          const shapes = [...mark.querySelectorAll(':scope > circle.dot, :scope > rect:not(.ground), :scope > path.squares, :scope > circle.point')].filter(shown);
          if (!label || !shown(label) || !shapes.length) continue;
          const l = label.getBoundingClientRect();
          const nearest = Math.min(...shapes.map((s) => gap(l, s.getBoundingClientRect())));
          if (nearest > tied) problems.push(`label "${label.textContent?.trim().slice(0, 30)}" is ${Math.round(nearest)} px from its mark`);
        }
        // A note paints nothing beyond its letters (its box is an estimate, wider than its text,
        // that cut gridlines), and its letters carry a halo in the page's colour over lines.
        for (const note of fig.querySelectorAll('.chart-note')) {
          const box = note.querySelector('.note-box');
          const text = getComputedStyle(note.querySelector('.note-text')!);
          if (box && getComputedStyle(box).fill !== 'none') problems.push(`note "${note.textContent?.trim().slice(0, 30)}" paints a box behind its text`);
          if (!text.paintOrder.startsWith('stroke') || text.stroke !== ground || parseFloat(text.strokeWidth) < 2) problems.push(`note "${note.textContent?.trim().slice(0, 30)}" has no halo in the page's colour`);
        }
        // A level note leader strikes through no other text (a timeline note's leader had started
        // inside its bold label's last word).
        // Line by line: a label's second line may run on under a leader level with its first.
        const lines = [...svgEl.querySelectorAll('text')].filter((t) => shown(t) && t.textContent?.trim()).flatMap((t) => (t.querySelector('tspan') ? [...t.querySelectorAll('tspan')] : [t]));
        for (const leader of fig.querySelectorAll('.note-leader')) {
          const r = leader.getBoundingClientRect();
          if (r.height > 2 || r.width < 1) continue;
          const struck = lines.find((t) => {
            const b = t.getBoundingClientRect();
            return !t.closest('.chart-note')?.contains(leader) && r.top > b.top + 3 && r.top < b.bottom - 3 && Math.min(r.right, b.right) - Math.max(r.left, b.left) > 1;
          });
          if (struck) problems.push(`a note's leader strikes through "${struck.textContent?.trim().slice(0, 30)}"`);
        }
        // Every note inside the frame (drawn or not).
        const inside = (r: DOMRect) => r.left >= svg.left - 1 && r.right <= svg.right + 1 && r.top >= svg.top - 1 && r.bottom <= svg.bottom + 1;
        for (const note of fig.querySelectorAll('.chart-note')) if (!inside(note.getBoundingClientRect())) problems.push(`note "${note.textContent?.trim()}" leaves the frame`);
        // No control of any sticky graphic over a mark (any mark with a box and not itself
        // transparent; chartCraft2.spec's set, marks under a faded group left out, is a subset).
        const hits = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        // Less than a pixel is a frame's edge meeting the control under it, not a control over a
        // mark (the TOP500 squares end at their frame's foot, the "Data table" line starts there).
        const over = (a: DOMRect, b: DOMRect) => hits(new DOMRect(a.x + 1, a.y + 1, a.width - 2, a.height - 2), b);
        const controls = [...document.querySelectorAll('.scrolly__graphic summary, .scrolly__graphic button')].filter((c) => c.getBoundingClientRect().width > 0);
        // (Drawn marks only: a tracker's rows outside a phone frame are hidden, translated above it.)
        const marks = [...svgEl.querySelectorAll('[data-id], .dot, .point, .squares, text')].filter((m) => m.getBoundingClientRect().width > 0 && getComputedStyle(m).opacity !== '0' && m.checkVisibility({ visibilityProperty: true }));
        for (const control of controls) {
          const under = marks.find((m) => over(control.getBoundingClientRect(), m.getBoundingClientRect()));
          if (under) problems.push(`"${control.textContent?.trim()}" covers ${under.getAttribute('data-id') ?? under.textContent?.trim().slice(0, 30)}`);
        }
        // Leaders tie a highlighted timeline label to its dot.
        for (const event of fig.querySelectorAll('.timeline .event.highlighted')) {
          const dot = event.querySelector('.dot')!.getBoundingClientRect();
          const leader = event.querySelector('.leader')?.getBoundingClientRect();
          const label = event.querySelector('.label')?.getBoundingClientRect();
          if (!leader || !label) continue;
          const cy = dot.top + dot.height / 2;
          if (leader.top > cy + 2 || leader.bottom < cy - 2) problems.push('a timeline leader does not start at its dot');
          if (leader.bottom < label.top - 2 || leader.top > label.bottom + 2) problems.push('a timeline leader does not reach its label');
          if (Math.abs(label.left - dot.right) > 40) problems.push('a timeline label is far from its dot');
        }
        // Russia's fills in this step.
        const fills = [...svgEl.querySelectorAll('.russia')].filter(shown).flatMap((el) =>
          // A line's points are hollow: their colour is their ring.
          [el, ...el.querySelectorAll('*')].filter((s) => s.matches('.bar-rect, circle, .squares, .unit')).map((s) => getComputedStyle(s)[s.matches('circle.point') ? 'stroke' : 'fill']),
        );
        for (const fill of new Set(fills)) if (fill !== russia) problems.push(`Russia drawn in ${fill}, not its colour ${russia}`);
        return { problems };
      },
      { minText: desktop ? 14 : 12, tied: TIED },
    );
    return problems;
  },
};
/** How far (px) a label may sit from the nearest shape of its own mark. */
const TIED = 40;

/**
 * [charts] One pass over a figure's svg: every visible mark or text whose box leaves the svg's
 * box, and every pair of visible text elements that overlap (1px allowed). Elements faded out
 * (opacity 0 on themselves or an ancestor) are not drawn, so they are not checked.
 */
export function geometry(figure: Locator) {
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
        // Two lines of one wrapped label (same parent, class and x) may be set closer than the
        // type's box, as running text is (a phone's promise tracker, at 1.3): the box's top and
        // bottom sixth are the font's leading, not ink.
        const lines = a.el.parentNode === b.el.parentNode && a.el.getAttribute('x') === b.el.getAttribute('x') && a.el.getAttribute('class') === b.el.getAttribute('class');
        if (w > 1 && h > (lines ? Math.min(a.r.height, b.r.height) / 6 : 1)) problems.push(`labels overlap by ${Math.round(w)}x${Math.round(h)}: ${name(a.el)} / ${name(b.el)}`);
      }),
    );
    return { problems, drawn: els.length };
  });
}

/** Relative luminance of a computed CSS colour like `rgb(236, 236, 236)`. */
export const luminance = (colour: string) => {
  const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number).map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

/** [charts] Marks inside the frame and labels apart, in light. */
export const chartGeometry: StepCheck = {
  name: 'geometry',
  run: async ({ figure, section, step, width }) => {
    const light = await geometry(figure);
    await shot(figure, `test-results/charts/${section.chart}--${step}--${width}-light.png`);
    return [...(light.drawn > 0 ? [] : ['draws nothing']), ...light.problems];
  },
};

/**
 * [charts] The dark theme at each chart's last step (every step with SHOTS=1), since a theme
 * changes colours, not the layout of a state, and every chart's first state is checked in dark
 * as the page opens (axe's colour rules, walk.spec.ts): geometry once more, a dark page, light
 * caption and chart text.
 */
export const chartDark: StepCheck = {
  name: 'dark',
  run: async ({ page, figure, section, step, width, last }) => {
    if (!wantShots && !last) return [];
    await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'dark' });
    const problems = [...(await geometry(figure)).problems];
    // The lightest of the chart's words: a step that focuses on some events draws the rest pale.
    const colours = await figure.evaluate((fig) => ({
      texts: [...fig.querySelectorAll('svg text')].map((t) => getComputedStyle(t).fill).filter((fill) => fill.startsWith('rgb')),
      caption: getComputedStyle(fig.querySelector('figcaption') ?? fig).color,
      ground: getComputedStyle(document.body).backgroundColor,
    }));
    if (!(luminance(colours.ground) < 0.05)) problems.push(`dark page background is ${colours.ground}`);
    if (!(luminance(colours.caption) > 0.4)) problems.push(`caption text is ${colours.caption}, not light`);
    const lightest = Math.max(...colours.texts.map(luminance));
    if (colours.texts.length && !(lightest > 0.3)) problems.push(`${section.chart} svg text is at most ${lightest.toFixed(2)} luminance, not light`);
    await shot(figure, `test-results/charts/${section.chart}--${step}--${width}-dark.png`);
    await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
    return problems;
  },
};

/** Every per-step check of the suite, run by walk.spec.ts at each project's size. */
/** Each section's drawing size at its first step, for chartSteady. */
const firstSizes = new Map<string, string>();

/**
 * [craft] The sticky chart keeps its size from step to step: a caption whose summary runs to
 * more lines must not shrink (and so rescale and shift) the drawing under it.
 */
export const chartSteady: StepCheck = {
  name: 'steady',
  run: async ({ figure, section, first }) => {
    const size = await figure.locator('.chart-frame svg').first().evaluate((svg) => `${svg.getAttribute('width')}x${svg.getAttribute('height')}`);
    if (first) firstSizes.set(section.chart, size);
    const was = firstSizes.get(section.chart);
    return was && was !== size ? [`drawn at ${size}; at the section's first step ${was}`] : [];
  },
};

/**
 * [craft] Every pinned chart's title at the top of its pinned frame, where the previous chart's
 * was: a chart centred in the frame (the guess beside its control) opened with a blank band.
 */
export const chartAtTop: StepCheck = {
  name: 'top',
  run: async ({ page, section }) => {
    const band = await page.locator(`[data-scrolly]:has([data-step="${section.steps[0]}"]) .scrolly__graphic`).evaluate((graphic) => {
      const title = graphic.querySelector('.chart-title')?.getBoundingClientRect();
      return title ? title.top - graphic.getBoundingClientRect().top - parseFloat(getComputedStyle(graphic).paddingTop) : 0;
    });
    return Math.abs(band) > 2 ? [`${section.chart}'s title is ${Math.round(band)} px below the top of its pinned frame`] : [];
  },
};

export const STEP_CHECKS: StepCheck[] = [stillUnderReducedMotion, chartCraft, chartGeometry, chartDark, chartSteady, chartAtTop];
