import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Row } from '../../lib/schemas';
import { textWidth } from '../shared/text';
import { basemap, relative, simplify, WIDE_MIN } from './basemap';
import { EMBED_WIDTHS } from '../../share/links';
import { crosses, glyphBox, layoutMap, layoutMapWithNotes, staticMapHeight, stillParams, type MapLayout } from './layout';
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
      expect(placed.length, `${name} ${size.width}x${size.height}`).toBe(state.notes!.length);
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

  it('uses the regional crop below WIDE_MIN, and the wide one from it only where it draws the larger map; the map keeps its size between steps', () => {
    expect(layoutMap(rows, states[0]![1], { width: 390, height: 400 }, geo).crop).toBe('narrow');
    expect(layoutMap(rows, states[0]![1], { width: WIDE_MIN, height: 320 }, geo).crop).toBe('wide');
    // A 1680x1000 desktop's frame: the wide crop was a strip with the routes in one corner.
    expect(layoutMap(rows, states[0]![1], { width: 1035, height: 685 }, geo).crop).toBe('narrow');
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
      expect(layout.countries.some((c) => c.id === 'russia')).toBe(true);
    }
  });
});

/** The pinned chart's frames on phones (320 and 390 px wide screens) and at 1280 px, as notesDrawn.test.ts measures them. */
const PHONE_FRAMES = [{ width: 288, height: 258 }, ...[288, 358].flatMap((width) => [340, 352, 370, 391, 400].map((height) => ({ width, height })))];
const DESKTOP_FRAMES = [500, 527, 551, 570].map((height) => ({ width: 785, height }));
/** A step's embed (its height keeps room for the two longest routes written out). */
const embedFrame = (width: number) => ({ width, height: staticMapHeight(rows, width, geo, states[0]![1]) });
/** Those, the embeds, a wide desktop's frame and the server's default size (no-JS, print). */
const NOTE_FRAMES = [...PHONE_FRAMES, ...DESKTOP_FRAMES, ...EMBED_WIDTHS.map(embedFrame), { width: 1040, height: 640 }, { width: 400, height: 300 }];
const notesOf = (name: string) => chart.states[name]!.notes ?? [];
/** 101 points along a route's drawn curve (its path is one quadratic Bézier: M a Q c e). */
const curvePoints = (d: string) => {
  const [ax, ay, cx, cy, ex, ey] = d.match(/-?[\d.]+/g)!.map(Number) as [number, number, number, number, number, number];
  return Array.from({ length: 101 }, (_, i) => i / 100).map((t) => [(1 - t) ** 2 * ax + 2 * t * (1 - t) * cx + t * t * ex, (1 - t) ** 2 * ay + 2 * t * (1 - t) * cy + t * t * ey] as const);
};
/** How much of the frame the map takes (its drawn land and routes: the crop scaled into the frame). */
const mapShare = (layout: MapLayout) => {
  const crop = geo[layout.crop];
  return { width: (crop.width * layout.transform.k) / layout.width, height: (crop.height * layout.transform.k) / layout.height };
};

