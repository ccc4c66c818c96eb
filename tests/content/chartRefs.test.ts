/**
 * Every cross-reference a chart makes is checked by the story builder, with the file and line
 * an author edits: the rows have the columns the chart's kind needs, and every id a state names
 * (`highlight`, `show`, a rank chart's `edition` and `label`, a note's `at`) is in the rows.
 * Each case edits one file of an in-memory copy of content/ and calls the builder directly
 * (no `astro build`: tests/content/build-errors.test.ts keeps a real failing build).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { chartSchema, datasetSchema, sourceSchema } from '../../src/lib/schemas';
import { buildStory, type StoryInput } from '../../src/lib/story';

type Edits = Record<string, (text: string) => string>;

/** content/ as the build reads it (charts, datasets, sources; no chapters), with `edits` applied to file texts. */
function story(edits: Edits = {}): () => unknown {
  const read = (path: string) => (edits[path] ?? ((t: string) => t))(readFileSync(path, 'utf8'));
  const folder = <T>(sub: string, schema: { parse: (v: unknown) => T }) =>
    readdirSync(join('content', sub))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => {
        const filePath = `content/${sub}/${f}`;
        const text = read(filePath);
        return { id: f.replace(/\.yaml$/, ''), data: schema.parse(parse(text)), filePath, text };
      });
  const sources = (parse(read('content/sources.yaml')) as { id: string }[]).map((s) => ({ id: s.id, data: sourceSchema.parse(s) }));
  const input: StoryInput = { chapters: [], sources, datasets: folder('data', datasetSchema), charts: folder('charts', chartSchema), base: '/' };
  return () => buildStory(input);
}

/** The 1-based line of the first line of `path` (after `edits`) that contains `needle` after `after`. */
function lineOf(path: string, edit: (t: string) => string, needle: string, after = ''): number {
  const lines = edit(readFileSync(path, 'utf8')).split('\n');
  const start = after ? lines.findIndex((l) => l.includes(after)) : 0;
  return lines.findIndex((l, i) => i >= start && l.includes(needle)) + 1;
}

const TIMELINE = 'content/charts/sanctions-timeline.yaml';
const TIMELINE_DATA = 'content/data/sanctions-timeline.yaml';

describe('chart cross-references', () => {
  it('the real content passes', () => {
    expect(story()).not.toThrow();
  });

  it('a highlight naming no row stops the build at its line', () => {
    const edit = (t: string) => t.replace(/highlight: \[([a-z0-9-]+)/, 'highlight: [no-such-event');
    const line = lineOf(TIMELINE, edit, 'no-such-event');
    expect(story({ [TIMELINE]: edit })).toThrow(new RegExp(`^${TIMELINE}:${line}: state "\\w+": highlight names "no-such-event", but no row of content/data/sanctions-timeline\\.yaml has that id`));
  });

  it('a `show` naming no row stops the build', () => {
    const file = 'content/charts/it-shortage-estimates.yaml';
    const edit = (t: string) => t.replace('show: [zubov-june-2022', 'show: [zubov-typo');
    expect(story({ [file]: edit })).toThrow(`${file}:${lineOf(file, edit, 'zubov-typo')}: state "officialShortage": show names "zubov-typo"`);
  });

  it('a line chart highlighting an unknown series stops the build', () => {
    const file = 'content/charts/strategy-targets-2030.yaml';
    const edit = (t: string) => t.replace(/highlight: \[[^\]]+\]/, 'highlight: [Happiness]');
    expect(story({ [file]: edit })).toThrow(/strategy-targets-2030\.yaml:\d+: state "\w+": highlight names "Happiness", but no row of content\/data\/[a-z0-9-]+\.yaml has that series/);
  });

  it('a rank chart naming an unknown edition or entity stops the build', () => {
    const file = 'content/charts/outlook-tortoise-ranks.yaml';
    const edition = (t: string) => t.replace(/edition: ([^,}\n]+)/, 'edition: Jan 1999');
    expect(story({ [file]: edition })).toThrow(/outlook-tortoise-ranks\.yaml:\d+: state "\w+": edition names "Jan 1999", but no row of content\/data\/[a-z0-9-]+\.yaml has that edition/);
    const entity = (t: string) => t.replace(/highlight: \[[^\]]+\]/, 'highlight: [Atlantis]');
    expect(story({ [file]: entity })).toThrow(/outlook-tortoise-ranks\.yaml:\d+: state "\w+": highlight names "Atlantis", but no row of content\/data\/[a-z0-9-]+\.yaml has that entity/);
  });

  it('a note pinned to no mark stops the build at the note', () => {
    const edit = (t: string) => t.replace(/(\n  euAndTaiwan:\n(?:    .*\n)*?    params: .*\n)/, '$1    notes:\n      - at: no-such-event\n        text: A note about nothing\n');
    const line = lineOf(TIMELINE, edit, 'at: no-such-event');
    expect(line).toBeGreaterThan(0);
    expect(story({ [TIMELINE]: edit })).toThrow(`${TIMELINE}:${line}: state "euAndTaiwan": a note is pinned to "no-such-event", but no row of ${TIMELINE_DATA} has that id`);
  });

  it('a note pinned to a real mark passes', () => {
    const edit = (t: string) => t.replace(/(\n  euAndTaiwan:\n(?:    .*\n)*?    params: .*\n)/, '$1    notes:\n      - at: tsmc-halt-2022\n        text: TSMC stops\n');
    expect(story({ [TIMELINE]: edit })).not.toThrow();
  });

  it('a row missing a column its kind needs stops the build at the row', () => {
    const edit = (t: string) => t.replace(/\n    date: 2022-02-25\n/, '\n');
    const line = lineOf(TIMELINE_DATA, edit, 'id: eu-dual-use-ban-2022');
    expect(story({ [TIMELINE_DATA]: edit })).toThrow(`${TIMELINE_DATA}:${line}: row 2 ("eu-dual-use-ban-2022") has no \`date\`, which the timeline chart "sanctions-timeline" needs`);
  });

  it('a row with a value of the wrong type stops the build', () => {
    const file = 'content/data/outlook-private-ai-investment-2024.yaml';
    const edit = (t: string) => t.replace('value: 109.1,', 'value: lots,');
    expect(story({ [file]: edit })).toThrow(/outlook-private-ai-investment-2024\.yaml:\d+: row 1 \("us-2024"\) has `value`: .*, which the bars chart "outlook-private-ai-investment-2024" needs/);
  });

  it('a route with an unknown status stops the build', () => {
    const file = 'content/data/chip-routes.yaml';
    const edit = (t: string) => t.replace('status: cut', 'status: rumoured');
    expect(story({ [file]: edit })).toThrow(/chip-routes\.yaml:\d+: row 1 \("[a-z0-9-]+"\) has `status`: .*, which the map chart "chip-routes" needs/);
  });

  it('an unknown kind stops the build at its line', () => {
    const edit = (t: string) => t.replace('kind: timeline', 'kind: pie');
    expect(story({ [TIMELINE]: edit })).toThrow(`${TIMELINE}:${lineOf(TIMELINE, edit, 'kind: pie')}: unknown chart kind "pie"`);
  });
});
