/**
 * Russia has one colour in every server-drawn chart of every step of every chapter. The chart
 * craft checked on the live chart at every step (notes inside the frame, no control over the
 * marks, timeline leaders from dot to label, text sizes, labels by their marks, Russia's colour)
 * runs in the one walk per chapter: walk.spec.ts with tests/e2e/support/walk.ts.
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
      // A line's points are hollow: their colour is their ring.
      els.flatMap((el) => [...el.querySelectorAll('.bar-rect, circle, .squares')].map((shape) => getComputedStyle(shape)[shape.matches('circle.point') ? 'stroke' : 'fill'])),
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
