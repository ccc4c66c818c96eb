import { blockHeight } from '../shared/text';
import { describe, expect, it } from 'vitest';
import { textWidth } from '../shared/text';
import { GUESS_ID, layoutGuess, type GuessLayout } from './layout';
import { guessParams, guessRow } from './params';
import { guess } from './index';

// Labels as long as the longest any guess has (the real skills and returns figures).
const rows = guessRow.array().parse([
  { id: 'answer', label: 'Survey: emigrants back by October 2023', qualifier: 'over', value: 15, source: 's' },
  { id: 'reuters', label: 'Reuters, Dec 2024: the share "today"', value: 5, source: 's' },
  { id: 'pm', label: 'Prime minister, May 2022: IT workers back, judged by SIM cards', value: 85, source: 's' },
]);
const params = guessParams.parse({ question: 'What share?', answer: 'answer', claims: ['reuters', 'pm'], suffix: '%' });
// With a target the question states (the skills guess): shown from the start, on top.
const withTarget = [...rows, ...guessRow.array().parse([{ id: 'goal', label: 'Promised by 2030', value: 80, role: 'target', source: 's' }])];
const targetParams = guessParams.parse({ question: 'What share?', answer: 'answer', claims: ['reuters', 'goal'], suffix: '%' });
const readers = {
  static: { value: null, revealed: true },
  guessing: { value: 40, revealed: false },
  revealed: { value: 100, revealed: true },
  low: { value: 0, revealed: true },
};

type Box = { what: string; left: number; right: number; top: number; bottom: number };
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function boxes(l: GuessLayout): Box[] {
  const out: Box[] = [];
  for (const lane of l.lanes) {
    const width = Math.max(...lane.lines.map((t) => textWidth(t, l.fontSize)));
    out.push({ what: `label ${lane.id}`, left: l.x0, right: l.x0 + width, top: lane.y, bottom: lane.y + l.fontSize * 1.45 + (lane.lines.length - 1) * l.lineHeight });
    out.push({ what: `bar ${lane.id}`, left: l.x0, right: l.x1, top: lane.barY, bottom: lane.barY + lane.barHeight });
  }
  for (const t of l.axis.ticks) {
    const w = textWidth(t.label, l.axis.fontSize);
    const left = t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - w : t.x - w / 2;
    out.push({ what: `tick ${t.label}`, left, right: left + w, top: l.axis.y + 4, bottom: l.axis.y + 4 + l.axis.fontSize * 1.45 });
  }
  return out;
}

const widths = [320, 360, 390, 480, 560, 664, 768, 900, 1024, 1280, 1680];
// 200: the smallest pinned chart (with the slider under it); 300-520: static copies.
const heights = [200, 300, 420, 520];

