/**
 * A bar whose row names its place takes that place's colour, whatever its label says: the
 * chip-share bars lost China's gold when their labels stopped leading with "China:" (6 Dec).
 */
import { render } from 'svelte/server';
import { expect, it } from 'vitest';
import { readContent } from '../../../tests/content/support/readContent';
import { buildStory } from '../../lib/story';
import Chart from '../Chart.svelte';

it("every chip-share bar is drawn in China's colour, in every state", () => {
  const spec = buildStory(readContent()).charts.get('china-chip-share')!;
  for (const stateName of Object.keys(spec.states)) {
    const { body } = render(Chart, { props: { spec, stateName, base: '/', idPrefix: 'place' } });
    const bars = [...body.matchAll(/<g class="bar ([^"]*)"/g)].map((m) => m[1]!.split(/\s+/));
    expect(bars.length, stateName).toBe(3);
    for (const classes of bars) expect(classes, stateName).toContain('china');
  }
});
