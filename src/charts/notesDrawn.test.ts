/**
 * Every note a state authors is drawn: each chart with notes, in each of those states, is
 * rendered on the server (the same marks the browser draws) at the sizes readers see it at,
 * and every authored note must be in the markup, inside the frame. The sticky chart's frame at 320 and 390 px
 * wide phones (844 px tall) and at 1280 px desktops, over the range of heights its caption
 * leaves it; the embeds' fixed widths; and the server's default size (no-JS, print).
 * And every figure a note gives is in a quote of a source: the source of the row it is
 * pinned to, or one the step showing it cites.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../tests/content/support/readContent';
import { unquotedFigures } from '../lib/sourceRules';
import { buildStory } from '../lib/story';
import { EMBED_WIDTHS } from '../share/links';
import { contractOf, staticHeightFor } from './registry';
import { notesOfEveryState } from './shared/notes';
import { DEFAULT_SIZE, type ChartSpec, type Note, type Size } from './types';

const story = buildStory(readContent());

/** Frame sizes of the pinned chart (measured at 320x844, 390x844 and 1280x800), the embeds and the server render. */
const SIZES: { what: string; size: Size }[] = [
  ...[288, 358].flatMap((width) => [340, 352, 370, 391, 400].map((height) => ({ what: `phone ${width + 32}`, size: { width, height } }))),
  { what: 'phone 320x640', size: { width: 288, height: 258 } },
  ...[500, 527, 551, 570].map((height) => ({ what: 'desktop 1280', size: { width: 785, height } })),
  { what: 'server default', size: DEFAULT_SIZE },
];

/** Those, and the embeds' fixed widths at the height their static copies are drawn at. */
const sizesFor = (spec: ChartSpec, state: string) => [
  ...SIZES,
  ...EMBED_WIDTHS.map((width) => ({ what: 'embed', size: { width, height: staticHeightFor(spec.kind, spec.rows as never, width, spec.states[state]!.params as never) } })),
];

function drawnNotes(spec: ChartSpec, state: string, size: Size): string[] & { boxes: { x: number; y: number; width: number; height: number }[]; body: string; zoom: number } {
  const contract = contractOf(spec.kind);
  const current = spec.states[state]!;
  // The spec's rows and params are parsed by this kind's contract already (buildStory).
  // Every state's notes too, as the page passes them (kinds that keep room for notes keep it in every step).
  const props = { rows: spec.rows, params: current.params, notes: current.notes, reserve: notesOfEveryState(spec.states), unit: spec.unit, size } as never;
  const { body } = render(contract.Marks, { props });
  const keys = [...body.matchAll(/class="chart-note[^"]*" data-note="([^"]*)"/g)].map((m) => m[1]!);
  // Note boxes in the frame's pixels (a kind may draw in its own units, scaled by one transform).
  const zoom = Number(/<g class="[a-z]+[^"]*"[^>]*transform="scale\(([\d.]+)\)"/.exec(body)?.[1] ?? 1);
  const boxes = [...body.matchAll(/<rect class="note-box[^"]*" x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)].map((m) => ({
    x: Number(m[1]) * zoom,
    y: Number(m[2]) * zoom,
    width: Number(m[3]) * zoom,
    height: Number(m[4]) * zoom,
  }));
  return Object.assign(keys, { boxes, body, zoom });
}

/**
 * The one exception: a 320 px phone's frame (288 wide, 258-400 tall) of the sector-readiness
 * step. Its two target lines run side by side with their names in a column to the right, so a
 * note beside the 95% line can only be reached by a leader across the 80% line or through its
 * dot, which tied it to the wrong target (review of 6 Dec 2026); and at 258 px tall the measured
 * point's note has no spot whose leader crosses no line either. Those notes are left out there
 * (line/layout.ts); the step's summary gives the target's figures, and the measured point's
 * name says what it counts.
 */
const PHONE_320 = 288;
const readinessNotes = story.charts.get('strategy-targets-2030')!.states['readinessTarget']!.notes ?? [];
const excused = (chart: string, note: Note, size: Size) => chart === 'strategy-targets-2030' && size.width === PHONE_320 && readinessNotes.includes(note);

describe('notes the chart has no room for on a 320 px phone', () => {
  const spec = story.charts.get('strategy-targets-2030')!;
  const state = spec.states['readinessTarget']!;
  it("the summary says what the target's note says", () => {
    const note = state.notes!.find((n) => n.at === 'Sectors ready for AI')!;
    const figures = note.text.match(/\d+%?/g) ?? [];
    expect(figures.length).toBeGreaterThan(0);
    for (const figure of figures) expect(state.summary, `"${figure}" of "${note.text}"`).toContain(figure);
  });
  it('the excuse holds only there: on a 390 px phone both notes are drawn', () => {
    expect(drawnNotes(spec, 'readinessTarget', { width: 358, height: 400 })).toHaveLength(2);
  });
});

