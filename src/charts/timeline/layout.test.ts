import { describe, expect, it } from 'vitest';
import type { Row } from '../../lib/schemas';
import { blockHeight, FONT_SIZE, isOnOrBefore, layoutTimeline } from './layout';
import { textWidth } from '../shared/text';

const rows = (dates: string[]): Row[] =>
  dates.map((date, i) => ({ id: `e${i}`, date, label: `Event number ${i} with a label long enough to wrap on a phone`, source: 's' }));

describe('layoutTimeline', () => {
  const crowded = rows(['2017-09-01', '2019-10-10', '2023-04-24', '2023-05-18', '2024-02-15', '2024-09-19', '2024-12-11', '2024-12-12']);

  it.each([
    { width: 280, height: 420 },
    { width: 390, height: 460 },
    { width: 768, height: 500 },
    { width: 1400, height: 600 },
  ])('labels never overlap and stay inside $width x $height', (size) => {
    const layout = layoutTimeline(crowded, { highlight: [] }, size);
    const blocks = layout.events.map((e) => ({ top: e.labelY, bottom: e.labelY + blockHeight(e) }));
    blocks.forEach((b, i) => {
      expect(b.top).toBeGreaterThanOrEqual(0);
      expect(b.bottom).toBeLessThanOrEqual(size.height);
      if (i > 0) expect(b.top).toBeGreaterThanOrEqual(blocks[i - 1]!.bottom);
    });
  });

  it('hides events after upTo, keeping every position (so revealing never moves the others)', () => {
    const all = layoutTimeline(crowded, { highlight: [] }, { width: 400, height: 450 });
    const early = layoutTimeline(crowded, { highlight: ['e1'], upTo: '2019' }, { width: 400, height: 450 });
    expect(early.events.filter((e) => e.visible).map((e) => e.id)).toEqual(['e0', 'e1']);
    expect(early.events.map((e) => e.labelY)).toEqual(all.events.map((e) => e.labelY));
    expect(early.events.find((e) => e.id === 'e1')?.highlighted).toBe(true);
  });

  it('shortens even highlighted labels before letting them overlap in a cramped frame', () => {
    const size = { width: 300, height: 200 };
    const layout = layoutTimeline(crowded, { highlight: ['e5', 'e6'] }, size);
    const labelled = layout.events.filter((e) => e.lines.length);
    const blocks = labelled.map((e) => ({ top: e.labelY, bottom: e.labelY + blockHeight(e) }));
    blocks.forEach((b, i) => i > 0 && expect(b.top).toBeGreaterThanOrEqual(blocks[i - 1]!.bottom));
    expect(labelled.map((e) => e.id)).toEqual(expect.arrayContaining(['e5', 'e6']));
  });

  it('shortened labels keep their line count and their width', () => {
    const size = { width: 288, height: 219 };
    const layout = layoutTimeline(crowded, { highlight: ['e0'] }, size);
    for (const e of layout.events) {
      for (const line of e.lines) expect(textWidth(line, FONT_SIZE)).toBeLessThanOrEqual(size.width - layout.labelX);
    }
  });

  it('handles a single event', () => {
    const layout = layoutTimeline(rows(['2020']), { highlight: [] }, { width: 300, height: 300 });
    expect(layout.events).toHaveLength(1);
    expect(Number.isFinite(layout.events[0]!.y)).toBe(true);
  });
});

describe('isOnOrBefore', () => {
  it.each([
    ['2024-09-19', '2024-09', true],
    ['2024-09-19', '2024-08', false],
    ['2024-12-11', '2024-12-11', true],
    ['2024-12-12', '2024-12-11', false],
    ['2019', '2024', true],
  ])('%s on or before %s is %s', (date, upTo, expected) => {
    expect(isOnOrBefore(date, upTo)).toBe(expected);
  });
});