describe('the map at phone and embed sizes (issue 12: a 220 px map in a phone embed, Taiwan at its edge)', () => {
  // Names once sat 2 px from the frame's edge ("Taiwan" at 390 px).
  it('every place name keeps 4 px of air inside the frame, clear of the other names and of the text under the map, at every width from 320 to 1680 px', () => {
    const problems: string[] = [];
    for (let width = 320; width <= 1680; width += 8) {
      for (const [name, params] of states) {
        for (const height of [258, 340, 391, 520, staticMapHeight(rows, width, geo, params)]) {
          const { layout } = layoutMapWithNotes(rows, params, { width, height }, geo, notesOf(name));
          const boxes = labelBoxes(layout);
          const names = boxes.filter((b) => b.what.startsWith('place') && b.right > b.left);
          for (const b of names) {
            const where = `${name} at ${width}x${height}: ${b.what}`;
            if (b.left < 4 || b.right > width - 4 || b.top < 4 || b.bottom > height - 4) problems.push(`${where} [${Math.round(b.left)}..${Math.round(b.right)}, ${Math.round(b.top)}..${Math.round(b.bottom)}] within 4 px of the edge`);
            for (const n of boxes) if (n !== b && b.left < n.right && n.left < b.right && b.top < n.bottom && n.top < b.bottom) problems.push(`${where} on ${n.what}`);
          }
        }
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  // The India note once sat 5 px from its route at 320 px: its leader a dash, not a line.
  it('every note is tied to its route by a leader a reader sees (10 to 90 px), crossing no place name, or else names its route and sits by it, at phone, desktop and embed sizes', () => {
    const problems: string[] = [];
    for (const [name, params] of states) {
      for (const size of NOTE_FRAMES) {
        const { layout, placed } = layoutMapWithNotes(rows, params, size, geo, notesOf(name));
        const names = labelBoxes(layout).filter((b) => b.what.startsWith('place') && b.right > b.left);
        for (const n of placed) {
          const where = `${name} at ${size.width}x${size.height}: note on ${n.at}`;
          const { x1, y1, x2, y2 } = n.leader;
          const length = Math.hypot(x2 - x1, y2 - y1);
          const route = layout.routes.find((r) => r.id === n.at)!;
          if (length === 0) {
            // Where every leader would cross another route, the note names its route and sits by it.
            const name = route.full.split(' (')[0]!;
            if (!n.text.startsWith(`${name}: `)) problems.push(`${where}: no leader, and the note does not name its route`);
            const gap = Math.min(...route.along.map((p) => Math.hypot(Math.max(n.box.x - p.x, 0, p.x - n.box.x - n.box.width), Math.max(n.box.y - p.y, 0, p.y - n.box.y - n.box.height))));
            if (gap > 64) problems.push(`${where}: a named note ${Math.round(gap)} px from its route`);
          } else if (length < 10 || length > 90) problems.push(`${where}: leader ${Math.round(length)} px`);
          for (const b of names) {
            const through = [0.1, 0.3, 0.5, 0.7, 0.9].some((f) => {
              const x = x1 + (x2 - x1) * f;
              const y = y1 + (y2 - y1) * f;
              return x > b.left && x < b.right && y > b.top && y < b.bottom;
            });
            if (through) problems.push(`${where}: leader through ${b.what}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  // At 320 px the India note's leader ran up across the routes from China and Hong Kong.
  it('no note\'s leader crosses or stops on a route other than its own, at phone, desktop and embed sizes, nor at any width from 288 to 1680 px', () => {
    const problems: string[] = [];
    const side = (ax: number, ay: number, bx: number, by: number, x: number, y: number) => Math.sign((bx - ax) * (y - ay) - (by - ay) * (x - ax));
    const frames = [...NOTE_FRAMES, ...Array.from({ length: 88 }, (_, i) => ({ width: 288 + i * 16, height: 560 }))];
    for (const [name, params] of states) {
      for (const size of frames) {
        const { layout, placed } = layoutMapWithNotes(rows, params, size, geo, notesOf(name));
        for (const n of placed) {
          // The leader and 6 px beyond its end: one that stops on another route points at it.
          const { x1, y1 } = n.leader;
          const k = 6 / (Math.hypot(n.leader.x2 - x1, n.leader.y2 - y1) || 1);
          const [x2, y2] = [n.leader.x2 + (n.leader.x2 - x1) * k, n.leader.y2 + (n.leader.y2 - y1) * k];
          for (const r of layout.routes.filter((r) => r.visible && r.id !== n.at)) {
            const curve = curvePoints(r.d);
            const crosses = curve.slice(1).some(([qx, qy], i) => {
              const [px, py] = curve[i]!;
              return side(x1, y1, x2, y2, px, py) * side(x1, y1, x2, y2, qx, qy) < 0 && side(px, py, qx, qy, x1, y1) * side(px, py, qx, qy, x2, y2) < 0;
            });
            if (crosses) problems.push(`${name} at ${size.width}x${size.height}: the leader of the note on ${n.at} crosses ${r.id}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  // At 800 px the India note once lay across the line from the United States to Hong Kong.
  it('no route runs through a note\'s words, at phone, desktop and embed sizes', () => {
    const problems: string[] = [];
    for (const [name, params] of states) {
      for (const size of NOTE_FRAMES) {
        const { layout, placed } = layoutMapWithNotes(rows, params, size, geo, notesOf(name));
        for (const n of placed) {
          // The words, inside the block's 4 px padding.
          const [left, top, right, bottom] = [n.box.x + 4, n.box.y + 4, n.box.x + n.box.width - 4, n.box.y + n.box.height - 4];
          for (const r of layout.routes.filter((r) => r.visible)) {
            const through = curvePoints(r.d).some(([x, y]) => x > left && x < right && y > top && y < bottom);
            if (through) problems.push(`${name} at ${size.width}x${size.height}: ${r.id} through the note on ${n.at}`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  // In the embeds a step that wrote fewer lines left one or two empty lines between its routes
  // and the key (the key sat at the foot of the room kept for the most lines).
  it('the key sits straight under the map, in the same place in every step, and the routes written out follow it with no empty line', () => {
    const problems: string[] = [];
    for (const size of [...NOTE_FRAMES, { width: 288, height: 218 }, { width: 316, height: 231 }]) {
      const keyTops = new Set<number>();
      for (const [name, params] of states) {
        const { layout } = layoutMapWithNotes(rows, params, size, geo, notesOf(name));
        const where = `${name} at ${size.width}x${size.height}`;
        const key = layout.notes.filter((n) => n.key);
        const routes = layout.notes.filter((n) => !n.key);
        const top = Math.min(...key.map((n) => n.y));
        if (top - layout.mapBottom > 8) problems.push(`${where}: ${Math.round(top - layout.mapBottom)} px between the map and the key`);
        keyTops.add(top);
        const keyBottom = Math.max(...key.map((n) => n.y)) + layout.lineHeight;
        if (routes.length && routes[0]!.y - keyBottom >= layout.lineHeight / 2) problems.push(`${where}: ${Math.round(routes[0]!.y - keyBottom)} px between the key and the routes`);
        for (let i = 1; i < routes.length; i++) if (Math.abs(routes[i]!.y - routes[i - 1]!.y - layout.lineHeight) > 0.01) problems.push(`${where}: a gap in the routes written out`);
        if (routes.some((n) => n.y + layout.lineHeight > size.height)) problems.push(`${where}: a route's line below the frame`);
      }
      if (keyTops.size > 1) problems.push(`${size.width}x${size.height}: the key moves between steps (${[...keyTops].map(Math.round).join(', ')})`);
    }
    expect(problems).toEqual([]);
  });

  it('an embed\'s map spans its frame\'s width and most of its height, the same size in every step', () => {
    for (const width of EMBED_WIDTHS) {
      const size = embedFrame(width);
      const shares = states.map(([name, params]) => mapShare(layoutMapWithNotes(rows, params, size, geo, notesOf(name)).layout));
      for (const [i, share] of shares.entries()) {
        const where = `${states[i]![0]} at ${size.width}x${size.height}`;
        expect(share.width, where).toBeGreaterThan(0.98);
        // The rest: the routes written out and the key to the lines.
        // (A 320 px phone's 288 px frame writes each route on more lines.)
        expect(share.height, where).toBeGreaterThan(width < 300 ? 0.55 : width < 600 ? 0.6 : 0.65);
        expect(share, where).toEqual(shares[0]);
      }
    }
  });

  // In a 390 px phone's pinned chart the routes written under the map once left it 286 px of 358.
  it('a phone\'s pinned map keeps at least 85% of the frame\'s width, the same in every step; 1280 px desktops keep theirs as tall as before (395 px)', () => {
    for (const size of PHONE_FRAMES) {
      const shares = states.map(([name, params]) => mapShare(layoutMapWithNotes(rows, params, size, geo, notesOf(name)).layout));
      for (const [i, share] of shares.entries()) {
        expect(share.width, `${states[i]![0]} at ${size.width}x${size.height}`).toBeGreaterThan(0.85);
        expect(share, `${states[i]![0]} at ${size.width}x${size.height}`).toEqual(shares[0]);
      }
    }
    const desktop = layoutMap(rows, states[1]![1], { width: 785, height: 527 }, geo);
    expect(geo[desktop.crop].height * desktop.transform.k).toBeGreaterThanOrEqual(395);
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

describe('place names and routes', () => {
  it("TSMC's cut route from Taiwan does not run beside the routes through Hong Kong (it once shadowed them)", () => {
    const near = (p: { x: number; y: number }, line: { x: number; y: number }[]) =>
      line.slice(1).some((q, i) => {
        const a = line[i]!;
        const t = Math.max(0, Math.min(1, ((p.x - a.x) * (q.x - a.x) + (p.y - a.y) * (q.y - a.y)) / ((q.x - a.x) ** 2 + (q.y - a.y) ** 2 || 1)));
        return Math.hypot(p.x - (a.x + t * (q.x - a.x)), p.y - (a.y + t * (q.y - a.y))) < 12;
      });
    const beside: string[] = [];
    for (const [name, params] of states) {
      for (const width of [320, 390, 664, 1280]) {
        const routes = layoutMap(rows, params, { width, height: 560 }, geo).routes.filter((r) => r.visible);
        const tsmc = routes.find((r) => r.id === 'tsmc-direct');
        for (const other of routes.filter((r) => r.id === 'hong-kong-to-russia' || r.id === 'us-makers-to-hong-kong')) {
          // The first half of the way: every route into Russia converges on it at the end.
          if (tsmc && tsmc.along.slice(1, 6).filter((p) => near(p, other.along)).length > 2) beside.push(`${name} ${width}: ${other.id}`);
        }
      }
    }
    expect(beside).toEqual([]);
  });

  it('a name sits where no route runs through it, wherever the frame leaves a side free (150 crossings before, in this grid)', () => {
    const crossed: string[] = [];
    for (const [name, params] of states) {
      for (const width of [320, 358, 390, 664, 900, 1280]) {
        for (const height of [391, 560]) {
          const layout = layoutMap(rows, params, { width, height }, geo);
          const boxes = labelBoxes(layout).filter((b) => b.what.startsWith('place'));
          for (const b of boxes) for (const r of layout.routes.filter((r) => r.visible)) if (crosses(r.along, b)) crossed.push(`${name} ${width}x${height}: ${b.what} by ${r.id}`);
        }
      }
    }
    // What is left: a 320 px frame, where the United States' name at the map's edge has no
    // other side; Armenia on the wide map, boxed in by Russia's routes from the south; and on a
    // phone, Taiwan's name at the frame's right edge, which its own straight route to Russia
    // grazes above (below, it would sit on Hong Kong's name). The embeds' overview draws every
    // route, as the last step does, so it repeats that step's 10.
    expect(crossed.filter((c) => !/320x\d+: place united-states|place armenia|(320|358|390)x\d+: place taiwan by tsmc-direct/.test(c))).toEqual([]);
    expect(crossed.length).toBeLessThanOrEqual(36);
  });

  // From a large phone to a tablet (396-640 px) Taiwan's name had taken the free side below its
  // dot, leaving Hong Kong's only its left side, across the two routes that arrive there.
  it("Hong Kong's name is clear of the routes from a large phone to a tablet", () => {
    const crossed: string[] = [];
    for (const [name, params] of states) {
      for (const width of [400, 440, 480, 560, 600, 640]) {
        const layout = layoutMap(rows, params, { width, height: 560 }, geo);
        const box = labelBoxes(layout).find((b) => b.what === 'place hong-kong');
        for (const r of layout.routes.filter((r) => r.visible)) if (box && crosses(r.along, box)) crossed.push(`${name} ${width}: ${r.id}`);
      }
    }
    expect(crossed).toEqual([]);
  });
});

describe("the overview's embed (review: eight routes and no word on what each carries, over 100 px empty under the key)", () => {
  const overview = mapParams.parse(chart.states['allRoutes']!.params);
  it('writes out every route it shows under the map, each with its line style, inside its frame and with no room spare', () => {
    for (const width of EMBED_WIDTHS) {
      const size = { width, height: staticMapHeight(rows, width, geo, overview) };
      const layout = layoutMap(rows, stillParams(rows, overview, size, geo), size, geo);
      const starts = layout.notes.filter((n) => !n.key && n.sample);
      expect(starts.map((n) => n.text.split(':')[0]), `at ${width}`).toEqual(rows.map((r) => layout.routes.find((m) => m.id === r['id'])!.full.split(' (')[0]));
      expect(starts.map((n) => n.sample!.status)).toEqual(layout.routes.map((r) => r.status));
      const bottom = Math.max(...layout.notes.map((n) => n.y + layout.lineHeight));
      expect(bottom, `at ${width}`).toBeLessThanOrEqual(size.height);
      expect(size.height - bottom, `at ${width}`).toBeLessThan(layout.lineHeight);
    }
  });
});
