/**
 * The built site served as a static host would serve it: files from the build output, a
 * directory's index.html, 404.html for anything missing, and the header rules of `_headers`
 * (Netlify / Cloudflare Pages syntax: a path pattern, then indented `Name: value` lines).
 * Used by the embed tests (a frame sandboxed to origin "null" needs the CORS headers that
 * astro preview does not send), by scripts/measureEmbeds.ts and by the bench (scripts/bench/
 * serve.ts, compressed as a production host would).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { COMPRESSIBLE } from '../../../scripts/precompress.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** The file beside a text file that holds it precompressed (scripts/precompress.ts). */
const SUFFIX = { br: '.br', gzip: '.gz' };

export interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

/** Rules of a `_headers` file, in file order; a `*` in a path matches anything. */
export function parseHeaderRules(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const path = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${path}$`), headers: [] });
    } else {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1)?.headers.push([name!.trim(), value.join(':').trim()]);
    }
  }
  return rules;
}

/** The headers every matching rule gives a path (hosts merge all matching rules). */
export function headersFor(rules: HeaderRule[], path: string): [string, string][] {
  return rules.filter((r) => r.pattern.test(path)).flatMap((r) => r.headers);
}

/**
 * A request handler serving `dir` (a build) at `base` ('/' or '/sub/'); with `compress`, text
 * goes to clients that accept it as nginx with `brotli_static`, `gzip_static` and `gzip` would
 * send it: the build's precompressed `.br` or `.gz` beside the file (scripts/precompress.ts),
 * else gzipped on the fly.
 */
export function staticSite(dir = process.env['OUT_DIR'] ?? 'dist', base = (process.env['BASE'] ?? '/').replace(/\/?$/, '/'), { compress = false } = {}) {
  const root = resolve(dir);
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeaderRules(readFileSync(headersFile, 'utf8')) : [];
  return (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let path = decodeURIComponent(url.pathname);
    path = path.startsWith(base) ? `/${path.slice(base.length)}` : '/404.html';
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) file = join(root, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    if (!found) file = join(root, '404.html');
    res.statusCode = found ? 200 : 404;
    res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
    // Hashed assets are immutable (as the nginx example in the README has them): fonts come
    // from the cache after the first page, as they would for a reader.
    res.setHeader('Cache-Control', path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    for (const [name, value] of headersFor(rules, path)) res.setHeader(name, value);
    const accepts = (encoding: string) => new RegExp(`\\b${encoding}\\b`).test(String(req.headers['accept-encoding'] ?? ''));
    // A file sent whole goes with its length, as static hosts send it (not chunked).
    const send = (path: string) => {
      res.setHeader('Content-Length', statSync(path).size);
      createReadStream(path).pipe(res);
    };
    if (!compress || !COMPRESSIBLE.test(file)) return send(file);
    res.setHeader('Vary', 'Accept-Encoding');
    const stored = (['br', 'gzip'] as const).find((encoding) => accepts(encoding) && existsSync(`${file}${SUFFIX[encoding]}`));
    if (stored) {
      res.setHeader('Content-Encoding', stored);
      send(`${file}${SUFFIX[stored]}`);
    } else if (accepts('gzip')) {
      res.setHeader('Content-Encoding', 'gzip');
      createReadStream(file).pipe(createGzip({ level: 9 })).pipe(res);
    } else {
      send(file);
    }
  };
}
