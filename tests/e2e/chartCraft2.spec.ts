/**
 * Chart craft measured on the live chart as a reader scrolls: one page load per chapter, then
 * every step in turn (reduced motion, so each state is drawn at once). At each step:
 * - the smallest chart text is at least 14 px on a desktop and 12 px on a phone;
 * - every label stays tied to its own mark (within a short distance of it);
 * - no control (disclosure, button) covers a mark;
 * - every note written on the chart is inside its frame;
 * - Russia's marks are drawn in Russia's colour token, in every step of every chart.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/story';

const outDir = process.env['OUT_DIR'] ?? 'dist';
const chapterDir = join(outDir, 'chapters');
const chapters = existsSync(chapterDir) ? readdirSync(chapterDir).filter((d) => existsSync(join(chapterDir, d, 'index.html'))).sort() : [];
/** How far (px) a label may sit from the nearest shape of its own mark. */
const TIED = 40;

test.use({ reducedMotion: 'reduce' });

for (const chapter of chapters) {
  test(`${chapter}: at every step, chart text is large enough, labels sit by their marks, notes stay inside, Russia keeps its colour`, async ({ story, page }) => {
    await story.gotoChapter(chapter);
    const russia = await page.evaluate(() => {
      const probe = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
      probe.setAttribute('fill', 'var(--c-russia)');
      document.querySelector('figure[data-chart] svg')!.appendChild(probe);
      const fill = getComputedStyle(probe).fill;
      probe.remove();
      return fill;
    });
    const minText = (page.viewportSize()?.width ?? 0) >= 1000 ? 14 : 12;
    for (const { id } of await story.steps()) {
      await story.scrollToStep(id);
      const figure = story.liveFigure(id);
      await expect(figure).toHaveAttribute('data-state', id);
      const report = await figure.evaluate((fig, { minText, tied }) => {
        const problems: string[] = [];
        const shown = (el: Element) => {
          if (el.getBoundingClientRect().width === 0) return false;
          for (let node: Element | null = el; node && node !== fig; node = node.parentElement) if (getComputedStyle(node).opacity === '0') return false;
          return true;
        };
        const svgEl = fig.querySelector('svg')!;
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
          const label = mark.querySelector(':scope > text.label, :scope > text');
          const shapes = [...mark.querySelectorAll(':scope > circle.dot, :scope > rect, :scope > path.squares, :scope > circle.point')].filter(shown);
          if (!label || !shown(label) || !shapes.length) continue;
          const l = label.getBoundingClientRect();
          const nearest = Math.min(...shapes.map((s) => gap(l, s.getBoundingClientRect())));
          if (nearest > tied) problems.push(`label "${label.textContent?.trim().slice(0, 30)}" is ${Math.round(nearest)} px from its mark`);
        }
        // Notes inside the frame.
        const inside = (r: DOMRect) => r.left >= svg.left - 1 && r.right <= svg.right + 1 && r.top >= svg.top - 1 && r.bottom <= svg.bottom + 1;
        for (const note of fig.querySelectorAll('.chart-note')) if (shown(note) && !inside(note.getBoundingClientRect())) problems.push(`note "${note.textContent?.trim()}" leaves the frame`);
        // No control over a mark.
        const hits = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        const controls = [...(fig.closest('.scrolly__graphic') ?? fig).querySelectorAll('summary, button')].filter((c) => c.getBoundingClientRect().width > 0);
        const marks = [...svgEl.querySelectorAll('[data-id], .dot, .squares, text')].filter(shown);
        for (const control of controls) {
          const under = marks.find((m) => hits(control.getBoundingClientRect(), m.getBoundingClientRect()));
          if (under) problems.push(`"${control.textContent?.trim()}" covers ${under.getAttribute('data-id') ?? under.textContent?.trim().slice(0, 30)}`);
        }
        // Russia's fills in this step.
        const fills = [...svgEl.querySelectorAll('.russia')].filter(shown).flatMap((el) =>
          [el, ...el.querySelectorAll('*')].filter((s) => s.matches('.bar-rect, circle, .squares, rect.unit')).map((s) => getComputedStyle(s).fill),
        );
        return { problems, fills };
      }, { minText, tied: TIED });
      expect(report.problems, `${chapter}#${id}`).toEqual([]);
      for (const fill of report.fills) expect(fill, `${chapter}#${id}: Russia's colour`).toBe(russia);
    }
  });
}