const noted = [...story.charts.values()].flatMap((spec) => Object.entries(spec.states).filter(([, s]) => s.notes?.length).map(([name, s]) => ({ spec, name, notes: s.notes! })));

describe('every authored note is drawn', () => {
  it.each(noted.map((n) => [`${n.spec.id} / ${n.name}`, n] as const))('%s', (_, { spec, name, notes }) => {
    const missing: string[] = [];
    for (const { what, size } of sizesFor(spec, name)) {
      const drawn = drawnNotes(spec, name, size);
      for (const note of notes) if (!excused(spec.id, note, size) && !drawn.includes(note.at)) missing.push(`${what} ${size.width}x${size.height}: "${note.text}"`);
      if (drawn.boxes.length !== drawn.length) missing.push(`${what}: ${drawn.length} notes but ${drawn.boxes.length} boxes read`);
      for (const box of drawn.boxes) {
        if (box.x < 0 || box.y < 0 || box.x + box.width > size.width + 0.5 || box.y + box.height > size.height + 0.5) missing.push(`${what} ${size.width}x${size.height}: a note outside the frame`);
      }
    }
    expect(missing).toEqual([]);
  });
});

/** The sources cited in each step's text, by step id (read from the chapter files). */
function stepCitations(): Map<string, string[]> {
  const cited = new Map<string, string[]>();
  for (const file of readdirSync('content/chapters').filter((f) => f.endsWith('.md'))) {
    const text = readFileSync(`content/chapters/${file}`, 'utf8');
    for (const m of text.matchAll(/:::step\{#([\w-]+)[^}]*\}([\s\S]*?)\n:::/g)) {
      cited.set(m[1]!, [...m[2]!.matchAll(/:cite\[([^\]]+)\]/g)].flatMap((c) => c[1]!.split(',').map((id) => id.trim())));
    }
  }
  return cited;
}

describe('every figure in a note is in the words of a source', () => {
  const cited = stepCitations();
  it.each(noted.map((n) => [`${n.spec.id} / ${n.name}`, n] as const))('%s', (_, { spec, name, notes }) => {
    // The row the note is pinned to, and the steps that show this state.
    const steps = [...story.steps.values()].filter((s) => s.chart === spec.id && s.state === name).map((s) => s.id);
    const misses = notes.flatMap((note: Note) => {
      const row = spec.rows.find((r) => Object.values(r).includes(note.at)) as { source?: string } | undefined;
      const ids = [row?.source ?? '', ...steps.flatMap((s) => cited.get(s) ?? [])];
      const sources = ids.map((id) => story.sources.get(id)).filter((s) => s !== undefined);
      return unquotedFigures(note.text, sources).map((f) => `"${f}" in "${note.text}" is in no quote of ${ids.join(', ')}`);
    });
    expect(misses).toEqual([]);
  });
});

describe('a note on a bar or a claim is written under its row, not beside a neighbour', () => {
  // In free space a note beside a bar read as the next bar's ("21% moved on" sat in the label
  // column under another row); bars and ranges keep room for their notes under the row.
  const rowed = noted.filter((n) => n.spec.kind === 'bars' || n.spec.kind === 'range');
  it.each(rowed.map((n) => [`${n.spec.id} / ${n.name}`, n] as const))('%s', (_, { spec, name }) => {
    const misplaced: string[] = [];
    for (const { what, size } of sizesFor(spec, name)) {
      const drawn = drawnNotes(spec, name, size);
      const { body, zoom } = drawn;
      drawn.forEach((at, i) => {
        // Under a bar's bottom (its row's translate, the bar's own offset and height), or under
        // the top of a claim's label.
        const bar = new RegExp(`transform="translate\\(0,([-\\d.]+)\\)" data-id="${at}">(?:<!--[^>]*-->|<rect class="track[^>]*></rect>)*<rect class="bar-rect[^>]*height="([\\d.]+)"[^>]*translate\\([-\\d.]+,([-\\d.]+)\\)`).exec(body);
        const claim = new RegExp(`data-id="${at}"><text[^>]* y="([-\\d.]+)"`).exec(body);
        const top = bar ? Number(bar[1]) + Number(bar[2]) + Number(bar[3]) : Number(claim?.[1]);
        if (!(drawn.boxes[i]!.y > top * zoom)) misplaced.push(`${what} ${size.width}x${size.height}: note on ${at} at y ${drawn.boxes[i]!.y.toFixed(0)}, its row starts at ${(top * zoom).toFixed(0)}`);
      });
    }
    expect(misplaced).toEqual([]);
  });
});
