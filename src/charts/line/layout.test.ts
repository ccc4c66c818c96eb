import { describe, expect, it } from 'vitest';
import type { Row } from '../../lib/schemas';
import { blockHeight } from '../shared/text';
import { textWidth } from '../shared/text';
import { placeNotes } from '../shared/notes';
import { FONT_SIZE, LINE_HEIGHT, TICK_SIZE, X_LABEL_OFFSET, layoutLine, lineNoteAnchors, placeLineNotes } from './layout';
import type { LineParams } from './schema';

const series = (name: string, points: [number, number][]): Row[] => points.map(([x, value]) => ({ series: name, x, value, source: 's' }));
const params = (p: Partial<LineParams> = {}): LineParams => ({ highlight: [], ...p });

const data = [
  ...series('United States', [[2019.5, 116], [2024.9, 172], [2025.5, 175], [2025.9, 171]]),
  ...series('China', [[2019.5, 219], [2024.9, 62], [2025.5, 47], [2025.9, 40]]),
  ...series('Russia, with a name long enough to need wrapping', [[2019.5, 2], [2024.9, 5], [2025.9, 5]]),
  ...series('Germany', [[2025.5, 41], [2025.9, 40]]),
];

/** The right edge of the widest label. */
const layoutBoxesRight = (layout: ReturnType<typeof layoutLine>) => Math.max(...labelBoxes(layout).map((b) => b.right));

/** Label boxes of a layout, in absolute pixels. */
const labelBoxes = (layout: ReturnType<typeof layoutLine>) =>
  layout.series.flatMap((s) => (s.label ? [s.label] : [])).map((l) => ({
    top: l.top,
    bottom: l.top + blockHeight(l.lines.length, FONT_SIZE, LINE_HEIGHT),
    right: l.x + Math.max(...l.lines.map((t) => textWidth(t, FONT_SIZE))),
  }));

