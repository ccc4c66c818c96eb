import { describe, expect, it } from 'vitest';
import { buildStory, type StoryInput } from './story';
import { datasetSchema } from './schemas';

/** A minimal valid story; each test breaks one thing. */
function input(): StoryInput {
  return {
    base: '/',
    sources: [
      { id: 'tortoise', data: { id: 'tortoise', publisher: 'Tortoise Media', title: 'Index', url: 'https://example.org/', published: '2019', accessed: '2026-11-24', kind: 'primary', language: 'en', quotes: [] } },
    ],
    datasets: [
      {
        id: 'milestones',
        filePath: 'content/data/milestones.yaml',
        data: { title: 'Milestones', unit: 'events', columns: [{ key: 'date', label: 'Date' }], rows: [{ id: 'a', date: '2019', label: 'A', short: 'A', source: 'tortoise' }] },
      },
    ],
    charts: [
      {
        id: 'milestones',
        filePath: 'content/charts/milestones.yaml',
        data: { title: 'Milestones', kind: 'timeline', dataset: 'milestones', chapter: 'one', states: { all: { summary: 'All.', params: {} } } },
      },
    ],
    chapters: [
      {
        id: 'one',
        filePath: 'content/chapters/01-one.md',
        data: { title: 'One', dek: 'Dek', order: 1, takeaways: ['a', 'b', 'c'], objectives: ['a', 'b'], published: '2026-11-24', updated: '2026-11-24' },
        body: '::::scrolly{chart="milestones"}\n:::step{#s1 state="all"}\nText.\n:::\n::::\n',
      },
    ],
  };
}

describe('buildStory', () => {
  it('joins charts with their data, sources and defaulted params', () => {
    const story = buildStory(input());
    const chart = story.charts.get('milestones');
    expect(chart?.sources).toEqual([{ id: 'tortoise', publisher: 'Tortoise Media', href: '/sources/#tortoise' }]);
    expect(chart?.states['all']?.params).toEqual({ highlight: [] });
    expect(story.steps.get('s1')).toEqual({ id: 's1', chapter: 'one', chart: 'milestones', state: 'all' });
  });

  it('fails on a data row citing an unknown source', () => {
    const bad = input();
    bad.datasets[0]!.data.rows[0]!.source = 'nobody';
    expect(() => buildStory(bad)).toThrow('content/data/milestones.yaml: row 1 cites unknown source "nobody"');
  });

  it('fails on a state whose params do not fit the chart kind', () => {
    const bad = input();
    bad.charts[0]!.data.states['all']!.params = { upTo: 'last year' };
    expect(() => buildStory(bad)).toThrow(/content\/charts\/milestones\.yaml: state "all" does not fit the timeline chart: upTo/);
  });

  it('fails on an unknown chart kind', () => {
    const bad = input();
    bad.charts[0]!.data.kind = 'pie';
    expect(() => buildStory(bad)).toThrow(/unknown chart kind "pie"; known kinds: .*timeline/);
  });

  it('fails on an unknown dataset', () => {
    const bad = input();
    bad.charts[0]!.data.dataset = 'missing';
    expect(() => buildStory(bad)).toThrow('content/charts/milestones.yaml: unknown dataset "missing"');
  });

  it('fails on an overview that names no state of the chart', () => {
    const bad = input();
    bad.charts[0]!.data.overview = 'everything';
    expect(() => buildStory(bad)).toThrow('content/charts/milestones.yaml: overview names "everything", which is not one of this chart\'s states; known: all');
  });

  it('fails when two chapters use the same step id', () => {
    const bad = input();
    bad.chapters.push({ ...bad.chapters[0]!, id: 'two', filePath: 'content/chapters/02-two.md', data: { ...bad.chapters[0]!.data, order: 2 } });
    expect(() => buildStory(bad)).toThrow('content/chapters/02-two.md: step id "s1" is already used in chapter "one"');
  });

  // The embed page gives its whole chart and each step ids made from theirs: a step named like
  // its chart made two elements with one id (the HTML checker caught it).
  it('fails when a step id is also a chart id', () => {
    const bad = input();
    bad.chapters[0]!.body = bad.chapters[0]!.body!.replace('{#s1 ', '{#milestones ');
    expect(() => buildStory(bad)).toThrow('content/chapters/01-one.md: step id "milestones" is also a chart\'s id; give the step a name of its own');
  });
});

describe('datasetSchema', () => {
  it('rejects a data row with no source, saying so', () => {
    const result = datasetSchema.safeParse({ title: 'T', unit: 'u', columns: [{ key: 'a', label: 'A' }], rows: [{ a: 1 }] });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('every data row needs a `source` id');
  });
});
