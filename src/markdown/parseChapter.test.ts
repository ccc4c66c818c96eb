import { describe, expect, it } from 'vitest';
import { parseChapter, type ChapterContext } from './parseChapter';

const ctx: ChapterContext = {
  file: 'content/chapters/01-test.md',
  lineOffset: 10,
  charts: new Map([['milestones', ['first', 'second']]]),
  sources: new Map([['tortoise', 'Tortoise Media']]),
  base: '/explainer/',
};

const section = (steps: string) => `Intro.\n\n::::scrolly{chart="milestones"}\n\n${steps}\n\n::::\n`;
const step = (attrs: string, text = 'Some text.') => `:::step{${attrs}}\n${text}\n:::`;

describe('parseChapter', () => {
  it('splits prose and scrolly sections and keeps step order, ids and states', () => {
    const md = section([step('#one state="first"'), step('#two state="second"')].join('\n\n')) + '\nOutro.\n';
    const { segments } = parseChapter(md, ctx);
    expect(segments.map((s) => s.type)).toEqual(['prose', 'scrolly', 'prose']);
    const scrolly = segments[1];
    expect(scrolly?.type === 'scrolly' && scrolly.steps.map((s) => [s.id, s.state])).toEqual([
      ['one', 'first'],
      ['two', 'second'],
    ]);
  });

  it('turns citations into numbered links to the sources page, with the base path', () => {
    const md = section(step('#one state="first"', 'Russia ranked 31st :cite[tortoise].'));
    const { segments, citations } = parseChapter(md, ctx);
    const html = segments[1]?.type === 'scrolly' ? segments[1].steps[0]?.html : '';
    expect(html).toContain('<sup class="cite"><a href="/explainer/sources/#tortoise"');
    expect(html).toContain('aria-label="Source 1: Tortoise Media"');
    expect(citations).toEqual(['tortoise']);
  });

  it('numbers a group of citations in order, whatever order they were written in', () => {
    const two = { ...ctx, sources: new Map([['tortoise', 'Tortoise Media'], ['reuters', 'Reuters']]) };
    const md = section(step('#one state="first"', 'First :cite[tortoise]. Then both :cite[reuters, tortoise].'));
    const { segments } = parseChapter(md, two);
    const html = segments[1]?.type === 'scrolly' ? (segments[1].steps[0]?.html ?? '') : '';
    const last = [...html.matchAll(/<sup class="cite">(.*?)<\/sup>/g)].at(-1)![1]!;
    expect([...last.matchAll(/>(\d+)<\/a>/g)].map((m) => m[1])).toEqual(['1', '2']);
  });

  it('glues each citation to the word before it and the punctuation after it (no line break between them)', () => {
    const md = section(step('#one state="first"', 'Russia ranked 31st :cite[tortoise]. Then *it fell* :cite[tortoise] and more.'));
    const { segments } = parseChapter(md, ctx);
    const html = segments[1]?.type === 'scrolly' ? (segments[1].steps[0]?.html ?? '') : '';
    expect(html).toMatch(/Russia ranked <span class="cite-glue">31st<sup class="cite">.*?<\/sup>\.<\/span> Then <span class="cite-glue"><em>it fell<\/em><sup class="cite">.*?<\/sup><\/span> and more\./);
  });

  it('keeps text that only looks like a directive', () => {
    const { segments } = parseChapter('A ratio of words:like this.\n', ctx);
    expect(segments[0]?.type === 'prose' && segments[0].html).toContain('words:like this');
  });

  // Each mistake an author can make, and the message that points at it (file:line:column).
  it.each([
    {
      why: 'unknown chart id',
      md: '::::scrolly{chart="nope"}\n' + step('#one state="first"') + '\n::::',
      message: /01-test\.md:11:1: unknown chart "nope"; known charts: milestones/,
    },
    {
      why: 'state the chart does not have',
      md: section(step('#one state="third"')),
      message: /01-test\.md:15:1: step "one" names unknown state "third" for chart "milestones"; known states: first, second/,
    },
    {
      why: 'duplicate step id',
      md: section([step('#one state="first"'), step('#one state="second"')].join('\n\n')),
      message: /01-test\.md:19:1: duplicate step id "one"/,
    },
    {
      why: 'a former id that another step has',
      md: section([step('#one state="first"'), step('#two state="second" was="one"')].join('\n\n')),
      message: /01-test\.md:19:1: step "two": was="one" must be an id no other step has/,
    },
    {
      why: 'step with no text',
      md: section(':::step{#one state="first"}\n:::'),
      message: /01-test\.md:15:1: step "one" has no text/,
    },
    {
      why: 'citation of an unknown source',
      md: section(step('#one state="first"', 'It was 31st :cite[reuters].')),
      message: /01-test\.md:16:\d+: citation of unknown source "reuters"/,
    },
    {
      why: 'figure without a citation',
      md: 'About 100,000 people left.\n',
      message: /01-test\.md:11:1: the figure "100,000" has no citation/,
    },
    {
      why: 'step without an id',
      md: section(step('state="first"')),
      message: /a step needs an id/,
    },
    {
      why: 'scrolly without a chart',
      md: '::::scrolly\n' + step('#one state="first"') + '\n::::',
      message: /a scrolly section needs a chart/,
    },
    {
      why: 'unknown block directive',
      md: ':::aside\nHello\n:::',
      message: /unknown block "aside"/,
    },
  ])('fails on $why', ({ md, message }) => {
    expect(() => parseChapter(md, ctx)).toThrow(message);
  });
});

describe('glossary terms', () => {
  const withGlossary: ChapterContext = { ...ctx, glossary: new Map([['gpu', { term: 'GPU' }]]) };

  it('links the first use per chapter to the glossary and leaves later uses as text', () => {
    const md = 'Chips called :term[GPUs]{#gpu} matter.\n\n' + section(step('#one state="first"', 'More :term[GPUs]{#gpu} here.'));
    const { segments, terms, text } = parseChapter(md, withGlossary);
    expect(segments[0]?.type === 'prose' && segments[0].html).toContain(
      '<a href="/explainer/glossary/#gpu" class="term" data-term="gpu">GPUs</a>',
    );
    const later = segments[1]?.type === 'scrolly' ? segments[1].steps[0]?.html : '';
    expect(later).toBe('<p>More GPUs here.</p>');
    expect(terms).toEqual(['gpu']);
    expect(text).toContain('Chips called GPUs matter.');
  });

  it.each([
    { md: 'Line one.\n\nAn :term[unknown]{#nope} term.\n', message: /01-test\.md:13:4: unknown glossary term "nope"/ },
    { md: 'A :term[term] with no id.\n', message: /01-test\.md:11:3: a term needs a glossary id/ },
  ])('stops the build on $message', ({ md, message }) => {
    expect(() => parseChapter(md, withGlossary)).toThrow(message);
  });
});
