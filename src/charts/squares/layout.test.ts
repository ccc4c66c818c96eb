import { describe, expect, it } from 'vitest';
import type { Row } from '../../lib/schemas';
import { textWidth } from '../shared/text';
import { layoutSquares, units, MIN_CELL, type SquaresLayout } from './layout';
import { squaresParams } from './params';

const rows: Row[] = [
  { id: 'all', role: 'total', label: 'All systems in the list', count: 500, source: 's' },
  { id: 'united-states', role: 'country', label: 'United States', count: 171, source: 's' },
  { id: 'japan', role: 'country', label: 'Japan', count: 43, source: 's' },
  { id: 'china', role: 'country', label: 'China', count: 40, source: 's' },
  { id: 'germany', role: 'country', label: 'Germany', count: 40, source: 's' },
  { id: 'russia', role: 'country', label: 'Russia', count: 5, source: 's' },
  { id: 'chervonenkis', role: 'system', group: 'russia', label: 'Chervonenkis (Yandex)', rank: 84, source: 's' },
  { id: 'galushkin', role: 'system', group: 'russia', label: 'Galushkin (Yandex)', rank: 116, source: 's' },
  { id: 'lyapunov', role: 'system', group: 'russia', label: 'Lyapunov (Yandex)', rank: 141, source: 's' },
  { id: 'sberbank', role: 'system', group: 'russia', label: 'Two Sberbank machines', count: 2, source: 's' },
];
const split = ['united-states', 'japan', 'china', 'germany'];
const states = {
  leaders: squaresParams.parse({ split, highlight: ['united-states'], note: 'In this step they sit at the end of the other countries’ block.' }),
  russia: squaresParams.parse({ split, callout: 'russia', note: 'The same five machines as a year earlier.' }),
};

type Box = { what: string; left: number; right: number; top: number; bottom: number };
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function boxes(layout: SquaresLayout): Box[] {
  const out: Box[] = [];
  for (const b of layout.blocks) {
    out.push({ what: `label ${b.id}`, left: b.x, top: b.y, right: b.x + Math.max(...b.lines.map((l) => textWidth(l, layout.fontSize))), bottom: b.y + b.lines.length * layout.lineHeight });
  }
  layout.panel.forEach((l, i) => out.push({ what: `panel ${i}`, left: l.x, top: l.y, right: l.x + textWidth(l.text, layout.fontSize), bottom: l.y + layout.lineHeight }));
  for (const s of layout.squares) out.push({ what: `square ${s.key}`, left: s.x, top: s.y, right: s.x + s.size, bottom: s.y + s.size });
  return out;
}

/** The link's straight runs, from its path (M, H, V and h commands). */
function linkSegments(path: string | undefined): { x1: number; y1: number; x2: number; y2: number }[] {
  const out: { x1: number; y1: number; x2: number; y2: number }[] = [];
  let [x, y] = [0, 0];
  for (const [, cmd, a, b] of (path ?? '').matchAll(/([MHVh])(-?[\d.]+)(?:,(-?[\d.]+))?/g)) {
    const [px, py] = [x, y];
    if (cmd === 'M') [x, y] = [Number(a), Number(b)];
    else if (cmd === 'H') x = Number(a);
    else if (cmd === 'h') x += Number(a);
    else y = Number(a);
    if (cmd !== 'M') out.push({ x1: Math.min(px, x), y1: Math.min(py, y), x2: Math.max(px, x), y2: Math.max(py, y) });
  }
  return out;
}
/** Whether a straight run passes through a box (touching its edge does not). */
const crosses = (s: { x1: number; y1: number; x2: number; y2: number }, b: Box) => s.x1 < b.right && s.x2 > b.left && s.y1 < b.bottom && s.y2 > b.top;

const widths = [320, 360, 390, 480, 560, 664, 768, 900, 1024, 1280, 1680];
const heights = [300, 420, 560];

/** The link's path as [x1, y1, bend x, y2, x2]. */
const linkOf = (layout: SquaresLayout) => layout.link!.match(/-?[\d.]+/g)!.map(Number) as [number, number, number, number, number];

