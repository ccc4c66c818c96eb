/**
 * Server render of the units, range and flow marks: what the static HTML holds before any
 * JavaScript runs. No inline styles (the CSP forbids them); marks are focusable, labelled and
 * carry tooltip text only when interactive; hidden rows are out of the accessibility tree.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { contractOf, type KindName } from './registry';
import { FONT_SIZE as RANGE_FONT_SIZE } from './range/layout';
import { textWidth } from './shared/text';

/** Renders a kind's marks on the server, with rows and params parsed by the kind's contract. */
function drawer<K extends KindName>(kind: K, rows: unknown[], params: unknown) {
  const contract = contractOf(kind);
  const props = { rows: rows.map((r) => contract.row.parse(r)), params: contract.params.parse(params), size };
  return (interactive = false) => render(contract.Marks, { props: { ...props, interactive } });
}

const size = { width: 400, height: 300 };

/** The classes of the mark drawn for row `id`. */
const classesOf = (body: string, id: string) => new RegExp(`<g class="([^"]*)"[^>]*data-id="${id}"`).exec(body)?.[1]?.split(' ');
const cases = [
  {
    kind: 'units',
    draw: drawer('units', [
      { id: 'a', label: 'Still work remotely', count: 80000, source: 's' },
      { id: 'b', label: 'The rest', count: 20000, source: 's' },
    ], { highlight: ['a'], show: ['a'], perUnit: 1000 }),
    label: 'Still work remotely: 80,000 (80 squares; each square = 1,000)',
  },
  {
    kind: 'range',
    draw: drawer('range', [
      { id: 'a', label: 'RAEC', low: 50000, high: 70000, group: 'industry', source: 's' },
      { id: 'b', label: 'Minister', low: 100000, high: 100000, group: 'official', source: 's' },
    ], { highlight: ['a'], show: ['a'], prefix: '', suffix: '' }),
    label: 'RAEC (industry): 50,000 to 70,000',
  },
  {
    kind: 'flow',
    draw: drawer('flow', [
      { id: 'a', from: 'TSMC', to: 'Russia', status: 'cut', label: 'Stopped', source: 's' },
      { id: 'b', from: 'China', to: 'Russia', status: 'active', label: 'Chips', source: 's' },
    ], { highlight: ['a'], show: ['a'] }),
    label: 'TSMC to Russia (cut): Stopped',
  },
];

describe.each(cases)('$kind marks on the server', ({ draw, label }) => {
  it('interactive: the shown row is focusable with its values; the hidden one is not', () => {
    const { body } = draw(true);
    expect(body).not.toMatch(/\sstyle="/);
    expect(body.match(/tabindex="0"/g)).toHaveLength(1);
    expect(body).toContain(`aria-label="${label}"`);
    expect(body).toContain(`data-tip="${label}"`);
    expect(body).toContain('role="img"');
    expect(body).toMatch(/aria-hidden="true"/);
  });

  it('static copies take no focus and carry no tooltips', () => {
    const { body } = draw();
    expect(body).not.toContain('tabindex');
    expect(body).not.toContain('data-tip');
  });
});

describe("a range chart's officials' figures", () => {
  it("draw in Russia's colour, as bars and timelines draw officials' claims; an industry body's do not", () => {
    const { body } = drawer('range', [
      { id: 'raec', label: 'RAEC', low: 50000, high: 70000, group: 'industry', source: 's' },
      { id: 'minister', label: 'Minister', low: 100000, high: 100000, group: 'official', voice: 'official', source: 's' },
    ], { highlight: [] })();
    const classOf = (id: string) => classesOf(body, id);
    expect(classOf('minister')).toContain('russia');
    expect(classOf('raec')).not.toContain('russia');
  });
});

describe("a units chart's officials' count", () => {
  // The minister's 80 of 100 was purple, his 100,000 red a step before: one claim, one colour.
  it("draws in Russia's colour; the rest of the whole stays grey", () => {
    const { body } = drawer('units', [
      { id: 'claim', label: 'Still work for Russian firms', count: 80, voice: 'official', source: 's' },
      { id: 'rest', label: 'Do not', count: 20, role: 'rest', source: 's' },
    ], { highlight: [] })();
    const classOf = (id: string) => classesOf(body, id);
    expect(classOf('claim')).toContain('russia');
    expect(classOf('rest')).not.toContain('russia');
  });
});


describe("a flow diagram's models named by their country", () => {
  // DeepSeek and Qwen were grey boxes, like Yandex's: China's colour went missing in its own chapter.
  it("take that country's colour; a company's model takes none", () => {
    const { body } = drawer('flow', [
      { id: 'a', from: 'DeepSeek (China)', to: 'GigaChat (Sberbank)', status: 'claimed', label: 'Design only', source: 's' },
      { id: 'b', from: "Yandex's own base model (Russia)", to: 'YandexGPT 5 Lite (Yandex)', status: 'claimed', label: 'No weights', source: 's' },
    ], { highlight: [] })();
    const nodes = [...body.matchAll(/<g class="node([^"]*)"[^>]*>\s*<rect[^>]*>(?:<\/rect>)?\s*<text[^>]*>([\s\S]*?)<\/text>/g)].map((m) => [m[2]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim(), m[1]!.trim().split(/\s+/)] as const);
    const classOf = (name: string) => nodes.find(([text]) => text.startsWith(name))?.[1];
    expect(classOf('DeepSeek')).toContain('china');
    expect(classOf('Yandex\'s own')).toContain('russia');
    expect(classOf('GigaChat')).not.toContain('china');
    expect(classOf('GigaChat')).not.toContain('russia');
  });
});

// A gridline had run between the figures of "70,000–100,000" (a halo closes only around each
// glyph): every figure of a range has the page's colour behind it, as wide as it is measured.
describe('range figures', () => {
  it('sit on a ground of the page colour as wide as the figure', () => {
    const { body } = drawer('range', [
      { id: 'a', label: 'RAEC: second wave', low: 70000, high: 100000, group: 'industry', source: 's' },
      { id: 'b', label: 'Minister', low: 35000, high: 35000, group: 'official', source: 's' },
    ], { prefix: '', suffix: '' })();
    const figures = [...body.matchAll(/<rect class="ground[^"]*" x="([\d.-]+)" y="[\d.-]+" width="([\d.]+)"[^>]*><\/rect><text class="value[^"]*" x="([\d.-]+)"[^>]*text-anchor="(\w+)"[^>]*>([^<]+)<\/text>/g)];
    expect(figures.map((m) => m[5])).toEqual(['70,000–100,000', '35,000']);
    for (const [, x, width, textX, anchor, text] of figures) {
      expect(Number(width)).toBeCloseTo(textWidth(text!, RANGE_FONT_SIZE), 3);
      const left = Number(textX) - (anchor === 'end' ? Number(width) : anchor === 'middle' ? Number(width) / 2 : 0);
      expect(Number(x)).toBeCloseTo(left, 3);
    }
  });
});
