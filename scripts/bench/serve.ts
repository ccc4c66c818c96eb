/** Builds the site for the loopback origin and serves the build as a static host would. */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';
import { origin, outDir, port } from './config.ts';

export function build(): void {
  if (process.env['NO_BUILD']) return;
  console.log(`Building into ${outDir} for ${origin}/ ...`);
  const result = spawnSync('npx', ['astro', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    // Canonical URLs must point at the origin being measured, or Lighthouse's SEO audit fails them.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: outDir, SITE: origin, BASE: '/' },
  });
  if (result.status !== 0) throw new Error('astro build failed');
}

/** Header rules from _headers (Netlify / Cloudflare syntax), applied as a static host would. */
function headerRules(): { pattern: RegExp; headers: [string, string][] }[] {
  const file = join(outDir, '_headers');
  if (!existsSync(file)) return [];
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
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

/** A static host on loopback: gzip for text, long caching for hashed assets, _headers rules. */
export function serve(): Promise<Server> {
  const rules = headerRules();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', origin).pathname);
    let file = normalize(join(outDir, path));
    if (!file.startsWith(outDir)) file = join(outDir, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    if (!found) file = join(outDir, '404.html');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    res.statusCode = found ? 200 : 404;
    res.setHeader('Content-Type', type);
    res.setHeader('Cache-Control', path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate');
    for (const rule of rules) if (rule.pattern.test(path)) for (const [name, value] of rule.headers) res.setHeader(name, value);
    if (!existsSync(file)) {
      res.end('Not found');
      return;
    }
    const compressible = /^(text\/|application\/(json|xml)|image\/svg)/.test(type);
    if (compressible && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res.setHeader('Content-Encoding', 'gzip');
      res.setHeader('Vary', 'Accept-Encoding');
      createReadStream(file).pipe(createGzip({ level: 9 })).pipe(res);
    } else {
      createReadStream(file).pipe(res);
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}
