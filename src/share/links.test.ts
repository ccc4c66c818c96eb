import { describe, expect, it } from 'vitest';
import {
  chapterPath,
  defaultStep,
  embedPath,
  embedSnippet,
  EMBED_HEIGHT,
  oembedDocument,
  parseEmbedParams,
  stepsOfChart,
} from './links';

describe('paths carry the base', () => {
  it('builds embed, chapter and step paths', () => {
    expect(embedPath('/explainer', 'x')).toBe('/explainer/embed/x/');
    expect(chapterPath('/explainer/', 'ambition', 'first-index')).toBe('/explainer/chapters/ambition/#first-index');
    expect(chapterPath('/', 'ambition')).toBe('/chapters/ambition/');
  });
});

describe('parseEmbedParams', () => {
  const ids = ['first-index', 'rank-2024'];
  it.each([
    ['?step=rank-2024&theme=dark', { step: 'rank-2024', theme: 'dark' }],
    ['?theme=light', { theme: 'light' }],
    ['?step=nope&theme=purple', {}],
    ['?step=%E0%A4%A', {}],
    ['?step=&theme=', {}],
    ['?step[]=first-index', {}],
    ['', {}],
    ['?step=first-index&step=rank-2024', { step: 'first-index' }],
    ['?step=<script>alert(1)</script>', {}],
  ])('%s', (search, expected) => expect(parseEmbedParams(search, ids)).toEqual(expected));
});

describe('default step', () => {
  const steps = [
    { id: 'a', chapter: 'c', chart: 'one', state: 's1' },
    { id: 'b', chapter: 'c', chart: 'two', state: 's2' },
    { id: 'c', chapter: 'c', chart: 'one', state: 's3' },
  ];
  it('is the last step of the chart in story order', () => {
    expect(defaultStep(stepsOfChart(steps, 'one'))?.id).toBe('c');
  });
  it('is undefined for a chart no step shows', () => {
    expect(defaultStep(stepsOfChart(steps, 'three'))).toBeUndefined();
  });
});

describe('snippet and oEmbed', () => {
  const html = embedSnippet({ src: 'https://e.org/x/embed/c/', script: 'https://e.org/x/embed.js', title: 'A "quoted" <title>' });
  it('has an accessible, lazy iframe with a reserved height and the host script', () => {
    expect(html).toContain('<iframe src="https://e.org/x/embed/c/"');
    expect(html).toContain('title="A &quot;quoted&quot; &lt;title&gt;"');
    expect(html).toContain('loading="lazy"');
    expect(html).toContain(`height="${EMBED_HEIGHT}"`);
    expect(html).toContain('<script async src="https://e.org/x/embed.js"></script>');
  });
  it('wraps it in an oEmbed rich document', () => {
    const doc = oembedDocument({ title: 't', html, providerUrl: 'https://e.org/x/' });
    expect(doc).toMatchObject({ version: '1.0', type: 'rich', html, title: 't', provider_url: 'https://e.org/x/' });
    expect(doc.width).toBeGreaterThan(0);
    expect(doc.height).toBe(EMBED_HEIGHT);
  });
});
