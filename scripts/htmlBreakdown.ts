/**
 * Where a built page's bytes go: `npx node scripts/htmlBreakdown.ts [dist] [route...]` prints,
 * for each chapter page (or the routes named), the raw and gzip weight of each kind of element
 * and what cutting that kind would save (the page gzipped with and without it; gzip shares
 * repeats across kinds, so the saving, not the kind's own gzip, is what a cut buys). Kinds are
 * cut in the order listed, so each saving is on top of the ones above it.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { distPages } from './distPages.ts';

const gz = (s: string) => gzipSync(s, { level: 9 }).length;

/** Whole elements whose start tag matches `open` (balanced on the same tag name). */
function elements(html: string, open: RegExp): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(new RegExp(open.source, 'g'))) {
    const tag = /^<([a-z-]+)/.exec(m[0])![1]!;
    const re = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
    re.lastIndex = m.index;
    let depth = 0;
    for (let t = re.exec(html); t; t = re.exec(html)) {
      depth += t[1] ? -1 : t[0].endsWith('/>') ? 0 : 1;
      if (depth === 0) {
        out.push(html.slice(m.index, re.lastIndex));
        break;
      }
    }
  }
  // Drop elements nested in one already taken.
  return out.filter((e, i) => !out.some((o, j) => j < i && o.includes(e)));
}

const KINDS: [string, (html: string) => string[]][] = [
  ['step charts', (h) => [...elements(h, /<div class="step__chart"/), ...elements(h, /<svg class="shared-drawings"/)]],
  ['island props', (h) => h.match(/\s(?:props|ssr-props|opts)="[^"]*"/g) ?? []],
  ['island SSR copy', (h) => elements(h, /<astro-island\b/)],
  ['data tables', (h) => elements(h, /<details class="chart-data"/)],
  ['popovers', (h) => elements(h, /<div class="(?:cite|term)-popovers"/)],
  ['back matter', (h) => elements(h, /<details class="(?:chapter-sources|cite-this|reuse|what-changed)\b/)],
  ['CSS', (h) => h.match(/<style\b[\s\S]*?<\/style>/g) ?? []],
  ['scripts/JSON', (h) => h.match(/<script\b[\s\S]*?<\/script>/g) ?? []],
  ['other svg', (h) => elements(h, /<svg\b/)],
];

const [dir = 'dist', ...routes] = process.argv.slice(2);
const pages = distPages(resolve(dir)).filter((p) => (routes.length ? routes.includes(p.route) : p.kind === 'chapter'));
const k = (n: number) => (n / 1024).toFixed(1).padStart(6);
for (const page of pages) {
  const html = readFileSync(page.file, 'utf8');
  let rest = html;
  console.log(`\n/${page.route}  raw ${k(html.length)} KB  gzip ${k(gz(html))} KB`);
  console.log('  kind                    raw KB  own gzip  cut saves');
  for (const [kind, find] of KINDS) {
    const parts = find(rest);
    let without = rest;
    for (const p of parts) without = without.replace(p, '');
    const own = parts.length ? gz(parts.join('')) : 0;
    console.log(`  ${kind.padEnd(22)} ${k(parts.join('').length)}  ${k(own)}  ${k(gz(rest) - gz(without))}`);
    rest = without;
  }
  console.log(`  ${'the rest (text, markup)'.padEnd(22)} ${k(rest.length)}  ${k(gz(rest))}  ${k(gz(rest))}`);
}