/** The units' own squares, without the panel's copies (keys ending in ~). */
const unitsOf = (layout: SquaresLayout) => layout.squares.filter((s) => !s.key.endsWith('~'));

describe('layoutSquares', () => {
  for (const [name, params] of Object.entries(states)) {
    it(`${name}: 500 squares, each once, inside the frame, nothing overlapping, at 320-1680 px`, () => {
      for (const width of widths) {
        for (const height of heights) {
          const layout = layoutSquares(rows, params, { width, height });
          expect(unitsOf(layout)).toHaveLength(500);
          expect(new Set(layout.squares.map((s) => s.key)).size).toBe(layout.squares.length);
          const all = boxes(layout);
          const where = `${name} at ${width}x${height}`;
          const outside = all.filter((b) => b.left < 0 || b.top < 0 || b.right > width || b.bottom > height).map((b) => b.what);
          expect(outside, where).toEqual([]);
          const text = all.filter((b) => !b.what.startsWith('square'));
          const clashes: string[] = [];
          for (const t of text) for (const b of all) if (t !== b && overlaps(t, b)) clashes.push(`${t.what} / ${b.what}`);
          const sq = all.filter((b) => b.what.startsWith('square'));
          if (height === 420) for (let i = 0; i < sq.length; i++) for (let j = i + 1; j < sq.length; j++) if (overlaps(sq[i]!, sq[j]!)) clashes.push(`${sq[i]!.what} / ${sq[j]!.what}`);
          expect(clashes, where).toEqual([]);
          expect(layout.fontSize).toBeGreaterThanOrEqual(width >= 1280 ? 14 : 12);
        }
      }
    });
  }

  // The chapter's own states (content/charts/top500-squares-nov-2025.yaml): data in the content's
  // order, Russia split into its own block, swept every 8 px at the frame heights the site gives
  // (measured: 288x258 at 320x640, 358x370 at 390x844, 398x418 at
  // 430x932; 736x489 at 768x1024, 785x527 at 1280x800, 1035x685 at 1680x1000).
  const content: Row[] = [rows[0]!, rows[1]!, rows[2]!, rows[4]!, rows[3]!, ...rows.slice(5)];
  const contentSplit = ['united-states', 'japan', 'germany', 'china', 'russia'];
  const chapter = {
    leaders: squaresParams.parse({ split: contentSplit, highlight: ['russia'], note: 'China fell to fourth by count.' }),
    russia: squaresParams.parse({ split: contentSplit, callout: 'russia', note: 'The same five machines as a year earlier.' }),
  };
  const sweep: number[] = [];
  // Every 8 px on phones, where the blocks crowd; every 24 px wider (the test's run time halves).
  for (let w = 280; w <= 1680; w += w < 480 ? 8 : 24) sweep.push(w);
  // 267: a still copy's frame, two thirds of 400 px (a tablet's embed).
  const phoneHeights = [218, 258, 267, 335, 370, 418];
  const desktopHeights = [489, 527, 685];
  for (const [name, params] of Object.entries(chapter)) {
    it(`chapter state ${name}: no label over a label, a square or the panel, inside the frame, every 8 px from 280 to 480 and 24 px to 1680`, () => {
      const problems: string[] = [];
      for (const width of sweep) {
        for (const height of width < 480 ? phoneHeights : [...phoneHeights.slice(1), ...desktopHeights]) {
          const layout = layoutSquares(content, params, { width, height });
          const where = `${width}x${height}`;
          if (unitsOf(layout).length !== 500) problems.push(`${where}: ${unitsOf(layout).length} squares`);
          const all = boxes(layout);
          for (const b of all) if (b.left < 0 || b.top < 0 || b.right > width || b.bottom > height) problems.push(`${where}: ${b.what} outside`);
          const text = all.filter((b) => !b.what.startsWith('square'));
          text.forEach((t, i) => {
            for (const b of [...text.slice(i + 1), ...all.filter((s) => s.what.startsWith('square'))]) if (overlaps(t, b)) problems.push(`${where}: ${t.what} / ${b.what}`);
          });
          if (layout.fontSize < 12) problems.push(`${where}: ${layout.fontSize} px text`);
          for (const t of text) if (linkSegments(layout.link).some((seg) => crosses(seg, t))) problems.push(`${where}: the link through ${t.what}`);
          // The highlight outline's 1.5 px stroke, whole inside the frame.
          for (const b of layout.blocks) if (b.box.x < 0.75 || b.box.x + b.box.width > width - 0.75) problems.push(`${where}: ${b.id}'s outline cut`);
        }
      }
      const sizes = [...new Set(problems.map((p) => p.split(":")[0]))];
      expect(sizes, `${problems.length} problems: ${problems.slice(0, 5).join("; ")}`).toEqual([]);
    });
  }

  it('keeps every square’s identity between states: the same keys, so squares move instead of fading', () => {
    const size = { width: 664, height: 520 };
    const a = layoutSquares(rows, states.leaders, size).squares.map((s) => s.key);
    const b = layoutSquares(rows, states.russia, size).squares.map((s) => s.key);
    expect(a).toEqual(b);
  });

  it('sorts: split countries get their own block with their count; the rest share one', () => {
    const layout = layoutSquares(rows, states.leaders, { width: 900, height: 520 });
    // The remainder comes last (second, it had read as a rank); in data order before it.
    expect(layout.blocks.map((b) => b.id)).toEqual(['united-states', 'japan', 'china', 'germany', 'other']);
    expect(layout.blocks[4]!.count).toBe('206');
    expect(layout.blocks[0]!.highlighted).toBe(true);
  });

  it('the callout names a copy of each of Russia’s five squares beside its name and rank, 10 px at least on a phone', () => {
    const layout = layoutSquares(rows, states.russia, { width: 390, height: 520 });
    const russia = layout.squares.filter((s) => s.group === 'russia' && s.key.endsWith('~'));
    expect(russia).toHaveLength(5);
    expect(Math.min(...russia.map((s) => s.size))).toBeGreaterThanOrEqual(Math.max(10, ...unitsOf(layout).map((s) => s.size)));
    const texts = layout.panel.map((l) => l.text);
    expect(texts).toContain('Chervonenkis (Yandex): 84th');
    expect(texts).toContain('Lyapunov (Yandex): 141st');
    // Each named line sits level with its square.
    const line = layout.panel.find((l) => l.text.startsWith('Chervonenkis'))!;
    const square = russia.find((s) => s.key === 'russia-0~')!;
    expect(Math.abs(square.y + square.size / 2 - (line.y + layout.lineHeight / 2))).toBeLessThan(layout.lineHeight);
    expect(square.x + square.size).toBeLessThan(line.x);
  });

  it('the callout leaves Russia’s block in place and whole (emptied, it read as Russia missing), and moves no other block', () => {
    const withRussia = [...split, 'russia'];
    for (const width of [320, 390, 1280]) {
      const a = layoutSquares(rows, squaresParams.parse({ split: withRussia, highlight: ['russia'] }), { width, height: 520 });
      const b = layoutSquares(rows, squaresParams.parse({ split: withRussia, callout: 'russia' }), { width, height: 520 });
      expect(b.blocks.map((k) => [k.id, k.x, k.y])).toEqual(a.blocks.map((k) => [k.id, k.x, k.y]));
      const russia = b.blocks.find((k) => k.id === 'russia')!;
      expect(russia.highlighted).toBe(true);
      const inside = (s: { x: number; y: number }) => s.x >= russia.box.x && s.x <= russia.box.x + russia.box.width && s.y >= russia.box.y && s.y <= russia.box.y + russia.box.height;
      expect(b.squares.filter(inside).map((s) => s.key)).toEqual(['russia-0', 'russia-1', 'russia-2', 'russia-3', 'russia-4']);
      // Before the callout the copies wait on their squares, unseen, to grow out of the block.
      expect(a.squares.filter((s) => s.key.endsWith('~')).map((s) => s.size)).toEqual([0, 0, 0, 0, 0]);
    }
  });

  it('blocks keep their square size between the two chapter states (the panel is reserved)', () => {
    for (const width of [320, 390, 1280]) {
      const a = layoutSquares(rows, states.leaders, { width, height: 520 });
      const b = layoutSquares(rows, states.russia, { width, height: 520 });
      const size = (l: SquaresLayout) => l.squares.find((s) => s.group === 'united-states')!.size;
      expect(size(a)).toBe(size(b));
      expect(size(a)).toBeGreaterThanOrEqual(MIN_CELL - 1);
    }
  });

  it('on a phone the panel sits in the free corner under the short blocks or in a column beside them, not in a strip below', () => {
    const layout = layoutSquares(rows, states.russia, { width: 358, height: 340 });
    const first = layout.panel[0]!;
    expect(first.x).toBeGreaterThan(layout.blocks[1]!.x);
    expect(first.y).toBeLessThan(Math.max(...layout.squares.filter((s) => s.group === 'other').map((s) => s.y)));
  });

  it('a 320 px phone draws squares of at least 5 px where the frame is 335 px or taller (the panel beside them, its names wrapped)', () => {
    for (const height of [335, 370, 400]) {
      for (const params of Object.values(chapter)) {
        const layout = layoutSquares(content, params, { width: 288, height });
        expect(Math.min(...unitsOf(layout).map((s) => s.size)), `288x${height}`).toBeGreaterThanOrEqual(5);
      }
    }
  });

  it('the two chapter states draw the blocks at one square size at every phone and desktop frame', () => {
    for (const [width, height] of [[288, 218], [288, 258], [288, 335], [358, 370], [398, 418], [736, 489], [785, 527], [1035, 685]] as const) {
      const size = (params: typeof chapter.leaders) => layoutSquares(content, params, { width, height }).squares.find((s) => s.group === 'united-states')!.size;
      expect(size(chapter.leaders), `${width}x${height}`).toBe(size(chapter.russia));
    }
  });

  // At 1280 px a line from Russia's block had run over "Other countries" to a panel at the
  // frame's right edge; where the space under Russia's short block is free, the panel goes there.
  it('on a desktop the named squares are the blocks’ size, and the panel sits right under Russia’s block or level with it, tied by a line', () => {
    const under: number[] = [];
    for (const [width, height] of [[736, 489], [785, 527], [1035, 685]] as const) {
      const layout = layoutSquares(content, chapter.russia, { width, height });
      expect(new Set(layout.squares.map((s) => s.size)).size, `${width}x${height}`).toBe(1);
      const block = layout.blocks.find((b) => b.id === 'russia')!;
      const bottom = block.box.y + block.box.height;
      if (layout.panel[0]!.y > bottom) {
        under.push(width);
        expect(Math.abs(layout.panel[0]!.x - block.box.x), `${width}x${height}`).toBeLessThan(4);
        expect(layout.panel[0]!.y - bottom, `${width}x${height}`).toBeLessThan(2 * layout.lineHeight);
        expect(layout.link).toBeUndefined();
        continue;
      }
      expect(layout.panel[0]!.x).toBeGreaterThan(block.box.x + block.box.width);
      // The heading's row is level with the block's squares, and a line runs from one to the other.
      const mid = block.box.y + block.box.height / 2;
      expect(Math.abs(layout.panel[0]!.y + layout.lineHeight / 2 - mid), `${width}x${height}`).toBeLessThan(4);
      // A tablet's two columns put "Other countries" beside Russia: the line goes up into the
      // gap above the row and across it, through no block's label or squares.
      if (width === 736) {
        const [x1, y1, rise, up, bend] = layout.link!.match(/-?[\d.]+/g)!.map(Number) as number[];
        expect(layout.link).toMatch(/^M[\d.]+,[\d.]+H[\d.]+V/);
        expect([x1! > block.box.x + block.box.width, y1]).toEqual([true, mid]);
        // It rises past the block's label ("Russia 5", wider than five squares), not through it.
        expect(rise).toBeGreaterThan(block.x + Math.max(...block.lines.map((l) => textWidth(l, layout.fontSize))));
        for (const b of layout.blocks) expect(b.x < bend! && b.box.x + b.box.width > x1! && b.y < up! && b.box.y + b.box.height > up!, b.id).toBe(false);
        continue;
      }
      const [x1, y1, , y2, x2] = linkOf(layout);
      expect([y1, y2]).toEqual([mid, mid]);
      expect(x1).toBeGreaterThan(block.box.x + block.box.width);
      expect(x2).toBeLessThan(layout.panel[0]!.x);
    }
    expect(under).toContain(1035);
  });

  it('on a phone, where the panel cannot come level, the line runs straight across to a rule beside the panel, past no other block', () => {
    // With the names measured as the font draws them, a 430 px phone's frame has room for the
    // panel right under Russia's block, as a desktop's has (no line needed there), and a 320 px
    // phone's stands it beside the blocks instead.
    const roomy = layoutSquares(content, chapter.russia, { width: 398, height: 418 });
    const russia = roomy.blocks.find((b) => b.id === 'russia')!;
    expect(Math.abs(roomy.panel[0]!.x - russia.box.x)).toBeLessThan(4);
    expect(roomy.panel[0]!.y - (russia.box.y + russia.box.height)).toBeGreaterThan(0);
    expect(roomy.panel[0]!.y - (russia.box.y + russia.box.height)).toBeLessThan(2 * roomy.lineHeight);
    expect(roomy.link).toBeUndefined();
    for (const [width, height] of [[288, 258], [358, 370]] as const) {
      const layout = layoutSquares(content, chapter.russia, { width, height });
      const block = layout.blocks.find((b) => b.id === 'russia')!;
      const mid = block.box.y + block.box.height / 2;
      // Bent up to the heading, the line had read as a bracket round the blocks above Russia's.
      const [x1, y1, x2, ruleX, top, bottom] = layout.link!.match(/-?[\d.]+/g)!.map(Number) as number[];
      expect([y1, ruleX], `${width}x${height}`).toEqual([mid, x2]);
      expect(x1).toBeGreaterThan(block.box.x + block.box.width);
      expect(x2).toBeLessThan(layout.panel[0]!.x);
      // The rule runs the panel's height, level with the block somewhere along it.
      expect(top).toBeLessThanOrEqual(layout.panel[0]!.y);
      expect(bottom).toBeGreaterThanOrEqual(layout.panel.at(-1)!.y);
      expect(top! < mid && mid < bottom!, `${width}x${height}`).toBe(true);
      for (const b of layout.blocks) {
        expect(b !== block && b.box.x < x2! && b.box.x + b.box.width > x1! && b.box.y < mid && b.box.y + b.box.height > mid, `${b.id} at ${width}x${height}`).toBe(false);
      }
    }
  });

  // Where the panel takes the free corner under "Other countries" (a large phone or a small
  // tablet), the line bent at the blocks' right edge had run back down through that block to it.
  it('the line to a panel under another block bends before that block, through no other block’s label or squares', () => {
    for (const [width, height] of [[400, 440], [480, 540]] as const) {
      for (const [name, params] of Object.entries(chapter)) {
        const layout = layoutSquares(content, params, { width, height });
        const where = `${name} at ${width}x${height}`;
        expect(layout.link, where).toBeDefined();
        for (const b of layout.blocks.filter((k) => k.id !== 'russia')) {
          const block = { what: b.id, left: b.x, top: b.y, right: Math.max(b.box.x + b.box.width - 3, b.x + Math.max(...b.lines.map((l) => textWidth(l, layout.fontSize)))), bottom: b.box.y + b.box.height - 3 };
          for (const seg of linkSegments(layout.link)) expect(crosses(seg, block), `${b.id}, ${where}`).toBe(false);
        }
      }
    }
  });

  it('the remainder is the total minus the countries; no total row means no remainder', () => {
    expect(units(rows).rest).toBe(201);
    expect(units(rows.filter((r) => r['role'] !== 'total')).rest).toBe(0);
  });
});
