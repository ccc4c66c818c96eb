/**
 * A squares chart writes a state's `note` in the side panel of the country whose systems it
 * names (Russia's), so the note must be about that country: a note naming another country
 * ("China fell to fourth") read as if it were about the panel's (review of 1 Dec 2026).
 */
import { describe, expect, it } from 'vitest';
import { readContent } from './support/readContent';
import { buildStory } from '../../src/lib/story';

const story = buildStory(readContent());
const squares = [...story.charts.values()].filter((c) => c.kind === 'squares');

describe('squares panel notes', () => {
  it('are found', () => expect(squares.flatMap((c) => Object.values(c.states)).some((s) => (s.params as { note?: string }).note)).toBe(true));

  it.each(squares.map((c) => [c.id, c] as const))('%s: every note names no country but the panel\'s', (_, chart) => {
    const panel = chart.rows.find((r) => r['role'] === 'system')?.['group'];
    const others = chart.rows.filter((r) => r['role'] === 'country' && r['id'] !== panel).map((r) => String(r['label']));
    for (const [name, state] of Object.entries(chart.states)) {
      const note = (state.params as { note?: string }).note ?? '';
      expect(others.filter((country) => note.includes(country)), `${chart.id} ${name}: "${note}"`).toEqual([]);
    }
  });
});
