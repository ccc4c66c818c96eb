import { describe, expect, it } from 'vitest';
import type { Row } from '../../lib/schemas';
import { stack } from '../shared/place';
import { typeZoom, zoomedSize } from '../shared/text';
import { KEY_ROW, LINE_HEIGHT, WIDE_FROM, fitsSideways, flowZoom, horizontalLinkYAt, laneThrough, layoutFlow, portOffsets, linkText, nodeColumns, type FlowLayout } from './layout';
import { flowRow } from './schema';

const link = (id: string, from: string, to: string, status: string, label: string): Row => ({ id, from, to, status, label, source: 's' });
const chips: Row[] = [
  link('tsmc', 'TSMC (Taiwan)', 'Russian chip designers', 'cut', 'Stopped supply, Feb 2022'),
  link('nvidia', 'Nvidia', 'Russian AI labs', 'cut', 'Sales halted, Mar 2022'),
  link('china-ru', 'China and Hong Kong', 'Russian importers', 'active', 'About 40% of chips, 2022'),
  link('india', 'Indian reseller', 'Russian importers', 'active', '1,111 AI servers, 2024'),
  link('importers-labs', 'Russian importers', 'Russian AI labs', 'active', 'Resold hardware'),
  link('huawei', 'Huawei Ascend chips', 'Sberbank GigaChat', 'claimed', 'Hoped for, 2026'),
];
const defaults = { highlight: [] };

interface B { what: string; x: number; y: number; width: number; height: number }
const overlaps = (a: B, b: B) => a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5;

function expectTidy(layout: FlowLayout, size: { width: number; height: number }) {
  const boxes: B[] = [
    ...layout.nodes.map((n) => ({ what: `node ${n.id}`, ...n })),
    ...layout.links.map((l) => ({ what: `label ${l.id}`, ...l.label })),
  ];
  for (const b of boxes) {
    expect(b.x, b.what).toBeGreaterThanOrEqual(0);
    expect(b.y, b.what).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width, b.what).toBeLessThanOrEqual(size.width);
    expect(b.y + b.height, b.what).toBeLessThanOrEqual(size.height);
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      expect(overlaps(boxes[i]!, boxes[j]!), `${boxes[i]!.what} overlaps ${boxes[j]!.what}`).toBe(false);
    }
  }
  // Text fits its box: node lines are inside the node's height.
  for (const n of layout.nodes) expect(n.lines.length * LINE_HEIGHT).toBeLessThanOrEqual(n.height);
}

