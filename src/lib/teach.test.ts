import { describe, expect, it } from 'vitest';
import { buildStory } from './story';
import { teachSchema, type TeachGuide } from './schemas';
import { buildGuides, type GuideEntry } from './teach';

const story = buildStory({
  base: '/',
  sources: [{ id: 'src', data: { id: 'src', publisher: 'P', title: 'T', url: 'https://example.org/', published: '2019', accessed: '2026-11-24', kind: 'primary', language: 'en', quotes: [] } }],
  datasets: [{ id: 'd', data: { title: 'D', unit: 'u', columns: [{ key: 'date', label: 'Date' }], rows: [{ id: 'a', date: '2019', label: 'A', source: 'src' }] } }],
  charts: [{ id: 'c', data: { title: 'C', kind: 'timeline', dataset: 'd', chapter: 'one', states: { all: { summary: 'All.', params: {} } } } }],
  glossary: [{ id: 'gpu', data: { id: 'gpu', term: 'GPU', definition: 'A chip.' } }],
  chapters: [
    {
      id: 'one',
      data: { title: 'One', dek: 'Dek', order: 1, takeaways: ['a', 'b', 'c'], objectives: ['a', 'b'], published: '2026-11-24', updated: '2026-11-24' },
      body: '::::scrolly{chart="c"}\n:::step{#s1 state="all"}\nText.\n:::\n:::step{#s2 state="all"}\nMore.\n:::\n::::\n',
    },
  ],
});

const q = (kind: 'recall' | 'analysis', steps = ['s1']) => ({ text: 'Why?', kind, steps });
const guide = (): TeachGuide => ({
  chapter: 'one',
  minutes: 30,
  terms: ['gpu'],
  questions: [q('recall'), q('recall'), q('analysis', ['s2']), q('analysis'), q('recall')],
  activity: { title: 'Read the table', kind: 'data', minutes: 15, instructions: ['Open the data.', 'Compare.'], steps: ['s2'] },
});
const raw = 'chapter: one\nterms:\n  - gpu\nquestions:\n  - text: Why?\n    steps: [s1, nope]\n';
const entry = (data: TeachGuide): GuideEntry => ({ id: 'one', filePath: 'content/teach/one.md', data, raw });

describe('buildGuides', () => {
  it('joins a guide to its chapter', () => {
    const [g] = buildGuides([entry(guide())], story);
    expect(g?.slug).toBe('one');
    expect(g?.chapter.data.title).toBe('One');
  });

  it('stops on an unknown step with the file, the line and the chapter’s steps', () => {
    const bad = guide();
    bad.questions[1]!.steps = ['s1', 'nope'];
    expect(() => buildGuides([entry(bad)], story)).toThrow('content/teach/one.md:6: question 2 names unknown step "nope"; steps of "one": s1, s2');
  });

  it('stops on an unknown glossary term', () => {
    const bad = guide();
    bad.terms = ['gpu', 'tpu'];
    expect(() => buildGuides([entry(bad)], story)).toThrow('content/teach/one.md: unknown glossary term "tpu"');
  });

  it('stops on an unknown chapter', () => {
    expect(() => buildGuides([{ ...entry({ ...guide(), chapter: 'two' }), raw: raw.replace('chapter: one', 'chapter: two') }], story)).toThrow(/content\/teach\/one\.md:1: unknown chapter "two"; known chapters: one/);
  });
});

describe('teachSchema', () => {
  it('needs five questions mixing recall and analysis', () => {
    const few = teachSchema.safeParse({ ...guide(), questions: guide().questions.slice(0, 4) });
    expect(few.success).toBe(false);
    const allRecall = teachSchema.safeParse({ ...guide(), questions: [1, 2, 3, 4, 5].map(() => q('recall')) });
    expect(allRecall.error?.issues[0]?.message).toBe('mix recall and analysis questions');
    expect(teachSchema.safeParse(guide()).success).toBe(true);
  });
});
