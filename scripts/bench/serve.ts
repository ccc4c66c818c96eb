/** Builds the site for the loopback origin and serves the build as a static host would. */
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { staticSite } from '../../tests/e2e/support/staticSite.ts';
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

/** A static host on loopback (tests/e2e/support/staticSite.ts): the build's precompressed Brotli or gzip for text (as nginx's brotli_static serves it), long caching for hashed assets, _headers rules. */
export function serve(): Promise<Server> {
  const server = createServer(staticSite(outDir, '/', { compress: true }));
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}
