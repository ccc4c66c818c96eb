import { describe, expect, it } from 'vitest';
import { buildStory } from './story';
import { teachSchema, type TeachGuide } from './schemas';
import { buildGuides, type GuideEntry } from './teach';

const story = buildStory({
  base: '/',
  sources: [{ id: 'src', data: { id: 'src', publisher: 'P', title: 'T', url: 'https://example.org/', published: '2019', accessed: '2026-11-24', kind: 'primary', language: 'en', quotes: [] } }],
  datasets: [{ id: 'd', data: { title: 'D', unit: 'u', columns: [{ key: 'date', label: 'Date' }], rows: [{ id: 'a', date: '2019', label: 'A', short: 'A', source: 'src' }] } }],
  charts: [{ id: 'c', data: { title: 'C', kind: 'timeline', dataset: 'd', chapter: 'one', states: { all: { summary: 'All.', params: {} } } } }],
  glossary: [
    { id: 'gpu', data: { id: 'gpu', term: 'GPU', definition: 'A chip.' } },
    { id: 'tpu', data: { id: 'tpu', term: 'TPU', definition: 'Another chip.' } },
  ],
  chapters: [
    {
      id: 'one',
      data: { title: 'One', dek: 'Dek', order: 1, takeaways: ['a', 'b', 'c'], objectives: ['a', 'b'], published: '2026-11-24', updated: '2026-11-24' },
      body: '::::scrolly{chart="c"}\n:::step{#s1 state="all"}\nIn 2019 Russia had :term[GPUs]{#gpu} in 5 places :cite[src].\n:::\n:::step{#s2 state="all"}\nThe United States had 171 :cite[src].\n:::\n::::\n',
    },
  ],
});

const lookFors = { strong: 'Names both counts.', adequate: 'Names one.', weak: 'Names none.' };
const q = (kind: 'recall' | 'analysis', steps = ['s1']): TeachGuide['questions'][number] => ({
  text: 'Why?',
  kind,
  steps,
  answer: 'Because.',
  ...(kind === 'analysis' ? { lookFors } : {}),
});
const guide = (): TeachGuide => ({
  chapter: 'one',
  minutes: 30,
  terms: ['gpu'],
  plan: [
    { part: 'before', minutes: 3, what: 'Ask.' },
    { part: 'during', minutes: 5, what: 'Read.' },
    { part: 'after', minutes: 4, what: 'Discuss.' },
    { part: 'activity', minutes: 15, what: 'Work.' },
    { part: 'exit', minutes: 3, what: 'Write.' },
  ],
  questions: [q('recall'), q('recall'), q('analysis', ['s2']), q('analysis'), q('recall')],
  activity: {
    title: 'Read the table',
    kind: 'data',
    minutes: 15,
    instructions: ['Open the data.', 'Compare.'],
    steps: ['s2'],
    rubric: [
      { criterion: 'Arithmetic', ...lookFors },
      { criterion: 'Sources', ...lookFors },
    ],
  },
  exitTicket: [
    { question: 'How many?', answer: 'Five.' },
    { question: 'When?', answer: 'In 2019.' },
  ],
  support: { starters: ['I think', 'The chapter says'], shortPath: ['s1', 's2'], note: 'Read two steps.', extension: 'Find more.' },
  standards: [
    { code: 'D1.2.9-12', how: 'Experts disagree.' },
    { code: 'CCSS.ELA-LITERACY.RH.9-10.7', how: 'Charts.' },
  ],
  sensitive: 'Keep to evidence.',
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
    bad.terms = ['gpu', 'npu'];
    expect(() => buildGuides([entry(bad)], story)).toThrow('content/teach/one.md: unknown glossary term "npu"');
  });

  it('stops on a term the chapter never uses, with the terms it does use', () => {
    const bad = guide();
    bad.terms = ['gpu', 'tpu'];
    expect(() => buildGuides([entry(bad)], story)).toThrow('term "tpu" is not used in chapter "one" (no :term[...]{#tpu}); terms it uses: gpu');
  });

  it('stops on a question without a key, with the line of the question', () => {
    const bad = guide();
    delete bad.questions[2]!.answer;
    bad.questions[2]!.text = 'Which count matters?';
    const text = 'questions:\n  - text: Why?\n  - text: Why?\n  - text: Which count matters?\n';
    expect(() => buildGuides([{ ...entry(bad), raw: text }], story)).toThrow('content/teach/one.md:4: question 3 has no answer key');
  });

  it('stops on an analysis question without look-fors', () => {
    const bad = guide();
    delete bad.questions[3]!.lookFors;
    expect(() => buildGuides([entry(bad)], story)).toThrow('question 4 (analysis) has no look-fors');
  });

  it('stops on a plan whose minutes do not add up, or that lacks a part', () => {
    const long = guide();
    long.plan[1]!.minutes = 10;
    expect(() => buildGuides([entry(long)], story)).toThrow("the plan's parts add up to 35 minutes, not the lesson's 30: before 3 + during 10 + after 4 + activity 15 + exit 3");
    const noExit = guide();
    noExit.plan = noExit.plan.slice(0, 4);
    expect(() => buildGuides([entry(noExit)], story)).toThrow('the plan has no "exit" part');
    const activity = guide();
    activity.activity.minutes = 20;
    expect(() => buildGuides([entry(activity)], story)).toThrow('the plan gives the activity 15 minutes but the activity says 20');
  });

  it('stops on a short reading path naming an unknown step, and on an unknown standard', () => {
    const path = guide();
    path.support.shortPath = ['s1', 's9'];
    expect(() => buildGuides([entry(path)], story)).toThrow('the short reading path names unknown step "s9"');
    const std = guide();
    std.standards[0]!.code = 'D9.9.9-12';
    expect(() => buildGuides([entry(std)], story)).toThrow('unknown standard "D9.9.9-12"');
  });

  it('checks every figure a key states against the chapter, allowing worked results', () => {
    const ok = guide();
    ok.questions[0]!.answer = 'The United States had 171 :cite[src].systems to Russia’s 5 in 2019: about 34 times as many.';
    ok.questions[0]!.working = ['171 ÷ 5 = 34.2 ≈ 34'];
    expect(() => buildGuides([entry(ok)], story)).not.toThrow();
    const wrong = guide();
    wrong.questions[0]!.answer = 'The United States had 172.';
    expect(() => buildGuides([entry(wrong)], story)).toThrow("question 1's key states 172, which is not in the chapter's text or data");
    const badInput = guide();
    badInput.questions[1]!.working = ['170 ÷ 5 = 34'];
    expect(() => buildGuides([entry(badInput)], story)).toThrow("question 2's key: the working uses 170");
    const exit = guide();
    exit.exitTicket[0]!.answer = 'Six.';
    exit.exitTicket[1]!.answer = 'In 2020.';
    expect(() => buildGuides([entry(exit)], story)).toThrow("exit ticket question 2's answer states 2020");
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
