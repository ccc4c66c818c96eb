import { describe, expect, it } from 'vitest';
import type { BarsLayout } from '../bars/layout';
import { blockHeight, TEXT_BOX_EM, textWidth } from '../shared/text';
import { GUESS_ID, guessBars, layoutGuess } from './layout';
import { guessParams, guessRow } from './params';

const rows = guessRow.array().parse([
  { id: 'answer', label: 'Survey: emigrants back by Oct 2023', qualifier: 'over', value: 15, source: 's' },
  { id: 'minister', label: 'Minister: SIM cards back (May 2022)', value: 80, source: 's' },
  { id: 'pm', label: 'Prime minister: IT workers back (May 2022)', value: 85, source: 's' },
]);
const params = guessParams.parse({ question: 'What share came back?', answer: 'answer', claims: ['minister', 'pm'], suffix: '%' });
const readers = {
  static: { value: null, revealed: true },
  guessing: { value: 40, revealed: false },
  revealed: { value: 100, revealed: true },
  low: { value: 0, revealed: true },
};

type Box = { what: string; left: number; right: number; top: number; bottom: number };
const overlaps = (a: Box, b: Box) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;

/** Every printed box (labels, values) and every bar, in absolute coordinates. */
function boxes(layout: BarsLayout): Box[] {
  return layout.bars
    .filter((b) => b.visible)
    .flatMap((b) => {
      const out: Box[] = [];
      if (b.lines.length) out.push({ what: `label ${b.id}`, left: b.labelX, right: b.labelX + Math.max(...b.lines.map((l) => textWidth(l, layout.fontSize * (b.highlighted ? 1.08 : 1)))), top: b.y + b.labelY, bottom: b.y + b.labelY + blockHeight(b.lines.length, layout.fontSize, layout.lineHeight) });
      const w = textWidth(b.valueText, layout.fontSize * 1.08);
      const vx = b.valueAnchor === 'start' ? b.valueX : b.valueX - w;
      const h = (layout.fontSize * TEXT_BOX_EM) / 2;
      if (layout.values) out.push({ what: `value ${b.id}`, left: vx, right: vx + w, top: b.y + b.valueY - h, bottom: b.y + b.valueY + h });
      return out;
    });
}

const widths = [320, 360, 390, 480, 560, 664, 768, 900, 1024, 1280, 1680];
// 240: the pinned chart on a small phone once the slider is under it; 300-520: static copies.
const heights = [240, 300, 420, 520];

describe('layoutGuess', () => {
  for (const [name, reader] of Object.entries(readers)) {
    it(`${name}: every label and value inside the frame, nothing overlapping, at 320-1680 px`, () => {
      for (const width of widths) {
        for (const height of heights) {
          const layout = layoutGuess(rows, params, { width, height }, reader);
          const where = `${name} at ${width}x${height}`;
          const all = boxes(layout);
          expect(all.filter((b) => b.left < 0 || b.top < 0 || b.right > width + 0.01 || b.bottom > height + 0.01).map((b) => b.what), where).toEqual([]);
          const clashes: string[] = [];
          for (let i = 0; i < all.length; i++) for (let j = i + 1; j < all.length; j++) if (overlaps(all[i]!, all[j]!)) clashes.push(`${all[i]!.what} / ${all[j]!.what}`);
          expect(clashes, where).toEqual([]);
          // The answer and claims are drawn in full once shown, never shortened.
          if (reader.revealed) expect(layout.bars.filter((b) => b.visible).map((b) => b.id), where).toEqual(reader.value === null ? ['answer', 'minister', 'pm'] : [GUESS_ID, 'answer', 'minister', 'pm']);
        }
      }
    });
  }

  it('draws the answer outright with no reader, and keeps it folded away until the reader asks', () => {
    expect(guessBars(rows, params, readers.static).rows.map((r) => r.id)).toEqual(['answer', 'minister', 'pm']);
    expect(guessBars(rows, params, readers.static).rows[0]!.label).toContain('(over)');
    const asking = guessBars(rows, params, readers.guessing);
    expect(asking.rows.map((r) => r.id)).toEqual([GUESS_ID, 'answer', 'minister', 'pm']);
    expect(asking.params.show).toEqual([GUESS_ID]);
    const layout = layoutGuess(rows, params, { width: 390, height: 300 }, readers.guessing);
    expect(layout.bars.filter((b) => b.visible).map((b) => b.id)).toEqual([GUESS_ID]);
    expect(guessBars(rows, params, readers.revealed).params.show).toBeUndefined();
  });
});
