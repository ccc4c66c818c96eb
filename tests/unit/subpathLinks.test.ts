/**
 * The whole site under a sub-path: a build with BASE=/explainer/ has no broken internal link
 * or anchor. Reuses a build from SUBPATH_DIST when the runner made one; otherwise builds once.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../scripts/checkLinks';

const BASE = '/explainer/';
let temp: string | undefined;
afterAll(() => temp && rmSync(temp, { recursive: true, force: true }));

function buildUnderBase(): string {
  const given = process.env['SUBPATH_DIST'];
  if (given && existsSync(join(given, 'index.html'))) return given;
  temp = mkdtempSync(join(tmpdir(), 'subpath-'));
  // Vitest sets BASE_URL=/ in its own environment; Astro would take that over BASE.
  const { BASE_URL: _ignored, ...env } = process.env;
  const result = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: { ...env, BASE, OUT_DIR: join(temp, 'dist'), CACHE_DIR: join(temp, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`build under ${BASE} failed:\n${result.stdout}\n${result.stderr}`);
  return join(temp, 'dist');
}

describe(`a build under ${BASE}`, () => {
  const dist = buildUnderBase();

  it('has no broken internal link or anchor', () => {
    const broken = checkLinks(dist, BASE);
    expect(broken.map((b) => `${b.page}: ${b.href} (${b.reason})`)).toEqual([]);
  });

  it('puts the base into embed snippets, oEmbed, previews, robots and the step deep links', () => {
    const embed = readFileSync(join(dist, 'embed', readFirstChart(dist), 'index.html'), 'utf8');
    expect(embed).toMatch(new RegExp(`href="https?://[^"]+${BASE}oembed/[a-z0-9-]+\\.json"`));
    expect(embed).toMatch(new RegExp(`property="og:image" content="https?://[^"]+${BASE}og/charts/`));
    expect(embed).toMatch(new RegExp(`href="${BASE}chapters/[a-z0-9-]+/#[a-z0-9-]+"`));
    const oembed = JSON.parse(readFileSync(join(dist, 'oembed', `${readFirstChart(dist)}.json`), 'utf8'));
    expect(oembed.html).toContain(`${BASE}embed/`);
    expect(oembed.html).toContain(`${BASE}embed.js`);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`${BASE}sitemap-index.xml`);
  });
});

function readFirstChart(dist: string): string {
  const gallery = readFileSync(join(dist, 'charts', 'index.html'), 'utf8');
  return /href="[^"]*\/embed\/([a-z0-9-]+)\/"/.exec(gallery)![1]!;
}
