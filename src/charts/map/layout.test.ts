import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Row } from '../../lib/schemas';
import { textWidth } from '../shared/text';
import { basemap, relative, simplify, WIDE_MIN } from './basemap';
import { glyphBox, layoutMap, layoutMapWithNotes, type MapLayout } from './layout';
import { mapParams } from './params';

const geo = basemap();
const data = parse(readFileSync('content/data/chip-routes.yaml', 'utf8')) as { rows: Row[] };
const chart = parse(readFileSync('content/charts/chip-routes.yaml', 'utf8')) as { states: Record<string, { params: unknown; notes?: { at: string; text: string }[] }> };
const rows = data.rows;
const states = Object.entries(chart.states).map(([name, s]) => [name, mapParams.parse(s.params)] as const);
const widths = [320, 360, 390, 480, 560, 664, 768, 900, 1024, 1280, 1680];
const heights = [300, 420, 560];

type Box = { what: string; left: number; right: number; top: number; bottom: number };

function labelBoxes(layout: MapLayout): Box[] {
  const out: Box[] = [];
  for (const p of layout.places.filter((p) => p.visible)) {
    const w = textWidth(p.label.text, layout.fontSize);
    const left = p.label.anchor === 'start' ? p.label.x : p.label.anchor === 'end' ? p.label.x - w : p.label.x - w / 2;
    // The glyphs' box as the browser measures it (ascenders to descenders).
    out.push({ what: `place ${p.id}`, ...glyphBox(left, p.label.y, w, layout.fontSize) });
  }
  for (const n of layout.notes) out.push({ what: `note ${n.text.slice(0, 20)}`, left: n.x, right: n.x + textWidth(n.text, layout.fontSize), top: n.y, bottom: n.y + layout.lineHeight });
  return out;
}

