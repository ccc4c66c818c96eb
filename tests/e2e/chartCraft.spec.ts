/**
 * The chart craft a graphics editor checks, on every chapter of the build: notes written on a
 * chart sit inside its frame; Russia has one colour in every chart and every step; no control
 * (the data-table disclosure, the stepper) sits over the marks; a timeline label pushed away
 * from its dot stays tied to it by a leader that starts at the dot and ends at the label.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/story';

const outDir = process.env['OUT_DIR'] ?? 'dist';
const chapterDir = join(outDir, 'chapters');
const chapters = existsSync(chapterDir) ? readdirSync(chapterDir).filter((d) => existsSync(join(chapterDir, d, 'index.html'))).sort() : [];

// Reads the server-drawn chart of every step: the same markup and colours at every size.
test('Russia keeps one colour across every chart and step of the story', { tag: '@desktop' }, async ({ story, page }) => {
  const fills = new Set<string>();
  let marks = 0;
  for (const chapter of chapters) {
    await story.gotoChapter(chapter);
    // Every step's server-drawn chart is in the page (shown in the flat view): read them all.
    const found = await page.locator('figure[data-chart] svg .russia').evaluateAll((els) =>
      els.flatMap((el) => [...el.querySelectorAll('.bar-rect, circle, .squares')].map((shape) => getComputedStyle(shape).fill)),
    );
    marks += found.length;
    found.forEach((fill) => fills.add(fill));
  }
  const token = await page.evaluate(() => {
    const probe = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    probe.setAttribute('fill', 'var(--c-russia)');
    probe.style.fill = 'var(--c-russia)';
    document.querySelector('svg')!.appendChild(probe);
    const fill = getComputedStyle(probe).fill;
    probe.remove();
    return fill;
  });
  expect(marks, 'some chart draws Russia').toBeGreaterThan(0);
  expect([...fills]).toEqual([token]);
});

for (const chapter of chapters) {
  test(`${chapter}: every note inside its chart's frame, no control over the marks, leaders tie labels to dots`, async ({ story, page }) => {
    // One load, then scrolled step by step as a reader would (a deep link opens in the same
    // state: scrolly.spec.ts), with the layout settled two frames after the state changes.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await story.gotoChapter(chapter);
    for (const { id } of await story.steps()) {
      await story.scrollToStep(id);
      const figure = story.liveFigure(id);
      await expect(figure).toHaveAttribute('data-state', id);
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const report = await figure.evaluate((fig) => {
        const problems: string[] = [];
        const svg = fig.querySelector('svg')!.getBoundingClientRect();
        const inside = (r: DOMRect) => r.left >= svg.left - 1 && r.right <= svg.right + 1 && r.top >= svg.top - 1 && r.bottom <= svg.bottom + 1;
        const notes = [...fig.querySelectorAll('.chart-note')];
        for (const note of notes) if (!inside(note.getBoundingClientRect())) problems.push(`note "${note.textContent?.trim()}" leaves the frame`);
        const hits = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        const controls = [...document.querySelectorAll('.scrolly__graphic summary, .scrolly__graphic button')].filter((c) => c.getBoundingClientRect().width > 0);
        const marks = [...fig.querySelectorAll('svg [data-id], svg .dot, svg .point, svg .squares, svg text')].filter((m) => m.getBoundingClientRect().width > 0 && getComputedStyle(m).opacity !== '0');
        for (const control of controls) {
          const c = control.getBoundingClientRect();
          const under = marks.find((m) => hits(c, m.getBoundingClientRect()));
          if (under) problems.push(`"${control.textContent?.trim()}" covers a mark (${under.getAttribute('data-id') ?? under.textContent?.trim()})`);
        }
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
        return { problems, notes: notes.length };
      });
      expect(report.problems, `${chapter}#${id}`).toEqual([]);
    }
  });
}