describe('layoutLine', () => {
  it('sweep: labels tidy at every width from 280 to 1400 and every frame height from 200 to 600', () => {
    for (let width = 280; width <= 1400; width += 20) {
      for (let height = 200; height <= 600; height += 40) {
        for (const p of [params({ highlight: ['China'] }), params({ xMax: 2020 }), params({ show: ['China', 'Germany'] })]) {
          const layout = layoutLine(data, p, { width, height });
          const boxes = labelBoxes(layout).sort((a, b) => a.top - b.top);
          for (const b of boxes) expect(b.top >= 0 && b.bottom <= layout.bottom && b.right <= width, `${width}x${height}`).toBe(true);
          boxes.slice(1).forEach((b, i) => expect(b.top, `${width}x${height}`).toBeGreaterThanOrEqual(boxes[i]!.bottom));
          expect(layout.bottom + X_LABEL_OFFSET).toBeLessThanOrEqual(height);
        }
      }
    }
  });

  it.each([
    { width: 280, height: 200 },
    { width: 320, height: 240 },
    { width: 390, height: 300 },
    { width: 768, height: 420 },
    { width: 1400, height: 520 },
  ])('direct labels stay inside $width x $height and never overlap', (size) => {
    const layout = layoutLine(data, params({ highlight: ['Russia, with a name long enough to need wrapping'] }), size);
    const labels = layout.series.flatMap((s) => (s.label ? [s.label] : []));
    expect(labels.length).toBeGreaterThan(0);
    const boxes = labels.map((l) => ({ x: l.x, top: l.top, bottom: l.top + blockHeight(l.lines.length, FONT_SIZE, LINE_HEIGHT), width: Math.max(...l.lines.map((t) => textWidth(t, FONT_SIZE))) }));
    for (const b of boxes) {
      expect(b.top).toBeGreaterThanOrEqual(0);
      expect(b.bottom).toBeLessThanOrEqual(layout.bottom);
      expect(b.x + b.width).toBeLessThanOrEqual(size.width);
    }
    const sorted = [...boxes].sort((a, b) => a.top - b.top);
    sorted.slice(1).forEach((b, i) => expect(b.top).toBeGreaterThanOrEqual(sorted[i]!.bottom));
    // The highlighted series is always named.
    expect(layout.series[2]!.label).toBeDefined();
    // Axis labels stay inside the frame and clear of each other.
    for (const t of layout.xTicks) {
      expect(t.pos - textWidth(t.label, TICK_SIZE) / 2).toBeGreaterThanOrEqual(0);
      expect(layout.bottom + X_LABEL_OFFSET).toBeLessThanOrEqual(size.height);
    }
    layout.xTicks.slice(1).forEach((t, i) => expect(t.pos - layout.xTicks[i]!.pos).toBeGreaterThan(textWidth(t.label, TICK_SIZE) + 4));
    for (const t of layout.yTicks) expect(layout.left - 6 - textWidth(t.label, TICK_SIZE)).toBeGreaterThanOrEqual(0);
  });

  it('keeps the axes when later points are hidden, and names the last shown point', () => {
    const all = layoutLine(data, params(), { width: 600, height: 400 });
    const early = layoutLine(data, params({ xMax: 2020 }), { width: 600, height: 400 });
    expect(early.series[0]!.points.map((p) => p.x)).toEqual(all.series[0]!.points.map((p) => p.x));
    expect(early.series[0]!.points.map((p) => p.visible)).toEqual([true, false, false, false]);
    expect(early.series[0]!.segments.every((s) => !s.visible)).toBe(true);
    expect(early.series[0]!.label?.lines.join(' ')).toBe('United States 116');
    expect(early.series[0]!.label?.anchorY).toBe(all.series[0]!.points[0]!.y);
    // Germany has no point by 2020: no label, nothing drawn.
    expect(early.series[3]!.label).toBeUndefined();
  });

  it('hides series not in `show` without moving the others', () => {
    const all = layoutLine(data, params(), { width: 600, height: 400 });
    const some = layoutLine(data, params({ show: ['China'] }), { width: 600, height: 400 });
    expect(some.series.filter((s) => s.visible).map((s) => s.name)).toEqual(['China']);
    expect(some.series[1]!.points).toEqual(all.series[1]!.points);
    expect(some.series[0]!.label).toBeUndefined();
  });

  it('prints years without separators and values with prefix and suffix', () => {
    const layout = layoutLine(series('A', [[2000, 0.5], [2010, 12.25]]), params({ suffix: '%' }), { width: 600, height: 300 });
    expect(layout.xTicks.map((t) => t.label)).toContain('2000');
    expect(layout.yTicks.at(-1)!.label).toMatch(/%$/);
    expect(layout.series[0]!.points[1]!.full).toBe('A, 2010: 12.3%');
  });

  // The content's longest name: on two lines in a 390 px phone's column it would be cut.
  // ("Workers with AI skills 80%", measured as the font draws it, takes only two lines there.)
  it("a phone's narrow label column wraps a name to three lines rather than cutting it", () => {
    const layout = layoutLine(series('FinExpertiza, 2024: organisations using AI', [[2022, 5], [2024, 6]]), params({ suffix: '%' }), { width: 390, height: 420 });
    const label = layout.series[0]!.label!;
    expect(label.lines.length).toBe(3);
    expect(label.lines.join(' ')).toBe('FinExpertiza, 2024: organisations using AI 6%');
  });

  // "Russia, 2024: organisations using AI" was drawn "Russia, 2024: organisat…" in a 288-336 px frame.
  it('widens the label column to a name\'s longest word rather than cut the word', () => {
    for (const width of [288, 304, 320, 336]) {
      const rows = [...series('Sectors ready for AI', [[2022, 12], [2030, 95]]), ...series('Russia, 2024: organisations using AI', [[2024, 6]])];
      const layout = layoutLine(rows, params({ suffix: '%', highlight: ['Russia, 2024: organisations using AI'] }), { width, height: 391 });
      expect(layout.series.map((s) => s.label?.lines.join(' ')), `${width}`).toEqual(['Sectors ready for AI 95%', 'Russia, 2024: organisations using AI 6%']);
      expect(layoutBoxesRight(layout), `${width}`).toBeLessThanOrEqual(width);
    }
  });

  it('names only what fits when many series crowd a tiny frame', () => {
    const many = Array.from({ length: 12 }, (_, i) => series(`Series ${i}`, [[2000, 10], [2001, 10 + i * 0.01]])).flat();
    const layout = layoutLine(many, params({ highlight: ['Series 3'] }), { width: 280, height: 200 });
    expect(layout.series.filter((s) => s.label).map((s) => s.name)).toEqual(['Series 3']);
  });

  it('handles one point, an empty table and non-numeric rows', () => {
    const one = layoutLine(series('A', [[2020, 5]]), params(), { width: 280, height: 200 });
    expect(Number.isFinite(one.series[0]!.points[0]!.x)).toBe(true);
    expect(one.series[0]!.segments).toEqual([]);
    expect(layoutLine([], params(), { width: 280, height: 200 }).series).toEqual([]);
    const bad = layoutLine([...series('A', [[2020, 5]]), { series: 'A', x: 'n/a', value: 3, source: 's' }], params(), { width: 300, height: 200 });
    expect(bad.series[0]!.points).toHaveLength(1);
  });
});

