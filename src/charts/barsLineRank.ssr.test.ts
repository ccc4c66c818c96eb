/**
 * Server render of the bars, line and rank marks: what the static HTML holds before any
 * JavaScript runs. No inline styles (the CSP forbids them); shown marks are focusable,
 * labelled and carry tooltip text only when interactive; hidden ones are out of the
 * accessibility tree; labels are in the markup, not added later.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { contractOf, type KindName } from './registry';

/** Renders a kind's marks on the server, with rows and params parsed by the kind's contract. */
function drawer<K extends KindName>(kind: K, rows: unknown[], params: unknown) {
  const contract = contractOf(kind);
  const props = { rows: rows.map((r) => contract.row.parse(r)), params: contract.params.parse(params), size };
  return (interactive = false) => render(contract.Marks, { props: { ...props, interactive } });
}

const size = { width: 400, height: 300 };
const cases = [
  {
    kind: 'bars',
    draw: drawer('bars', [
      { id: 'us', label: 'United States', value: 171, source: 's' },
      { id: 'ru', label: 'Russia', value: 5, source: 's' },
    ], { highlight: ['ru'], show: ['ru'], sort: 'value' }),
    focusable: 1,
    label: 'Russia: 5',
    text: 'Russia',
  },
  {
    kind: 'line',
    draw: drawer('line', [
      { series: 'China', x: 2019, value: 219, source: 's' },
      { series: 'China', x: 2025, value: 40, source: 's' },
    ], { highlight: ['China'], xMax: 2020 }),
    focusable: 1,
    label: 'China, 2019: 219',
    text: 'China 219',
  },
  {
    kind: 'rank',
    draw: drawer('rank', [
      { id: 'a', entity: 'Russia', rank: 31, of: 83, edition: 'Sep 2024', source: 's' },
      { id: 'b', entity: 'Russia', rank: 30, of: 90, edition: 'Later', source: 's' },
    ], { edition: 'Sep 2024', highlight: ['Russia'] }),
    focusable: 1,
    label: 'Russia: 31st of 83 (Sep 2024)',
    text: 'Russia 31st of 83',
  },
];

describe.each(cases)('$kind marks on the server', ({ draw, focusable, label, text }) => {
  it('interactive: shown marks are focusable with their values; hidden ones are not', () => {
    const { body } = draw(true);
    expect(body).not.toMatch(/\sstyle="/);
    expect(body.match(/tabindex="0"/g)).toHaveLength(focusable);
    expect(body).toContain(`aria-label="${label}"`);
    expect(body).toContain(`data-tip="${label}"`);
    expect(body).toContain('role="img"');
    expect(body).toMatch(/aria-hidden="true"/);
    expect(body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toContain(text);
  });

  it('static copies take no focus and carry no tooltips', () => {
    const { body } = draw();
    expect(body).not.toContain('tabindex');
    expect(body).not.toContain('data-tip');
    expect(body).not.toMatch(/\sstyle="/);
  });
});

describe("bars of Russian officials' claims", () => {
  it("draw in Russia's colour, as the timeline draws officials' claims; a survey's bars do not", () => {
    const { body } = drawer('bars', [
      { id: 'claim', label: 'Minister: SIM cards back', value: 80, voice: 'official', source: 's' },
      { id: 'survey', label: 'Survey: came back', value: 8, source: 's' },
    ], { highlight: ['claim'], sort: 'data' })();
    const classOf = (id: string) => new RegExp(`<g class="([^"]*)"[^>]*data-id="${id}"`).exec(body)?.[1]?.split(' ');
    expect(classOf('claim')).toContain('russia');
    expect(classOf('survey')).not.toContain('russia');
  });
});

describe('a bar "up to" a figure', () => {
  // Drawn as a full bar, the minister's "up to 10%" read as a count of 10%.
  it('is a pale bar closed by a cap at its end; a plain bar has no cap', () => {
    const { body } = drawer('bars', [
      { id: 'ceiling', label: 'Minister: staff abroad', value: 10, qualifier: 'up to', voice: 'official', source: 's' },
      { id: 'plain', label: 'GitHub: moved', value: 13.2, source: 's' },
    ], { highlight: ['plain'], sort: 'data' })();
    const group = (id: string) => new RegExp(`<g class="([^"]*)"[^>]*data-id="${id}"[^>]*>([\\s\\S]*?)</g>`).exec(body);
    expect(group('ceiling')?.[1]?.split(' ')).toContain('ceiling');
    expect(group('ceiling')?.[2]).toMatch(/class="cap[^"]*"/);
    expect(group('plain')?.[1]?.split(' ')).not.toContain('ceiling');
    expect(group('plain')?.[2]).not.toMatch(/class="cap/);
  });
});

