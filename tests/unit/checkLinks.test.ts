import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks, extractLinks, pagePath } from '../../scripts/checkLinks';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'links-'));
  dirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

describe('extractLinks', () => {
  it('reads href, src and srcset, not text inside code, scripts or comments', () => {
    const html = `<a href="/a/">a</a><img src='b.png' srcset="c.png 1x, d.png 2x"><!-- <a href="/x/"> -->
      <pre><code>&lt;a href="/y/"&gt; <a href="/z/">z</a></code></pre><script>const s = '<a href="/w/">';</script><a href=/e/>e</a>`;
    expect(extractLinks(html)).toEqual(['/a/', 'b.png', 'c.png', 'd.png', '/e/']);
  });
});

describe('pagePath', () => {
  it('maps dist files to URL paths under the base', () => {
    expect(pagePath('/d', '/d/index.html', '/explainer/')).toBe('/explainer/');
    expect(pagePath('/d', '/d/charts/index.html', '/explainer/')).toBe('/explainer/charts/');
    expect(pagePath('/d', '/d/404.html', '/')).toBe('/404.html');
  });
});

describe('checkLinks', () => {
  const dist = site({
    'index.html': `<a href="/x/charts/">ok</a><a href="charts/#c1">relative ok</a><a href="/x/charts/#nope">bad anchor</a>
      <a href="/charts/">outside base</a><a href="/x/missing/">missing</a><img src="/x/og/site.png"><a href="https://other.org/">external</a>
      <a href="#top">self anchor</a><a href="#gone">self missing</a><p id="top"></p><a href="mailto:a@b.c">mail</a>
      <link rel="stylesheet" href="/x/_astro/a.css"><a href="/x/data/d.csv">csv</a>`,
    'charts/index.html': `<h2 id="c1">Chart</h2><a href="../">up</a><a href="../sources/#s%20one">encoded</a>`,
    'sources/index.html': `<li id="s one">source</li>`,
    'og/site.png': 'png',
    '_astro/a.css': '',
  });

  it('lists every broken link with the page and the reason, and nothing else', () => {
    const broken = checkLinks(dist, '/x/');
    expect(broken.map((b) => `${b.page} ${b.href}`).sort()).toEqual(
      ['/x/ #gone', '/x/ /charts/', '/x/ /x/charts/#nope', '/x/ /x/data/d.csv', '/x/ /x/missing/'].sort(),
    );
    expect(broken.find((b) => b.href === '/charts/')?.reason).toMatch(/outside the base/);
    expect(broken.find((b) => b.href === '/x/charts/#nope')?.reason).toMatch(/no element with id "nope"/);
  });

  it('accepts a base without a trailing slash', () => {
    expect(checkLinks(dist, '/x')).toHaveLength(5);
  });
});