describe('layoutFlow', () => {
  it('sweep: tidy at every width from 280 to 1400 and every frame height from 200 to 600', () => {
    for (let width = 280; width <= 1400; width += 37) {
      for (let height = 200; height <= 600; height += 50) {
        const size = { width, height };
        expectTidy(layoutFlow(chips, defaults, size), size);
      }
    }
  });

  it.each([
    { width: 280, height: 300 },
    { width: 320, height: 420 },
    { width: 390, height: 500 },
    { width: 519, height: 420 },
    { width: 520, height: 364 },
    { width: 768, height: 500 },
    { width: 1400, height: 520 },
  ])('nodes and link labels never overlap and stay inside $width x $height', (size) => {
    const layout = layoutFlow(chips, defaults, size);
    expect(layout.vertical).toBe(size.width < WIDE_FROM || size.width < 600);
    expectTidy(layout, size);
  });

  it('runs columns left to right on wide frames and top to bottom on narrow ones', () => {
    const wide = layoutFlow(chips, defaults, { width: 1000, height: 500 });
    const narrow = layoutFlow(chips, defaults, { width: 390, height: 500 });
    const node = (l: FlowLayout, id: string) => l.nodes.find((n) => n.id === id)!;
    expect(node(wide, 'Russian AI labs').x).toBeGreaterThan(node(wide, 'Russian importers').x);
    expect(node(narrow, 'Russian AI labs').y).toBeGreaterThan(node(narrow, 'Russian importers').y);
    expect(wide.links[0]!.path).toMatch(/^M[\d.]+,[\d.]+C/);
  });

  it('keeps node names whole where they fit, and says when one is shortened', () => {
    const wide = layoutFlow(chips, defaults, { width: 1000, height: 500 });
    expect(wide.nodes.every((n) => !n.shortened)).toBe(true);
    const tiny = layoutFlow([link('x', 'Extraordinarily long supplier name', 'B', 'active', 'y'), link('z', 'C', 'D', 'cut', 'y'), link('q', 'E', 'F', 'cut', 'y'), link('r', 'G', 'H', 'cut', 'y')], defaults, { width: 280, height: 300 });
    expect(tiny.nodes.find((n) => n.id.startsWith('Extra'))!.shortened).toBe(true);
    expect(tiny.nodes.find((n) => n.id === 'C')!.shortened).toBe(false);
  });

  it('explains every status drawn in a key under the marks, and names it in the tooltip', () => {
    const size = { width: 1000, height: 500 };
    const layout = layoutFlow(chips, defaults, size);
    const statuses = new Set(layout.links.map((l) => l.status));
    expect(layout.key.map((k) => k.status).sort()).toEqual([...statuses].sort());
    const lowest = Math.max(...layout.nodes.map((n) => n.y + n.height), ...layout.links.map((l) => l.label.y + l.label.height));
    for (const k of layout.key) {
      expect(k.y).toBeGreaterThanOrEqual(lowest);
      expect(k.y + KEY_ROW).toBeLessThanOrEqual(size.height);
    }
    expect(layout.links.find((l) => l.id === 'huawei')!.full).toBe('Huawei Ascend chips to Sberbank GigaChat (claimed): Hoped for, 2026');
  });

  // Drawn alike, "design only, no weights" read as a model built on DeepSeek's (china-pivot).
  it('carries what each model borrows to its link, for the line weight', () => {
    const models = [{ ...link('a', 'Qwen (China)', 'T-pro (T-Bank)', 'claimed', 'Trained on the basis of Qwen'), borrows: 'weights' }, { ...link('b', 'DeepSeek (China)', 'GigaChat (Sberbank)', 'claimed', 'Design only, no weights'), borrows: 'design' }];
    expect(layoutFlow(models, defaults, { width: 800, height: 400 }).links.map((l) => l.borrows)).toEqual(['weights', 'design']);
    expect(layoutFlow(chips, defaults, { width: 1000, height: 500 }).links.every((l) => l.borrows === undefined)).toBe(true);
  });

  it('explains each line weight drawn in the key, heaviest first, on a row after the statuses of links without a weight', () => {
    const models = [{ ...link('b', 'DeepSeek (China)', 'GigaChat (Sberbank)', 'claimed', 'Design only'), borrows: 'design' }, { ...link('a', 'Qwen (China)', 'T-pro (T-Bank)', 'claimed', 'On Qwen'), borrows: 'weights' }];
    const key = layoutFlow(models, defaults, { width: 800, height: 400 }).key;
    expect(key.map((k) => [k.status, k.borrows, k.text])).toEqual([
      ['claimed', 'weights', 'trained weights'],
      ['claimed', 'design', 'design only'],
    ]);
    expect(key[1]!.y).toBe(key[0]!.y);
    // A link without a weight adds its status, on a row above the weights.
    const mixed = layoutFlow([...models, chips[0]!], defaults, { width: 800, height: 400 }).key;
    expect(mixed.map((k) => k.text)).toEqual(['cut off', 'trained weights', 'design only']);
    expect(mixed[1]!.y).toBeGreaterThan(mixed[0]!.y);
    // Where the weights' row would cut a label short (the china-pivot diagram at 320 px), it goes,
    // and no status stands in for it: every link there has a weight, and its label says what it takes.
    const small = layoutFlow(models.concat({ ...link('c', "Yandex's own base model (Russia)", 'YandexGPT 5 Lite (Yandex)', 'claimed', "No outside model's weights, Yandex says"), borrows: 'none' }), defaults, { width: 288, height: 218 });
    expect(small.key).toEqual([]);
    expect(small.links.some((l) => l.label.lines.at(-1)!.endsWith('…'))).toBe(false);
    // On a phone the entries wrap onto rows, all inside the frame (the two, measured as the font
    // draws them, take about 250 px together: 220 wraps them whatever the table's rounding).
    const phone = layoutFlow(models, defaults, { width: 220, height: 400 }).key;
    expect(new Set(phone.map((k) => k.y)).size).toBeGreaterThan(1);
    for (const k of phone) expect(k.x + 26 + 6).toBeLessThan(220);
  });

  it('puts each link label above its line, never across it (left to right)', () => {
    const pair = [link('a', 'Qwen (China)', 'T-pro (T-Bank)', 'claimed', 'Trained on the basis of Qwen'), link('b', 'DeepSeek (China)', 'GigaChat (Sberbank)', 'claimed', 'Design only, no weights')];
    const layout = layoutFlow(pair, defaults, { width: 800, height: 400 });
    expect(layout.vertical).toBe(false);
    for (const l of layout.links) {
      const lineY = Number(l.path.match(/^M[\d.-]+,([\d.-]+)/)![1]);
      expect(l.label.y + l.label.height).toBeLessThanOrEqual(lineY + 0.5);
    }
  });

  it('fades links not in `show`, and nodes none of whose links are shown', () => {
    const layout = layoutFlow(chips, { ...defaults, show: ['tsmc'], highlight: ['tsmc'] }, { width: 800, height: 400 });
    expect(layout.links.filter((l) => l.visible).map((l) => l.id)).toEqual(['tsmc']);
    expect(layout.nodes.filter((n) => n.visible).map((n) => n.id)).toEqual(['TSMC (Taiwan)', 'Russian chip designers']);
    expect(layout.links[0]!.highlighted).toBe(true);
    const none = layoutFlow(chips, { ...defaults, show: [] }, { width: 800, height: 400 });
    expect(none.nodes.some((n) => n.visible)).toBe(false);
    const all = layoutFlow(chips, defaults, { width: 800, height: 400 });
    expect(layout.nodes.map((n) => [n.x, n.y])).toEqual(all.nodes.map((n) => [n.x, n.y]));
  });

  it('handles one link, no links and a cycle', () => {
    const size = { width: 280, height: 300 };
    expectTidy(layoutFlow([chips[0]!], defaults, size), size);
    expectTidy(layoutFlow([chips[0]!], defaults, { width: 800, height: 300 }), { width: 800, height: 300 });
    expect(layoutFlow([], defaults, size)).toEqual({ vertical: true, key: [], nodes: [], links: [] });
    const self = layoutFlow([link('s', 'A', 'A', 'active', 'itself'), chips[0]!], defaults, { width: 800, height: 300 });
    expect(self.links[0]!.path).not.toContain('NaN');
    const cycle = layoutFlow([link('a', 'A', 'B', 'active', 'x'), link('b', 'B', 'A', 'active', 'y')], defaults, { width: 800, height: 300 });
    expect(cycle.nodes).toHaveLength(2);
  });

  it('many links from one source squeeze their labels but keep them apart', () => {
    const fan = Array.from({ length: 8 }, (_, i) => link(`l${i}`, 'China', `Russian buyer number ${i}`, i % 2 ? 'active' : 'cut', `Shipment route ${i} with a long description`));
    for (const size of [{ width: 280, height: 300 }, { width: 1280, height: 500 }]) {
      const layout = layoutFlow(fan, defaults, size);
      expectTidy(layout, size);
      // Every status drawn is in the key.
      for (const l of layout.links) expect(layout.key.map((k) => k.status)).toContain(l.status);
    }
  });
});

