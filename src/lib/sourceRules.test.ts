/**
 * Broken-content tests for the source rules, calling the validators directly (no build): each
 * mistake stops with `file:line: what is wrong`.
 */
import { describe, expect, it } from 'vitest';
import { parseChapter, type ChapterContext } from '../markdown/parseChapter';
import type { Source } from './schemas';
import { sourceSchema } from './schemas';
import { aggregatorFor, checkSources, figuresIn, sourceLines, unquotedFigures } from './sourceRules';

const yaml = `# sources
- id: good
  publisher: The Straits Times
- id: broken
  publisher: Somewhere
`;
const lines = sourceLines(yaml);
const source = (over: Partial<Source>): { id: string; data: Source } => {
  const data: Source = { id: 'broken', publisher: 'P', title: 'T', url: 'https://example.org/a', published: '2024', accessed: '2026-11-30', kind: 'reporting', language: 'en', quotes: [], ...over };
  return { id: data.id, data };
};
const aggregators = [
  { domain: 'ru24.pro', reason: 'news aggregator' },
  { domain: 'naked-science.ru/community', reason: 'reader posts' },
];

describe('source rules', () => {
  it('finds the line of each entry', () => {
    expect(lines.get('good')).toBe(2);
    expect(lines.get('broken')).toBe(4);
  });

  it('stops a wire copy that does not name its wire, at its line', () => {
    expect(() => checkSources([source({ kind: 'wire-copy' })], aggregators, lines)).toThrow(
      /^content\/sources\.yaml:4: source "broken": a wire copy must name its wire/,
    );
    expect(() => checkSources([source({ kind: 'wire-copy', wire: 'Reuters' })], aggregators, lines)).not.toThrow();
  });

  it('stops a wire on a source that is not a wire copy', () => {
    expect(() => checkSources([source({ wire: 'Reuters' })], aggregators, lines)).toThrow(/content\/sources\.yaml:4: .*use kind wire-copy/);
  });

  it('stops a non-English quote without a translation', () => {
    const ru = source({ language: 'ru', quotes: [{ text: 'в 10 раз' }] });
    expect(() => checkSources([ru], aggregators, lines)).toThrow(/content\/sources\.yaml:4: .*quote 1 needs a `translation`/);
    expect(() => checkSources([source({ language: 'ru', quotes: [{ text: 'в 10 раз', translation: '10 times' }] })], aggregators, lines)).not.toThrow();
  });

  it('stops a source on an aggregator domain (subdomains and path prefixes included)', () => {
    expect(() => checkSources([source({ url: 'https://m.ru24.pro/pics/1' })], aggregators, lines)).toThrow(
      /content\/sources\.yaml:4: source "broken": its URL is on ru24\.pro, listed in content\/aggregators\.yaml \(news aggregator\)/,
    );
    expect(aggregatorFor('https://naked-science.ru/community/1163723', aggregators)?.domain).toBe('naked-science.ru/community');
    expect(aggregatorFor('https://naked-science.ru/article/hi-tech/x', aggregators)).toBeUndefined();
    expect(aggregatorFor('https://notru24.pro/x', aggregators)).toBeUndefined();
  });

  it('requires a kind and a language in the schema', () => {
    const base = { id: 'x', publisher: 'P', title: 'T', url: 'https://example.org/', published: '2024', accessed: '2026-11-30' };
    expect(sourceSchema.safeParse(base).success).toBe(false);
    expect(sourceSchema.safeParse({ ...base, kind: 'blog', language: 'en' }).success).toBe(false);
    expect(sourceSchema.safeParse({ ...base, kind: 'primary', language: 'en' }).success).toBe(true);
  });
});

describe('figures', () => {
  it('normalises thousands separators and decimal commas, and skips bare years', () => {
    expect(figuresIn('100,000 people, 11,2 трлн, 500 000 and 1.5% in 2022')).toEqual(['100000', '11.2', '11200000000000', '500000', '1.5']);
    expect(figuresIn('more than 1 million')).toEqual(['1', '1000000']);
    expect(figuresIn('~702B total parameters, 702B-A36B')).toEqual(['702', '702000000000', '702', '702000000000']);
    expect(figuresIn('31st of 83 in the 2024 edition')).toEqual(['31', '83']);
  });

  it('finds figures that no quote contains, in text or translation', () => {
    const s = { quotes: [{ text: 'не менее чем в 10 раз', translation: 'at least tenfold' }, { text: 'ranked 31st of 83' }] };
    expect(unquotedFigures('Russia was 31st of 83; tenfold means 10 times; 29th', [{ ...s, published: '2024' }])).toEqual(['29']);
  });
});

describe('state media must be framed as a claim', () => {
  const ctx: ChapterContext = {
    file: 'content/chapters/01-test.md',
    lineOffset: 10,
    charts: new Map(),
    sources: new Map([
      ['tass', 'TASS'],
      ['reuters', 'Reuters'],
    ]),
    sourceKinds: new Map([
      ['tass', 'state-media'],
      ['reuters', 'wire-copy'],
    ]),
    base: '/',
  };

  it('stops a figure resting only on state media, at its line', () => {
    expect(() => parseChapter('Intro.\n\nAI will add 11.2 trillion roubles :cite[tass].\n', ctx)).toThrow(
      /^content\/chapters\/01-test\.md:13:1: the figure "11\.2 trillion" rests only on state media \(TASS\)/,
    );
  });

  it('accepts it marked {claim} and attributed in the text', () => {
    const { segments } = parseChapter('The government said AI would add 11.2 trillion roubles :cite[tass]{claim}.\n', ctx);
    expect(segments[0]?.type === 'prose' && segments[0].html).toContain('class="cite cite-claim"');
  });

  it('stops {claim} without an attribution in the text', () => {
    expect(() => parseChapter('AI will add 11.2 trillion roubles :cite[tass]{claim}.\n', ctx)).toThrow(/:11:1: a citation marked \{claim\} needs the claim attributed/);
  });

  it('accepts state media beside an independent source', () => {
    expect(() => parseChapter('AI will add 11.2 trillion roubles :cite[tass,reuters].\n', ctx)).not.toThrow();
  });

  it('sets a citation tight against the text', () => {
    const { segments } = parseChapter('It has 5 computers :cite[reuters].\n', ctx);
    expect(segments[0]?.type === 'prose' && segments[0].html).toContain('computers<sup class="cite">');
  });
});

describe('names are not figures', () => {
  it('skips digits inside names but keeps ordinals and plain numbers', () => {
    expect(figuresIn('3DNews, Qwen3, GPT-3.5, H100, the TOP500 list; 31st, 1990s, 5 systems')).toEqual(['31', '5']);
  });
});
