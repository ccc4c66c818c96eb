/**
 * Rows stay in place from step to step: a range chart keeps every row in its slot, and the room
 * under a row for its notes is kept in every state (the `reserve` Chart.svelte and ScrollyStory
 * pass), so a step that adds a note moves no row. Rendered on the server, as the browser draws.
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../tests/content/support/readContent';
import { buildStory } from '../lib/story';
import { contractOf } from './registry';
import { notesOfEveryState } from './shared/notes';
import type { Size } from './types';
import { flowZoom, layoutFlow } from './flow/layout';
import { zoomedSize } from './shared/text';

const story = buildStory(readContent());
const SIZES: Size[] = [
  { width: 288, height: 340 },
  { width: 358, height: 391 },
  { width: 785, height: 527 },
];

const charts = [...story.charts.values()].filter((spec) => spec.kind === 'range' && Object.keys(spec.states).length > 1);

/** Each row's y, by id, as the marks draw it in `state`. */
function rowYs(spec: (typeof charts)[number], state: string, size: Size): Record<string, string> {
  const reserve = notesOfEveryState(spec.states);
  const current = spec.states[state]!;
  const props = { rows: spec.rows, params: current.params, notes: current.notes, reserve, unit: spec.unit, size } as never;
  const { body } = render(contractOf(spec.kind).Marks, { props });
  return Object.fromEntries([...body.matchAll(/data-id="([^"]+)"[\s\S]*?class="marker[^"]*"[^>]*transform="translate\([-\d.]+,([-\d.]+)\)"/g)].map((m) => [m[1]!, m[2]!]));
}

describe('rows keep their place between steps', () => {
  it('has range charts with notes in some steps to check', () => {
    expect(charts.some((spec) => Object.values(spec.states).some((s) => s.notes?.length) && Object.values(spec.states).some((s) => !s.notes?.length))).toBe(true);
  });
  it.each(charts.map((spec) => [spec.id, spec] as const))('%s', (_, spec) => {
    for (const size of SIZES) {
      const [first, ...rest] = Object.keys(spec.states).map((state) => rowYs(spec, state, size));
      expect(Object.keys(first!), 'rows read from the markup').toEqual(spec.rows.map((r) => r.id));
      for (const ys of rest) expect(ys, `${size.width}x${size.height}`).toEqual(first);
    }
  });
});

const barCharts = [...story.charts.values()].filter((spec) => spec.kind === 'bars' && Object.keys(spec.states).length > 1);

/** Each shown bar's y, by id, as the marks draw it in `state`. */
function barYs(spec: (typeof barCharts)[number], state: string, size: Size): Map<string, string> {
  const reserve = notesOfEveryState(spec.states);
  const current = spec.states[state]!;
  const props = { rows: spec.rows, params: current.params, notes: current.notes, reserve, unit: spec.unit, size } as never;
  const { body } = render(contractOf(spec.kind).Marks, { props });
  const bars = [...body.matchAll(/<g class="bar([^"]*)"[^>]*transform="translate\(0,([-\d.]+)\)"[^>]*data-id="([^"]+)"/g)];
  return new Map(bars.filter((m) => !m[1]!.includes('hidden')).map((m) => [m[3]!, m[2]!]));
}

describe('bars keep their place between steps', () => {
  it('has bar charts that show a row more in a later step', () => {
    expect(barCharts.some((spec) => Object.values(spec.states).some((s) => s.params.show !== undefined))).toBe(true);
  });
  it.each(barCharts.map((spec) => [spec.id, spec] as const))('%s', (_, spec) => {
    for (const size of SIZES) {
      // A state with `fit: shown` lays its shown rows out afresh (on a scale of their own): its
      // bars move, as the step says, and are compared with no other state.
      const kept = Object.keys(spec.states).filter((state) => (spec.states[state]!.params as { fit?: string }).fit !== 'shown');
      const states = kept.map((state) => barYs(spec, state, size));
      if (!states.length) continue;
      expect(states[0]!.size, 'bars read from the markup').toBeGreaterThan(0);
      for (const [i, ys] of states.entries())
        for (const later of states.slice(i + 1)) for (const [id, y] of ys) if (later.has(id)) expect(later.get(id), `${id} at ${size.width}x${size.height}`).toBe(y);
    }
  });
});

describe('flow boxes keep their place between steps (a link a step adds appears in room kept for it)', () => {
  const flows = [...story.charts.values()].filter((spec) => spec.kind === 'flow' && Object.keys(spec.states).length > 1);
  it.each(flows.map((spec) => [spec.id, spec] as const))('%s', (_, spec) => {
    for (const size of [...SIZES, { width: 785, height: 551 }]) {
      const boxes = Object.values(spec.states).map((state) => {
        const zoom = flowZoom(spec.rows, state.params as never, size);
        const layout = layoutFlow(spec.rows, state.params as never, zoomedSize(size, zoom));
        return Object.fromEntries(layout.nodes.map((n) => [n.id, [n.x, n.y, n.width, n.height].map((v) => Math.round(v * zoom))]));
      });
      for (const later of boxes.slice(1)) expect(later, `${size.width}x${size.height}`).toEqual(boxes[0]);
    }
  });
});
