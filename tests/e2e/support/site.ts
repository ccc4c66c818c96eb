/**
 * The built site as files: every page found in the build output (OUT_DIR, default ./dist) at
 * test time, so pages added by anyone are checked without a hand-kept list, and the scripts
 * each page loads (following imports) for the JavaScript budget.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { distPages, type DistPage, type PageKind } from '../../../scripts/distPages';
import { normaliseBase } from '../../../src/site';

export const distDir = resolve(process.env['OUT_DIR'] ?? 'dist');
/** The sub-path the site is built for, always with a trailing slash (`/` or `/russia-ai/`). */
export const basePath = normaliseBase(process.env['BASE'] ?? '/');

export type { PageKind };
export type SitePage = DistPage;

/** Every HTML file in the build, sorted by route. Throws when there is no build. */
export function htmlFiles(): string[] {
  return sitePages().map((page) => page.file);
}

/** Every page of the site: each `index.html` (as its directory URL) and any other HTML file. */
export function sitePages(): SitePage[] {
  return distPages(distDir);
}

/** A test title for a page: `/` for the cover, otherwise `/route`. */
export const label = (page: SitePage): string => `/${page.route}`;

/**
 * JavaScript budget (gzip bytes) per kind of page: the product's 40 KB per chapter, 25 KB per
 * embed. Chapters have 41 KB since stop 63: the font's glyph widths, by which every chart now
 * wraps its labels to the room it has (a third of it had stayed empty), cost the shared story
 * script 0.23 KB, and the chapters had none to spare.
 */
export const JS_BUDGET: Record<PageKind, number> = { chapter: 41 * 1024, embed: 25 * 1024, other: 40 * 1024 };

/** Maps a URL path from the HTML (`/_astro/x.js`, with the base) to a file in the build. */
function fileForUrl(url: string, fromFile: string): string | undefined {
  const clean = url.split(/[?#]/)[0] ?? '';
  if (/^[a-z]+:/i.test(clean) || clean.startsWith('//')) return undefined;
  let path: string;
  if (clean.startsWith('/')) {
    if (!clean.startsWith(basePath)) return undefined;
    path = join(distDir, clean.slice(basePath.length));
  } else {
    path = resolve(dirname(fromFile), clean);
  }
  return existsSync(path) && statSync(path).isFile() ? path : undefined;
}

const gzipped = (text: string | Buffer): number => gzipSync(text, { level: 9 }).length;

export interface ScriptWeight {
  /** Script files the page always loads: entry scripts, island components and renderers, and
   * everything they import statically; relative to the build directory. */
  files: string[];
  /** Those plus every file they can load later (dynamic imports, preload lists). */
  reachable: string[];
  /** Bytes of inline <script> bodies (JSON data blocks excluded). */
  inlineBytes: number;
  /** gzip bytes of `files` (each gzipped on its own) plus the inline scripts gzipped together. */
  gzipBytes: number;
}

/** Static imports in a built ES module: `from "./x.js"`, `import "./x.js"`. */
const STATIC_IMPORT_RE = /(?:\bfrom\s*|\bimport\s*)["']([^"']+\.m?js)["']/g;
/** Any quoted path to a script: dynamic `import("./x.js")` and Vite's preload dependency lists. */
const ANY_SCRIPT_RE = /["'`]([^"'`\s]*?[\w.-]+\.m?js)["'`]/g;

function closure(start: string[], pattern: RegExp, fromDist: boolean): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(pattern)) {
      const url = m[1]!;
      // Vite writes preload lists relative to the site root ("_astro/x.js").
      const next = fileForUrl(url, file) ?? (fromDist && !url.startsWith('.') ? fileForUrl(basePath + url, file) : undefined);
      if (next && !seen.has(next)) queue.push(next);
    }
  }
  return seen;
}

const relativeToDist = (files: Iterable<string>) => [...files].map((f) => relative(distDir, f).split(sep).join(posix.sep)).sort();

/** All JavaScript a page loads (following imports), what it may load later, and its gzip weight. */
export function scriptWeight(htmlFile: string): ScriptWeight {
  const html = readFileSync(htmlFile, 'utf8');
  const entries: string[] = [];
  let inline = '';
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    const src = attrs.match(/\bsrc="([^"]+)"/)?.[1];
    const type = attrs.match(/\btype="([^"]+)"/)?.[1] ?? '';
    if (src) entries.push(src);
    else if (!/json/i.test(type)) inline += m[2] ?? '';
  }
  for (const m of html.matchAll(/\b(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)) entries.push(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)) entries.push(m[1]!);
  // Inline module scripts may import bundled files too.
  for (const m of inline.matchAll(STATIC_IMPORT_RE)) entries.push(m[1]!);

  const start = entries.map((url) => fileForUrl(url, htmlFile)).filter((f): f is string => Boolean(f));
  const always = closure(start, STATIC_IMPORT_RE, false);
  const reachable = closure(start, ANY_SCRIPT_RE, true);
  const gzipBytes = [...always].reduce((sum, f) => sum + gzipped(readFileSync(f)), 0) + (inline ? gzipped(inline) : 0);
  return { files: relativeToDist(always), reachable: relativeToDist(reachable), inlineBytes: Buffer.byteLength(inline), gzipBytes };
}

/** gzip bytes of built files given relative to the build directory. */
export function gzipOfFiles(files: Iterable<string>): number {
  return [...files].reduce((sum, f) => sum + gzipped(readFileSync(join(distDir, f))), 0);
}

/** The Content-Security-Policy a page declares in its `<meta http-equiv>`, as directive -> value. */
export function metaCsp(html: string): Map<string, string> | undefined {
  const content = html.match(/<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i)?.[1];
  if (content === undefined) return undefined;
  const directives = new Map<string, string>();
  for (const part of content.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), values.join(' '));
  }
  return directives;
}
