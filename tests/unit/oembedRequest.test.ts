/**
 * src/embed/oembedRequest.ts: which static oEmbed file answers a consumer's URL and maxwidth
 * (what a serverless endpoint or a host rule would serve).
 */
import { describe, expect, it } from 'vitest';
import { oembedFileFor } from '../../src/embed/oembedRequest';

const SITE = 'https://russia-ai.example.org/';

describe('oembedFileFor', () => {
  it('maps chapters, embeds, step embeds and discovered files to their file', () => {
    expect(oembedFileFor(SITE, `${SITE}chapters/ambition/`)).toBe('/oembed/chapters/ambition.json');
    expect(oembedFileFor(SITE, `${SITE}chapters/ambition/#some-step`)).toBe('/oembed/chapters/ambition.json');
    expect(oembedFileFor(SITE, `${SITE}embed/chip-routes/`)).toBe('/oembed/chip-routes.json');
    expect(oembedFileFor(SITE, `${SITE}embed/chip-routes/?step=a-step&theme=dark`)).toBe('/oembed/chip-routes/a-step.json');
    expect(oembedFileFor(SITE, `${SITE}oembed/chip-routes.json`)).toBe('/oembed/chip-routes.json');
    expect(oembedFileFor(SITE, `${SITE}oembed/w440/chip-routes/a-step.json`, 320)).toBe('/oembed/w320/chip-routes/a-step.json');
  });

  it('picks the widest measured width within maxwidth', () => {
    const at = (w: number) => oembedFileFor(SITE, `${SITE}embed/c/`, w);
    expect([at(200), at(320), at(439), at(440), at(599), at(600), at(639), at(640), at(1200)]).toEqual([
      '/oembed/w320/c.json',
      '/oembed/w320/c.json',
      '/oembed/w320/c.json',
      '/oembed/w440/c.json',
      '/oembed/w440/c.json',
      '/oembed/w600/c.json',
      '/oembed/w600/c.json',
      '/oembed/c.json',
      '/oembed/c.json',
    ]);
    expect(oembedFileFor(SITE, `${SITE}embed/c/`, NaN)).toBe('/oembed/c.json');
  });

  it('keeps the base path and refuses other sites, other pages and junk', () => {
    expect(oembedFileFor('https://uni.example/explainer/', 'https://uni.example/explainer/embed/c/?step=s', 500)).toBe('/explainer/oembed/w440/c/s.json');
    for (const url of ['https://evil.example/embed/c/', `${SITE}charts/`, `${SITE}embed/C!/`, `${SITE}oembed/../x.json`, `${SITE}embed/c/x/`, 'not a url']) {
      expect(oembedFileFor(SITE, url), url).toBeUndefined();
    }
    expect(oembedFileFor(SITE, `${SITE}embed/c/?step=<b>`)).toBe('/oembed/c.json');
  });
});