describe('layoutGuess', () => {
  for (const [name, reader, data, p] of Object.entries(readers).flatMap(([n, r]) => [[n, r, rows, params] as const, [`${n} (with a target)`, r, withTarget, targetParams] as const])) {
    it(`${name}: every label, bar and tick inside the frame, nothing overlapping, at 320-1680 px`, () => {
      for (const width of widths) {
        for (const height of heights) {
          const layout = layoutGuess(data, p, { width, height }, reader);
          const where = `${name} at ${width}x${height}`;
          const all = boxes(layout);
          expect(all.filter((b) => b.left < 0 || b.top < 0 || b.right > width + 0.01 || b.bottom > height + 0.01).map((b) => b.what), where).toEqual([]);
          const clashes: string[] = [];
          for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) if (overlaps(all[i]!, all[j]!)) clashes.push(`${all[i]!.what} / ${all[j]!.what}`);
          expect(clashes, where).toEqual([]);
          for (const lane of layout.lanes) {
            expect(lane.barEnd, where).toBeGreaterThanOrEqual(layout.x0);
            expect(lane.barEnd, where).toBeLessThanOrEqual(layout.x1);
          }
          expect(layout.fontSize).toBeGreaterThanOrEqual(11);
        }
      }
    });
  }

  // Beside its control at 1280 px the frame is 521 by 410: with 26 px bars the lanes and the
  // axis filled its top 45%.
  // A reviewer found no payoff once the answer was out.
  it('once the answer is out, says how far off the guess was', () => {
    const size = { width: 520, height: 400 };
    const guessLine = (value: number, revealed: boolean) => layoutGuess(rows, params, size, { value, revealed }).lanes.find((l) => l.id === GUESS_ID)!.lines.join(' ');
    expect(guessLine(40, false)).toBe('Your guess: 40%');
    expect(guessLine(40, true)).toBe('Your guess: 40%, 25 percentage points too high');
    expect(guessLine(14, true)).toBe('Your guess: 14%, 1 percentage point too low');
    expect(guessLine(15, true)).toBe('Your guess: 15%, spot on');
  });

  it('fills most of a tall desktop frame with its lanes', () => {
    const layout = layoutGuess(withTarget, targetParams, { width: 521, height: 410 }, readers.revealed);
    expect(layout.axis.y / 410).toBeGreaterThan(0.6);
    expect(layout.lanes[0]!.barHeight).toBeGreaterThan(26);
  });

  it('shows a target the question states from the start, dashed, above the guess', () => {
    const asking = layoutGuess(withTarget, targetParams, { width: 390, height: 300 }, readers.guessing);
    expect(asking.lanes.map((l) => [l.id, l.role, l.shown])).toEqual([
      ['goal', 'target', true],
      [GUESS_ID, 'guess', true],
      ['answer', 'answer', false],
      ['reuters', 'claim', false],
    ]);
    expect(asking.lanes[0]!.lines.join(' ')).toBe('Promised by 2030: 80%');
    expect(asking.lanes[0]!.barEnd).toBeCloseTo(asking.x0 + 0.8 * (asking.x1 - asking.x0));
  });

  it('draws the answer outright with no reader, and keeps it hidden, in place, until the reader asks', () => {
    const size = { width: 390, height: 300 };
    const still = layoutGuess(rows, params, size, readers.static);
    expect(still.lanes.map((l) => l.role)).toEqual(['answer', 'claim', 'claim']);
    expect(still.lanes.every((l) => l.shown)).toBe(true);
    expect(still.lanes[0]!.lines.join(' ')).toContain('over 15%');
    const asking = layoutGuess(rows, params, size, readers.guessing);
    expect(asking.lanes.map((l) => l.id)).toEqual([GUESS_ID, 'answer', 'reuters', 'pm']);
    expect(asking.lanes.slice(1).some((l) => l.shown || l.barEnd !== asking.x0 || /\d/.test(l.lines.join(' ').split(':').at(-1)!))).toBe(false);
    const shown = layoutGuess(rows, params, size, readers.revealed);
    expect(shown.lanes.map((l) => l.barY)).toEqual(asking.lanes.map((l) => l.barY));
    // Each label sits on its own bar, however many lines it keeps room for ("Your guess: use the
    // slider" had floated nearer the bar above).
    for (const lane of [...asking.lanes, ...shown.lanes]) expect(lane.barY - (lane.y + blockHeight(lane.lines.length, asking.fontSize, asking.lineHeight))).toBeCloseTo(2);
    expect(shown.lanes[0]!.barEnd).toBeCloseTo(shown.x1);
  });
});

describe('the static copy of a guess (embeds, images)', () => {
  it('is as tall as its drawing: every label, bar and tick inside, and no empty band under the axis', () => {
    for (const [data, p] of [[rows, params], [withTarget, targetParams]] as const) {
      for (const width of widths) {
        const height = guess.staticHeight!(data, width, p);
        const layout = layoutGuess(data, p, { width, height }, readers.static);
        const bottom = Math.max(...boxes(layout).map((b) => b.bottom));
        expect(bottom, `${width}`).toBeLessThanOrEqual(height);
        expect(height - bottom, `${width}: empty below the axis`).toBeLessThan(12);
      }
    }
  });
});