// A phone ticked 2025 and 2030, and the lines' 2022 start had no date.
it('ticks a few years of data at those years, the first and last always, the others where they keep apart', () => {
  const few = [...series('Target', [[2022, 12], [2030, 95]]), ...series('Measured', [[2024, 6]])];
  for (const width of [288, 390, 664, 1000]) {
    const ticks = layoutLine(few, params(), { width, height: 300 }).xTicks.map((t) => t.label);
    expect(ticks[0], `at ${width}`).toBe('2022');
    expect(ticks.at(-1), `at ${width}`).toBe('2030');
    expect(ticks.every((t) => ['2022', '2024', '2030'].includes(t)), `at ${width}: ${ticks}`).toBe(true);
  }
});

describe('a measurement of one point beside targets', () => {
  const early = [...series('Target', [[2022, 12], [2030, 95]]), ...series('Russia, 2024: measured', [[2024, 6]])];
  // Named in the label column at the right, its leader ran level across the chart and read as
  // a line holding at 6% to 2030.
  it('is named beside its point, inside the frame, and a note never covers its name', () => {
    for (const width of [320, 390, 664, 800]) {
      const size = { width, height: 420 };
      const layout = layoutLine(early, params({ highlight: ['Russia, 2024: measured'] }), size);
      const label = layout.series[1]!.label!;
      const height = blockHeight(label.lines.length, FONT_SIZE, LINE_HEIGHT);
      const right = label.x + Math.max(...label.lines.map((t) => textWidth(t, FONT_SIZE)));
      expect(label.x - label.anchorX, `${width}`).toBeLessThan(16);
      expect(label.x).toBeLessThan(layout.labelX - 40);
      expect(right, `${width}`).toBeLessThanOrEqual(width);
      expect(label.top + height).toBeLessThanOrEqual(layout.bottom);
      const { anchors, obstacles } = lineNoteAnchors(layout);
      const [note] = placeNotes([{ at: 'Russia, 2024: measured', text: 'Measured, not a target: 6% of organisations used AI at all' }], anchors, obstacles, size);
      expect(note, `${width}`).toBeDefined();
      const apart = note!.box.x >= right || note!.box.x + note!.box.width <= label.x || note!.box.y >= label.top + height || note!.box.y + note!.box.height <= label.top;
      expect(apart, `${width}: the note covers the point's name`).toBe(true);
    }
  });
});

describe('note leaders', () => {
  // The strategy's two 2030 targets end 15 points apart: on a 320 px phone the note on the 95%
  // line hung under the 80% line's name, its leader straight through the 80% dot (review of 6 Dec 2026).
  const targets = [...series('Sectors ready for AI', [[2022, 12], [2030, 95]]), ...series('Workers with AI skills', [[2022, 5], [2030, 80]]), ...series('FinExpertiza, 2024', [[2024, 6]])];
  it('never pass through another point on the way to their own', () => {
    const problems: string[] = [];
    for (let width = 280; width <= 1400; width += 20) {
      for (let height = 200; height <= 640; height += 40) {
        const size = { width, height };
        const layout = layoutLine(targets, params({ highlight: ['Sectors ready for AI', 'FinExpertiza, 2024'], promised: true }), size);
        const notes = [{ at: 'FinExpertiza, 2024', text: 'A different measure' }, { at: 'Sectors ready for AI', text: '12% in 2022, 95% by 2030: the line just joins them' }];
        for (const note of placeLineNotes(layout, notes, size)) {
          const { x1, y1, x2, y2 } = note.leader;
          const own = layout.series.find((s) => s.name === note.at)!.points.filter((p) => p.visible).at(-1)!;
          const others = layout.series.flatMap((s) => s.points.filter((p) => p.visible && p !== own));
          const length = Math.ceil(Math.hypot(x2 - x1, y2 - y1));
          for (let i = 0; i <= length; i++) {
            const [x, y] = [x1 + ((x2 - x1) * i) / (length || 1), y1 + ((y2 - y1) * i) / (length || 1)];
            const hit = others.find((p) => Math.hypot(p.x - x, p.y - y) < 5);
            if (hit) {
              problems.push(`${width}x${height}: "${note.text}" passes through a point at ${hit.x.toFixed(0)},${hit.y.toFixed(0)}`);
              break;
            }
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