describe('flow helpers', () => {
  it.each([
    [2, 519, false],
    [2, 520, true],
    [3, 600, false],
    [3, 768, true],
    [5, 768, false],
    [5, 1400, true],
  ])('%s columns at %s px run sideways: %s', (columns, width, expected) => {
    expect(fitsSideways(columns, width)).toBe(expected);
  });

  it.each([
    [[['A', 'B'], ['B', 'C']], { A: 0, B: 1, C: 2 }],
    [[['A', 'C'], ['B', 'C'], ['A', 'B']], { A: 0, C: 2, B: 1 }],
    [[['A', 'B'], ['C', 'D']], { A: 0, B: 1, C: 0, D: 1 }],
    [[['A', 'B'], ['B', 'A']], { A: 0, B: 1 }],
  ])('columns of %j are %j', (pairs, expected) => {
    const columns = nodeColumns(pairs.map(([from, to]) => ({ from: from!, to: to! })));
    expect(Object.fromEntries(columns)).toEqual(expected);
  });

  it('always names the status (an unknown one fails the row schema at build time)', () => {
    expect(flowRow.safeParse({ id: 'l', from: 'a', to: 'b', status: 'cut', source: 's' }).success).toBe(true);
    expect(flowRow.safeParse({ id: 'l', from: 'a', to: 'b', status: 'bogus', source: 's' }).success).toBe(false);
    expect(linkText('Stopped', 'cut')).toBe('Stopped');
    expect(linkText('', 'claimed')).toBe('claimed, not verified');
  });

  it('fans links out along a shared side, ordered by their other end', () => {
    const box = (y: number) => ({ x: 0, y, width: 100, height: 40 });
    const boxes = new Map([['A', box(0)], ['B', box(100)], ['Hub', box(50)]]);
    const ports = portOffsets([{ id: 'a', from: 'A', to: 'Hub' }, { id: 'b', from: 'B', to: 'Hub' }], boxes, 'y');
    expect(ports.get('in:a')).toBeLessThan(0);
    expect(ports.get('in:b')).toBeGreaterThan(0);
    expect(ports.get('out:a')).toBe(0);
  });

  it('finds a free lane between boxes, nearest to where the link wants to go', () => {
    expect(laneThrough([[0, 100], [112, 200]], 0, 300, 50)).toBe(105);
    expect(laneThrough([[0, 100], [112, 200]], 0, 300, 250)).toBe(250);
    expect(laneThrough([[10, 100]], 0, 300, 40)).toBe(5);
    expect(laneThrough([[0, 300]], 0, 300, 40)).toBe(40);
  });

  it('routes a link that skips a column through a gap, never behind the box in between', () => {
    const chain = [link('ab', 'A', 'B', 'active', 'x'), link('bc', 'B', 'C', 'active', 'y'), link('ac', 'A', 'C', 'cut', 'z')];
    for (const size of [{ width: 390, height: 500 }, { width: 1000, height: 500 }]) {
      const layout = layoutFlow(chain, defaults, size);
      const skip = layout.links.find((l) => l.id === 'ac')!;
      const b = layout.nodes.find((n) => n.id === 'B')!;
      // The straight leg through B's column (or row) runs outside B's box.
      const legs = [...skip.path.matchAll(/L(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
      expect(legs.length).toBeGreaterThan(0);
      for (const [x, y] of legs) {
        const inside = x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height;
        expect(inside, `${size.width}: ${x},${y}`).toBe(false);
      }
    }
  });

  it('finds the y of a horizontal link at its ends and midpoint', () => {
    expect(horizontalLinkYAt(0, 0, 100, 50, 0)).toBeCloseTo(0, 3);
    expect(horizontalLinkYAt(0, 0, 100, 50, 50)).toBeCloseTo(25, 3);
    expect(horizontalLinkYAt(0, 0, 100, 50, 100)).toBeCloseTo(50, 3);
  });

  it('spreads boxes apart inside the range', () => {
    expect(stack([{ target: 10, size: 10 }, { target: 12, size: 10 }], 0, 100, 2).starts).toEqual([5, 17]);
    expect(stack([{ target: 95, size: 10 }, { target: 99, size: 10 }], 0, 100, 2).starts).toEqual([78, 90]);
  });
});

describe('flowZoom', () => {
  // As content/data/model-dependence.yaml has them: a shortened "..., Sber says" sat at the edge
  // of one line at the base zoom (measured as drawn, it could fit there and take two at any
  // larger zoom, which then was never taken).
  const models: Row[] = [
    link('qwen', "Alibaba's Qwen3 (China)", 'T-pro 2.0 (T-Bank, Russia)', 'claimed', 'Trained on the basis of Qwen3 32B, T-Bank says'),
    link('yandex', "Yandex's own base model (Russia)", 'YandexGPT 5 Lite (Yandex, Russia)', 'claimed', "No outside model's weights, Yandex says"),
    link('deepseek', 'DeepSeek V3 (China)', 'GigaChat 3 (Sberbank, Russia)', 'claimed', 'Design only, no weights, Sberbank says'),
  ];

  it('sets a few rows larger on a desktop frame, tidy at that size', () => {
    // The china-pivot chapter's diagram in its sticky frame at 1280 and 1680 px wide.
    for (const size of [{ width: 785, height: 527 }, { width: 1035, height: 700 }]) {
      const zoom = flowZoom(models, defaults, size);
      expect(zoom).toBeGreaterThan(typeZoom(size.width));
      const frame = zoomedSize(size, zoom);
      expectTidy(layoutFlow(models, defaults, frame), frame);
    }
  });

  it('sets each model level with the model it feeds, though one name takes two lines (left to right)', () => {
    for (const size of [{ width: 785, height: 527 }, { width: 1035, height: 700 }]) {
      const layout = layoutFlow(models, defaults, zoomedSize(size, flowZoom(models, defaults, size)));
      expect(layout.nodes.some((n) => n.lines.length > 1)).toBe(true);
      const middle = (id: string) => layout.nodes.find((n) => n.id === id)!.y + layout.nodes.find((n) => n.id === id)!.height / 2;
      for (const l of layout.links) expect(middle(l.to), l.id).toBeCloseTo(middle(l.from), 1);
    }
  });

  it('keeps the base zoom where the rows are tight or the columns run top to bottom', () => {
    expect(flowZoom(models, defaults, { width: 390, height: 400 })).toBe(typeZoom(390));
    expect(flowZoom(chips, defaults, { width: 785, height: 300 })).toBe(typeZoom(785));
  });

  it('sweep: whatever zoom it takes, the diagram is tidy at that size', () => {
    for (const rows of [chips, models]) {
      for (let width = 520; width <= 1400; width += 60) {
        for (let height = 300; height <= 700; height += 80) {
          const frame = zoomedSize({ width, height }, flowZoom(rows, defaults, { width, height }));
          expectTidy(layoutFlow(rows, defaults, frame), frame);
        }
      }
    }
  });
});
