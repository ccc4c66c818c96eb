import { describe, expect, it } from 'vitest';
import { skipReexports } from './skipReexports';

const files: Record<string, string> = {
  '/_astro/timeline.a1.js': '\nexport{n as default}from"./story.b2.js";\n',
  '/_astro/units.c3.js': 'import{a as e}from"./story.b2.js";var t=1;export{t as default};',
};
const read = (url: string) => files[url] ?? '';

describe('skipReexports', () => {
  it('points an island whose file only re-exports a chunk at that chunk and its export', () => {
    const html = '<astro-island uid="1" component-url="/_astro/timeline.a1.js" component-export="default" renderer-url="/_astro/svelteRenderer.d4.js">';
    expect(skipReexports(html, read)).toBe('<astro-island uid="1" component-url="/_astro/story.b2.js" component-export="n" renderer-url="/_astro/svelteRenderer.d4.js">');
  });

  it('leaves an island whose file holds its own code', () => {
    const html = '<astro-island component-url="/_astro/units.c3.js" component-export="default">';
    expect(skipReexports(html, read)).toBe(html);
  });
});
