/**
 * The current step outlines its groups' squares, except where the squares are a few pixels wide
 * (a 320 px phone): there the outlines had swallowed them, and the United States' blue read as a
 * white bar (review of 7 Dec 2026). The label's weight still marks the step (Marks.svelte's CSS).
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../../tests/content/support/readContent';
import { buildStory } from '../../lib/story';
import { layoutUnits } from './layout';
import Marks from './Marks.svelte';
import type { UnitsParams } from './schema';

const spec = buildStory(readContent()).charts.get('outlook-notable-models-2024')!;
const [stateName, state] = Object.entries(spec.states)[0]!;
const draw = (width: number) => render(Marks, { props: { rows: spec.rows as never, params: state.params as UnitsParams, size: { width, height: width < 300 ? 250 : 360 }, notes: state.notes, unit: spec.unit } }).body;

describe(`units: the current step's outline (${spec.id}, ${stateName})`, () => {
  it('is left off squares under 8 px and kept on larger ones', () => {
    expect(layoutUnits(spec.rows, state.params as UnitsParams, { width: 288, height: 250 }, spec.unit).square).toBeLessThan(8);
    expect(draw(288)).toMatch(/<g class="units[^"]*\btiny\b/);
    expect(layoutUnits(spec.rows, state.params as UnitsParams, { width: 700, height: 360 }, spec.unit).square).toBeGreaterThanOrEqual(8);
    expect(draw(700)).not.toMatch(/<g class="units[^"]*\btiny\b/);
    expect(draw(288)).toMatch(/class="group[^"]*\bhighlighted\b/);
  });
});
