/**
 * Link checker for a built site: every internal href/src/srcset/poster in every HTML page of
 * `distDir` must name a file the site serves (under `base`), and every #anchor must name an
 * id (or a[name]) on its target page. Links to other origins, mailto: and the like are not
 * checked. Pure apart from reading the folder: `checkLinks(distDir, base)` -> broken links.
 *
 * CLI: `npx node scripts/checkLinks.ts <distDir> [base]` prints them and exits 1 when any.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseBase } from '../src/site.ts';
import { filesIn, routeOf } from './distPages.ts';

export interface BrokenLink {
  /** The page holding the link, as a URL path (with base). */
  page: string;
  /** The link as written. */
  href: string;
  reason: string;
}

const ORIGIN = 'http://site.invalid';

/** URL path at which a file in dist is served, under base ('/explainer/'). */
export function pagePath(distDir: string, file: string, base: string): string {
  return `${base}${routeOf(distDir, file)}`;
}

function decodeEntities(value: string): string {
  return value
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)));
}

/** Strips scripts, styles, comments and <pre>/<code> text, where "href=" is not a link. */
function markupOnly(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, (tag) => tag.replace(/>[\s\S]*<\//, '></'))
    .replace(/<(pre|code|textarea)\b([^>]*)>[\s\S]*?<\/\1>/gi, '<$1$2></$1>');
}

/** Every link-like attribute value in a page. */
export function extractLinks(html: string): string[] {
  const links: string[] = [];
  const markup = markupOnly(html);
  for (const match of markup.matchAll(/<[a-z][\w-]*\b[^>]*>/gi)) {
    const tag = match[0];
    for (const attr of tag.matchAll(/\s(href|src|poster|srcset|imagesrcset)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
      const value = decodeEntities(attr[3] ?? attr[4] ?? attr[5] ?? '');
      const name = attr[1]!.toLowerCase();
      if (name === 'srcset' || name === 'imagesrcset') {
        for (const candidate of value.split(',')) {
          const url = candidate.trim().split(/\s+/)[0];
          if (url) links.push(url);
        }
      } else {
        links.push(value);
      }
    }
  }
  return links;
}

/** ids and a[name] of a page, the targets of #anchors. */
export function extractAnchors(html: string): Set<string> {
  const ids = new Set<string>();
  for (const match of markupOnly(html).matchAll(/\s(?:id|name)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    ids.add(decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return ids;
}

/** The file in dist that serves a URL path, or undefined. */
function resolveFile(distDir: string, path: string, base: string): string | undefined {
  if (!path.startsWith(base)) return undefined;
  let rel: string;
  try {
    rel = decodeURIComponent(path.slice(base.length));
  } catch {
    return undefined;
  }
  if (rel.split('/').includes('..')) return undefined;
  const candidates = rel === '' || rel.endsWith('/') ? [join(distDir, rel, 'index.html')] : [join(distDir, rel), join(distDir, rel, 'index.html')];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

export function checkLinks(distDir: string, base = '/'): BrokenLink[] {
  if (!existsSync(distDir)) throw new Error(`No build in ${distDir}: build the site first.`);
  const normalBase = normaliseBase(base);
  const broken: BrokenLink[] = [];
  const anchorCache = new Map<string, Set<string>>();
  const anchorsOf = (file: string) => {
    let anchors = anchorCache.get(file);
    if (!anchors) {
      anchors = extractAnchors(readFileSync(file, 'utf8'));
      anchorCache.set(file, anchors);
    }
    return anchors;
  };

  for (const file of filesIn(distDir).filter((f) => f.endsWith('.html'))) {
    const page = pagePath(distDir, file, normalBase);
    const html = readFileSync(file, 'utf8');
    // <base href> would change resolution; we only use <base target>, so resolve against the page.
    for (const href of new Set(extractLinks(html))) {
      if (href === '' || /^(mailto|tel|data|javascript|blob):/i.test(href)) continue;
      let url: URL;
      try {
        url = new URL(href, `${ORIGIN}${page}`);
      } catch {
        broken.push({ page, href, reason: 'not a valid URL' });
        continue;
      }
      if (url.origin !== ORIGIN) continue;
      const target = url.pathname === page && !href.replace(/#.*/, '') ? file : resolveFile(distDir, url.pathname, normalBase);
      if (!target) {
        broken.push({ page, href, reason: url.pathname.startsWith(normalBase) ? 'no such file' : `outside the base ${normalBase}` });
        continue;
      }
      const hash = url.hash.slice(1);
      if (hash && target.endsWith('.html')) {
        let id = hash;
        try {
          id = decodeURIComponent(hash);
        } catch {
          /* keep the raw hash */
        }
        if (!anchorsOf(target).has(id)) broken.push({ page, href, reason: `no element with id "${id}"` });
      }
    }
  }
  return broken;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [dist = 'dist', base = '/'] = process.argv.slice(2);
  const broken = checkLinks(dist, base);
  for (const b of broken) console.log(`${b.page}: ${b.href} (${b.reason})`);
  console.log(broken.length ? `${broken.length} broken links` : 'no broken links');
  process.exit(broken.length ? 1 : 0);
}
