import { render } from 'svelte/server';
import Notes from './Notes.svelte';
import { describe, expect, it } from 'vitest';
import { nearestFree, noteBlock, notesOfEveryState, placeNotes, type Box } from './notes';

const size = { width: 320, height: 240 };
const inside = (b: { x: number; y: number; width: number; height: number }) => b.x >= 0 && b.y >= 0 && b.x + b.width <= size.width && b.y + b.height <= size.height;

describe('placeNotes', () => {
  it.each([
    { x: 4, y: 4 },
    { x: 316, y: 4 },
    { x: 4, y: 236 },
    { x: 316, y: 236 },
    { x: 160, y: 120 },
  ])('keeps a note pinned at ($x, $y) inside the frame, with a leader ending at the mark', ({ x, y }) => {
    const [note] = placeNotes([{ at: 'a', text: 'The same five systems as a year earlier' }], [{ key: 'a', x, y, r: 4 }], [], size);
    expect(note).toBeDefined();
    expect(inside(note!.box)).toBe(true);
    expect(Math.hypot(note!.leader.x2 - x, note!.leader.y2 - y)).toBeLessThanOrEqual(7);
  });

  it('keeps clear of labels and of the other note when there is room', () => {
    const label = { x: 170, y: 100, width: 140, height: 40 };
    const placed = placeNotes(
      [
        { at: 'a', text: 'First note' },
        { at: 'b', text: 'Second note' },
      ],
      [
        { key: 'a', x: 160, y: 120 },
        { key: 'b', x: 160, y: 130 },
      ],
      [label],
      size,
    );
    const hit = (p: typeof label, q: typeof label) => p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;
    expect(placed).toHaveLength(2);
    for (const n of placed) expect(hit(n.box, label)).toBe(false);
    expect(hit(placed[0]!.box, placed[1]!.box)).toBe(false);
  });

  it('leaves out notes whose mark is not drawn', () => {
    expect(placeNotes([{ at: 'gone', text: 'Hidden' }], [{ key: 'a', x: 1, y: 1 }], [], size)).toEqual([]);
  });
});

describe('Notes drawn', () => {
  const note = (leaderX: number) => ({ at: 'm', text: 'A note', lines: ['A note'], box: { x: 100, y: 10, width: 80, height: 26 }, leader: { x1: leaderX, y1: 20, x2: leaderX + 20, y2: 20 } });
  it('a note left of its mark is set flush right, so its words meet the leader; one right of it flush left', () => {
    const left = render(Notes, { props: { notes: [note(180)] } }).body;
    expect(left).toMatch(/<text class="note-text[^"]*" x="176"[^>]*text-anchor="end"/);
    const right = render(Notes, { props: { notes: [{ ...note(100), leader: { x1: 100, y1: 20, x2: 80, y2: 20 } }] } }).body;
    expect(right).toMatch(/<text class="note-text[^"]*" x="104"/);
    expect(right).not.toContain('text-anchor="end"');
  });
});

// A phone's sanctions note read "He hoped Chinese production would / help": "help" alone.
describe('noteBlock', () => {
  it('wraps a note on two lines as evenly as it can, never a full line over one word', () => {
    for (const width of [160, 200, 240]) {
      const text = 'He hoped Chinese production would help';
      const block = noteBlock(text, width);
      expect(block.lines.join(' ')).toBe(text);
      expect(block.lines.length).toBe(2);
      expect(block.lines.at(-1)!.split(' ').length, `${width}: ${block.lines.join(' / ')}`).toBeGreaterThan(1);
    }
    // A note too long for its lines is still cut, as before.
    expect(noteBlock('word '.repeat(60).trim(), 120).lines.at(-1)).toMatch(/…$/);
  });
});

describe('nearestFree', () => {
  // The search strikes out boxes a blocker at a time and tries the rest nearest first; it must
  // find what a plain scan of every box of the frame, row by row, finds.
  const scan = (anchor: { x: number; y: number }, width: number, height: number, blockers: Box[], clear: (b: Box) => boolean) => {
    const hit = (a: Box, b: Box) => Math.min(a.x + a.width, b.x + b.width) > Math.max(a.x, b.x) && Math.min(a.y + a.height, b.y + b.height) > Math.max(a.y, b.y);
    let best: Box | undefined;
    let bestDistance = Infinity;
    for (let y = 1; y + height <= size.height - 1; y += 4) {
      for (let x = 1; x + width <= size.width - 1; x += 8) {
        const distance = Math.hypot(Math.max(x, Math.min(anchor.x, x + width)) - anchor.x, Math.max(y, Math.min(anchor.y, y + height)) - anchor.y);
        const box = { x, y, width, height };
        if (distance < bestDistance && !blockers.some((b) => hit(box, b)) && clear(box)) [best, bestDistance] = [box, distance];
      }
    }
    return best;
  };
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  it.each(Array.from({ length: 40 }, (_, i) => i))('finds the box a scan of the whole frame finds (crowded frame %i)', (i) => {
    const blockers = Array.from({ length: 5 + i * 2 }, () => ({ x: random() * 300, y: random() * 220, width: 4 + random() * 80, height: 4 + random() * 40 }));
    const anchor = { key: 'a', x: random() * 320, y: random() * 240 };
    const clear = (b: Box) => (b.x + b.y) % 3 !== 0;
    const [width, height] = [40 + Math.round(random() * 100), 18 + Math.round(random() * 40)];
    expect(nearestFree(anchor, width, height, size, blockers, clear)).toEqual(scan(anchor, width, height, blockers, clear));
  });
});

describe('notesOfEveryState', () => {
  it("keeps room for every state's notes but those of a state drawn in a frame of its own", () => {
    const a = { at: 'x', text: 'kept in every step' };
    const b = { at: 'y', text: 'only in its own frame' };
    expect(notesOfEveryState({ one: { notes: [a] }, two: { notes: [b], params: { fit: 'shown' } }, three: { params: { fit: 'all' } } })).toEqual([a]);
  });
});
