import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { pruneCss, pruneUnusedCss } from './pruneCss';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('pruneCss', () => {
  it('drops the rules of Svelte scopes the page lacks, keeps global rules and the scopes it has', () => {
    const css = '.a{color:red}.bar.sv-abc{fill:red}.dot.sv-xyz{fill:blue}@media (min-width:40rem){.bar.sv-abc{x:1}.dot.sv-xyz{x:2}}@media print{.dot.sv-xyz{x:3}}';
    expect(pruneCss(css, new Set(['sv-xyz']))).toBe('.a{color:red}.dot.sv-xyz{fill:blue}@media (min-width:40rem){.dot.sv-xyz{x:2}}@media print{.dot.sv-xyz{x:3}}');
    // A selector list keeps the selectors that can still match.
    expect(pruneCss('.x.sv-abc,.y.sv-xyz{a:b}', new Set(['sv-xyz']))).toBe('.y.sv-xyz{a:b}');
    expect(pruneCss('.x.sv-abc .y.sv-xyz{a:b}', new Set(['sv-xyz']))).toBe('');
    // A scope's animations go with it.
    expect(pruneCss('@keyframes sv-abc-grow{from{a:0}to{a:1}}@keyframes sv-xyz-fade{to{b:1}}', new Set(['sv-xyz']))).toBe('@keyframes sv-xyz-fade{to{b:1}}');
  });
});

describe('pruneUnusedCss', () => {
  const page = (css: string, body: string) =>
    `<html><head><meta http-equiv="content-security-policy" content="style-src ${hash(css)} 'sha256-other='"><style>${css}</style></head><body>${body}</body></html>`;
  const css = '.p{a:b}.bar.sv-abc{fill:red}.dot.sv-xyz{fill:blue}';

  it('prunes a page without islands and puts the new style hash in its policy in place of the old', () => {
    const out = pruneUnusedCss(page(css, '<svg><circle class="dot sv-xyz"/></svg>'));
    const pruned = '.p{a:b}.dot.sv-xyz{fill:blue}';
    expect(out).toContain(`<style>${pruned}</style>`);
    expect(out).toContain(`style-src ${hash(pruned)} 'sha256-other='`);
    expect(out).not.toContain(hash(css));
  });

  it('leaves a page with islands as it is when it cannot read their scripts', () => {
    const html = page(css, '<astro-island uid="1"><svg class="dot sv-xyz"></svg></astro-island>');
    expect(pruneUnusedCss(html)).toBe(html);
  });

  it('keeps the scopes the scripts of an island can draw later, following their imports', () => {
    const three = '.p{a:b}.bar.sv-abc{fill:red}.dot.sv-xyz{fill:blue}.tip.sv-tip{c:d}.map.sv-map{e:f}';
    const scripts: Record<string, string> = {
      '/_astro/bars.1.js': 'export{n as default}from"./story.2.js";',
      '/_astro/story.2.js': 'import"./x.3.js";const t=()=>import("./tip.4.js");',
      '/_astro/x.3.js': 'e.className="bar sv-abc"',
      '/_astro/tip.4.js': 'e.className="tip sv-tip"',
      '/_astro/client.5.js': '',
      '/_astro/map.6.js': 'e.className="map sv-map"',
    };
    const read = (url: string) => scripts[url] ?? '';
    const island = '<astro-island uid="1" component-url="/_astro/bars.1.js" renderer-url="/_astro/client.5.js"><svg class="dot sv-xyz"></svg></astro-island>';
    const out = pruneUnusedCss(page(three, island), read);
    // The markup's scope, the island's two (one only behind a dynamic import); not the map's.
    expect(out).toContain('<style>.p{a:b}.bar.sv-abc{fill:red}.dot.sv-xyz{fill:blue}.tip.sv-tip{c:d}</style>');
  });

  it('counts a scope present only where the markup carries it, not where the styles name it', () => {
    expect(pruneUnusedCss(page(css, '<p class="p">text</p>'))).toContain('<style>.p{a:b}</style>');
  });
});