describe('layoutMap', () => {
  for (const [name, params] of states) {
    it(`${name}: labels, notes and route ends inside the frame at 320-1680 px; place labels apart`, () => {
      for (const width of widths) {
        for (const height of heights) {
          const layout = layoutMap(rows, params, { width, height }, geo);
          const where = `${name} at ${width}x${height}`;
          const boxes = labelBoxes(layout);
          const outside = boxes.filter((b) => b.left < 0 || b.right > width + 0.5 || b.top < 0 || b.bottom > height).map((b) => b.what);
          expect(outside, where).toEqual([]);
          const places = boxes.filter((b) => b.what.startsWith('place'));
          const clashes: string[] = [];
          for (let i = 0; i < places.length; i++) for (let j = i + 1; j < places.length; j++) {
            const a = places[i]!;
            const b = places[j]!;
            if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) clashes.push(`${a.what} / ${b.what}`);
          }
          expect(clashes, where).toEqual([]);
          for (const r of layout.routes) {
            const nums = r.d.match(/-?[\d.]+/g)!.map(Number);
            for (let i = 0; i < nums.length; i += 2) {
              expect(nums[i]!, `${r.id} ${where}`).toBeGreaterThanOrEqual(0);
              expect(nums[i]!, `${r.id} ${where}`).toBeLessThanOrEqual(width);
            }
          }
          expect(layout.fontSize).toBeGreaterThanOrEqual(width >= 1280 ? 14 : 12);
        }
      }
    });
  }

  // At 320 px the routes written out under the map once left it 85 px wide.
  it('a 320 by 640 phone\'s frame gives the map its room (the key stays; the step text has the figures), a 390 px one writes the routes out too', () => {
    for (const [name, params] of states) {
      const small = layoutMap(rows, params, { width: 288, height: 258 }, geo);
      expect(small.notes.filter((n) => !n.key), name).toEqual([]);
      expect(small.notes.some((n) => n.key), name).toBe(true);
      expect(small.mapBottom, name).toBeGreaterThan(258 * 0.55);
      const phone = layoutMap(rows, params, { width: 358, height: 391 }, geo);
      if (params.highlight.length) expect(phone.notes.filter((n) => !n.key).length, name).toBeGreaterThan(0);
    }
  });

  // At 390 px "Taiwan" once sat on Hong Kong's dot, naming the wrong place.
  it('no name covers another shown place\'s dot, on a phone and a desktop', () => {
    const covered: string[] = [];
    for (const size of [{ width: 358, height: 391 }, { width: 358, height: 520 }, { width: 664, height: 560 }, { width: 785, height: 527 }, { width: 1024, height: 560 }]) {
      for (const [name, params] of states) {
        const layout = layoutMap(rows, params, size, geo);
        const shown = layout.places.filter((p) => p.visible);
        const boxes = labelBoxes(layout).filter((b) => b.what.startsWith('place'));
        for (const b of boxes) {
          for (const p of shown) {
            if (b.what === `place ${p.id}`) continue;
            if (p.x + 3 > b.left && p.x - 3 < b.right && p.y + 3 > b.top && p.y - 3 < b.bottom) covered.push(`${name} at ${size.width}x${size.height}: ${b.what} on ${p.id}'s dot`);
          }
        }
      }
    }
    expect(covered).toEqual([]);
  });

  // Its routes leave the pinned United States north-east (to Russia) and east: a name above the
  // pin sat on the dashed route to Russia at 768 and 1280 px.
  it('the off-map United States is named below its pin, clear of the routes that leave it', () => {
    let pinned = 0;
    for (const [name, params] of states) {
      for (const size of [{ width: 358, height: 391 }, { width: 785, height: 527 }]) {
        const layout = layoutMap(rows, params, size, geo);
        const us = layout.places.find((p) => p.id === 'united-states' && p.visible && p.label.text.startsWith('←'));
        if (!us) continue;
        pinned++;
        expect(us.label.y - layout.fontSize, `${name} ${size.width}x${size.height}`).toBeGreaterThan(us.y);
      }
    }
    expect(pinned).toBeGreaterThan(0);
  });

  // The chip-routes map at 320 px once drew "← United States" across "India" (charts.spec):
  // every frame width a reader can meet, 8 px apart, at the phone frames' own heights too.
  it('place labels never overlap (nor touch) at any frame width from 280 to 1680 px', () => {
    const clashes: string[] = [];
    for (let width = 280; width <= 1680; width += 8) {
      for (const height of [258, 313, 391, 520]) {
        for (const [name, params] of states) {
          const places = labelBoxes(layoutMap(rows, params, { width, height }, geo)).filter((b) => b.what.startsWith('place'));
          for (let i = 0; i < places.length; i++) for (let j = i + 1; j < places.length; j++) {
            const a = places[i]!;
            const b = places[j]!;
            if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) clashes.push(`${name} at ${width}x${height}: ${a.what} / ${b.what}`);
          }
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it.each(Object.entries(chart.states).filter(([, s]) => s.notes))('%s with its notes: every note drawn, place labels apart, at phone and desktop sizes', (name, state) => {
    const params = mapParams.parse(state.params);
    for (const size of [{ width: 288, height: 258 }, { width: 288, height: 370 }, { width: 358, height: 391 }, { width: 785, height: 527 }, { width: 320, height: 300 }]) {
      const { layout, placed } = layoutMapWithNotes(rows, params, size, geo, state.notes);
      // A 320x640 phone's map has no room for a band without crowding the names: names win there.
      if (size.height > 258) expect(placed.length, `${name} ${size.width}x${size.height}`).toBe(state.notes!.length);
      const places = labelBoxes(layout).filter((b) => b.what.startsWith('place') && b.right > b.left);
      // A note never covers a name (its glyphs reach a little below the estimate: 4 px of air).
      for (const n of placed) {
        for (const b of places) {
          const apart = n.box.x >= b.right || b.left >= n.box.x + n.box.width || n.box.y >= b.bottom + 4 || b.top - 4 >= n.box.y + n.box.height;
          expect(apart, `${name} ${size.width}x${size.height}: note over ${b.what}`).toBe(true);
        }
      }
      for (let i = 0; i < places.length; i++) for (let j = i + 1; j < places.length; j++) {
        const a = places[i]!;
        const b = places[j]!;
        expect(a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom, `${name} ${size.width}x${size.height}: ${a.what} / ${b.what}`).toBe(false);
      }
    }
  });

  it('uses the regional crop below WIDE_MIN and the wide one from it; the map keeps its size between steps', () => {
    expect(layoutMap(rows, states[0]![1], { width: 390, height: 400 }, geo).crop).toBe('narrow');
    expect(layoutMap(rows, states[0]![1], { width: WIDE_MIN, height: 500 }, geo).crop).toBe('wide');
    for (const width of [320, 664, 1280]) {
      const ks = states.map(([, p]) => layoutMap(rows, p, { width, height: 480 }, geo).transform.k);
      expect(new Set(ks).size, `width ${width}`).toBe(1);
    }
  });

  it('reveals routes step by step: each state shows what it names, draws cut routes as cut, and writes the highlighted figures out', () => {
    const [, first] = states[0]!;
    const layout = layoutMap(rows, first, { width: 390, height: 480 }, geo);
    expect(layout.routes.filter((r) => r.visible).map((r) => r.id)).toEqual(first.show);
    expect(layout.routes.filter((r) => r.visible).every((r) => r.status === 'cut')).toBe(true);
    const hk = layoutMap(rows, states[1]![1], { width: 390, height: 480 }, geo);
    expect(hk.notes.map((n) => n.text).join(' ')).toContain('$750 million');
    expect(hk.notes.filter((n) => n.key).map((n) => n.sample!.status)).toEqual(['active', 'cut', 'claimed']);
  });

  it('Russia is always marked as Russia (its own colour class), whatever the step', () => {
    for (const [, params] of states) {
      const layout = layoutMap(rows, params, { width: 390, height: 480 }, geo);
      expect(layout.places.find((p) => p.id === 'russia')!.russia).toBe(true);
      expect(layout.countries.find((c) => c.id === 'russia')?.russia).toBe(true);
    }
  });
});

describe('basemap', () => {
  it('projects both crops on the server into compact path strings, with every place on the map or pinned to its edge', () => {
    for (const crop of [geo.wide, geo.narrow]) {
      expect(crop.land.length).toBeLessThan(40_000);
      expect(crop.land).toMatch(/^M\d/);
      expect(crop.countries['russia']).toBeTruthy();
      for (const p of Object.values(crop.points)) {
        expect(p.x).toBeGreaterThanOrEqual(0);
        expect(p.x).toBeLessThanOrEqual(crop.width);
      }
    }
    expect(geo.narrow.points['united-states']!.edge).toBe('left');
    // Pinned at sea, so its dot never reads as a place in Africa or Europe.
    const us = geo.narrow.points['united-states']!;
    expect(us.y).toBeGreaterThan(geo.narrow.height * 0.25);
    expect(us.y).toBeLessThan(geo.narrow.height * 0.6);
    expect(geo.wide.points['united-states']!.edge).toBeUndefined();
  });

  it('simplify drops near points and specks, keeps ring ends', () => {
    expect(simplify('M0,0L1,0L10,0L10,10Z', 2.5)).toBe('M0,0L10,0L10,10Z');
    expect(simplify('M0,0L1,1L0,1Z', 2.5)).toBe('');
  });

  it('relative draws the same points as relative moves', () => {
    expect(relative('M10,20L14,16L14,30L3,30Z')).toBe('M10,20l4,-4 0,14-11,0Z');
    expect(relative('M0,0L5,5ZM9,9L8,8Z')).toBe('M0,0l5,5ZM9,9l-1,-1Z');
    // Every outline on the map comes back to its absolute points (the test reads them back).
    const absolute = (path: string) =>
      path.split('M').filter(Boolean).map((ring) => {
        const [first, moves = ''] = ring.replace(/Z$/, '').split('l');
        let [x, y] = first!.split(',').map(Number) as [number, number];
        const out = [[x, y]];
        for (const pair of moves.match(/-?\d+,-?\d+/g) ?? []) {
          const [dx, dy] = pair.split(',').map(Number) as [number, number];
          out.push([(x += dx), (y += dy)]);
        }
        return out.join(' ');
      });
    const geo = basemap();
    for (const crop of [geo.wide, geo.narrow]) expect(crop.land).toMatch(/^M\d/);
    expect(absolute(relative('M362,102L358,106L354,107L354,113Z'))).toEqual(['362,102 358,106 354,107 354,113']);
  });
});

describe('places', () => {
  it('the names (browser) and the coordinates (server) list the same places in the same order', async () => {
    const { PLACE_NAMES, PLACES } = await import('./places');
    expect(Object.keys(PLACE_NAMES)).toEqual(Object.keys(PLACES));
  });
});
