/**
 * A route map explains each route before it draws it: every route a step shows is highlighted
 * (the step's text is about it) in that step or an earlier one of the same scrolly, or is the
 * leg that feeds a highlighted route (US chips on their way to the Hong Kong firms). The India
 * step once drew the Kazakhstan and Armenia routes a step before their own (review of 1 Dec 2026).
 */
import { describe, expect, it } from 'vitest';
import { readContent } from './support/readContent';
import { buildStory } from '../../src/lib/story';

const story = buildStory(readContent());

describe('map chart steps', () => {
  const scrollies = story.chapters.flatMap((chapter) => chapter.segments.flatMap((s) => (s.type === 'scrolly' && story.charts.get(s.chart)?.kind === 'map' ? [s] : [])));

  it('are found', () => expect(scrollies.length).toBeGreaterThan(0));

  it.each(scrollies.map((s) => [s.chart, s] as const))('%s draws no route before a step has told it', (chart, scrolly) => {
    const spec = story.charts.get(chart)!;
    const ids = spec.rows.map((row) => String(row['id']));
    const told = new Set<string>();
    const early: string[] = [];
    for (const step of scrolly.steps) {
      const params = spec.states[step.state]!.params as { show?: string[]; highlight?: string[] };
      const highlighted = spec.rows.filter((row) => params.highlight?.includes(String(row['id'])));
      for (const row of spec.rows) {
        if (highlighted.some((h) => h === row || h['fromPlace'] === row['toPlace'])) told.add(String(row['id']));
      }
      for (const id of params.show ?? ids) if (!told.has(id)) early.push(`${step.id}: ${id}`);
    }
    expect(early).toEqual([]);
  });
});
