/**
 * Performance benchmark: `npm run bench` (Node 24).
 *
 * Builds the site for its loopback origin, serves the build with gzip and the public/_headers
 * rules, runs Lighthouse (mobile, default simulated throttling) RUNS times on every page and
 * prints the medians against DESIGN.md's budgets; then scrolls through every chapter at 4x CPU
 * slowdown and reports the longest task and the share of slow frames. Writes bench/results.md.
 * Budgets are reported as pass/fail; timings are noisy, so the command does not fail on them.
 *
 * Environment: PORT (default 4173), OUT_DIR (default dist), CHROME_PATH (default
 * /usr/bin/chromium), RUNS (default 3), PAGES (comma-separated route filter, e.g.
 * "chapters/,embed/"), NO_BUILD=1 to measure an existing build. Each page's latest Lighthouse
 * report is kept as JSON in test-results/bench/.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';

const port = Number(process.env['PORT'] ?? 4173);
const origin = `http://127.0.0.1:${port}`;
const outDir = resolve(process.env['OUT_DIR'] ?? 'dist');
const chromePath = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
const runs = Number(process.env['RUNS'] ?? 3);
const filters = (process.env['PAGES'] ?? '').split(',').filter(Boolean);
/** The same no-network flags the browser tests use (playwright.config.ts). */
/** Full Lighthouse reports (JSON, open in the Lighthouse viewer), not committed. */
const reportDir = 'test-results/bench';
const quietFlags = ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

/** DESIGN.md: per page, in a mobile Lighthouse run. */
const BUDGET = { score: 100, lcpMs: 1200, tbtMs: 50, cls: 0.01, longTaskMs: 50, jsKb: { chapter: 40, embed: 25, other: 40 } };

type Kind = 'chapter' | 'embed' | 'other';
interface Page {
  route: string;
  kind: Kind;
}

// ---------------------------------------------------------------------------------------------
// Build and serve

function build(): void {
  if (process.env['NO_BUILD']) return;
  console.log(`Building into ${outDir} for ${origin}/ ...`);
  const result = spawnSync('npx', ['astro', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    // Canonical URLs must point at the origin being measured, or Lighthouse's SEO audit fails them.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: outDir, SITE: origin, BASE: '/' },
  });
  if (result.status !== 0) throw new Error('astro build failed');
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function discoverPages(): Page[] {
  return walk(outDir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => relative(outDir, f).split(sep).join('/'))
    .map((rel) => (rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel))
    .filter((route) => filters.length === 0 || filters.some((f) => route.startsWith(f) || (f === '/' && route === '')))
    .sort()
    .map((route) => ({
      route,
      kind: /^chapters\/[^/]+\/$/.test(route) ? 'chapter' : /^embed\/[^/]+\/$/.test(route) ? 'embed' : 'other',
    }));
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
function serve(): Promise<Server> {
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

// ---------------------------------------------------------------------------------------------
// Lighthouse

interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  jsKb: number;
  totalKb: number;
  failing: string[];
}

async function lighthouseRun(port: number, url: string): Promise<LighthouseRun> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
  // The full report of the latest run of each page, to see why a number is what it is.
  const name = new URL(url).pathname.replace(/^\/|\/$/g, '').replaceAll('/', '_') || 'index';
  mkdirSync(reportDir, { recursive: true });
  writeFileSync(join(reportDir, `${name}.json`), JSON.stringify(lhr));
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const requests = (lhr.audits['network-requests']?.details as { items?: { resourceType?: string; transferSize?: number }[] } | undefined)?.items ?? [];
  const bytes = (filter: (type: string) => boolean) =>
    requests.filter((r) => filter(r.resourceType ?? '')).reduce((sum, r) => sum + (r.transferSize ?? 0), 0) / 1024;
  // Audits that cost a category points, to say why a score is under 100.
  const failing = Object.values(lhr.categories).flatMap((category) =>
    category.auditRefs
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${category.id}:${ref.id}`),
  );
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    jsKb: bytes((t) => t === 'Script'),
    totalKb: bytes(() => true),
    failing,
  };
}

const median = (values: number[]): number => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

interface PageResult extends LighthouseRun {
  page: Page;
  pass: boolean;
  over: string[];
}

function judge(page: Page, r: LighthouseRun): { pass: boolean; over: string[] } {
  const over: string[] = [];
  if (r.performance < BUDGET.score) over.push(`performance ${r.performance}`);
  if (r.accessibility < BUDGET.score) over.push(`accessibility ${r.accessibility}`);
  if (r.bestPractices < BUDGET.score) over.push(`best practices ${r.bestPractices}`);
  if (r.seo < BUDGET.score) over.push(`SEO ${r.seo}`);
  if (r.lcpMs > BUDGET.lcpMs) over.push(`LCP ${(r.lcpMs / 1000).toFixed(2)} s`);
  if (r.tbtMs > BUDGET.tbtMs) over.push(`TBT ${Math.round(r.tbtMs)} ms`);
  if (r.cls > BUDGET.cls) over.push(`CLS ${r.cls.toFixed(3)}`);
  if (r.jsKb > BUDGET.jsKb[page.kind]) over.push(`JS ${r.jsKb.toFixed(1)} KB`);
  return { pass: over.length === 0, over };
}

async function lighthouseAll(pages: Page[]): Promise<PageResult[]> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', ...quietFlags] });
  const results: PageResult[] = [];
  try {
    for (const page of pages) {
      const all: LighthouseRun[] = [];
      for (let i = 0; i < runs; i++) {
        try {
          all.push(await lighthouseRun(chrome.port, `${origin}/${page.route}`));
        } catch (error) {
          console.error(`  /${page.route} run ${i + 1}: ${(error as Error).message}`);
        }
      }
      if (all.length === 0) continue;
      const m = (key: keyof Omit<LighthouseRun, 'failing'>) => median(all.map((r) => r[key]));
      const run: LighthouseRun = {
        performance: m('performance'),
        accessibility: m('accessibility'),
        bestPractices: m('bestPractices'),
        seo: m('seo'),
        lcpMs: m('lcpMs'),
        tbtMs: m('tbtMs'),
        cls: m('cls'),
        jsKb: m('jsKb'),
        totalKb: m('totalKb'),
        failing: [...new Set(all.flatMap((r) => r.failing))],
      };
      const result = { page, ...run, ...judge(page, run) };
      results.push(result);
      console.log(`  /${page.route}  perf ${run.performance}  LCP ${(run.lcpMs / 1000).toFixed(2)} s  TBT ${Math.round(run.tbtMs)} ms  ${result.pass ? 'pass' : `over: ${result.over.join(', ')}`}`);
    }
  } finally {
    chrome.kill();
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// Scroll-through at 4x CPU slowdown

interface ScrollResult {
  route: string;
  longestTaskMs: number;
  longTasks: number;
  frames: number;
  slowFrameShare: number;
  worstFrameMs: number;
}

/** Frames longer than one 60 Hz frame (16.7 ms) plus 1 ms of timer jitter count as slow. */
const SLOW_FRAME_MS = 1000 / 60 + 1;

async function scrollThrough(pages: Page[]): Promise<ScrollResult[]> {
  const browser = await chromium.launch({ executablePath: chromePath, args: quietFlags });
  const results: ScrollResult[] = [];
  try {
    for (const page of pages.filter((p) => p.kind === 'chapter')) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
      const tab = await context.newPage();
      // Installed before any page script, through DevTools (so the page's CSP does not apply).
      await tab.addInitScript(() => {
        const w = window as unknown as { __perf: { tasks: number[]; frames: number[]; recording: boolean } };
        w.__perf = { tasks: [], frames: [], recording: false };
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) if (w.__perf.recording) w.__perf.tasks.push(entry.duration);
        }).observe({ type: 'longtask' });
        let last = 0;
        const frame = (t: number) => {
          if (w.__perf.recording && last) w.__perf.frames.push(t - last);
          last = t;
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
      const cdp = await context.newCDPSession(tab);
      await tab.goto(`${origin}/${page.route}`, { waitUntil: 'load' });
      await tab.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await tab.evaluate(() => {
        (window as unknown as { __perf: { recording: boolean } }).__perf.recording = true;
      });
      // A reader flicking through: wheel steps of 120 px every 50 ms down to the end.
      await tab.mouse.move(195, 400);
      for (let i = 0; i < 400; i++) {
        await tab.mouse.wheel(0, 120);
        await tab.waitForTimeout(50);
        const atEnd = await tab.evaluate(() => scrollY + innerHeight >= document.documentElement.scrollHeight - 2);
        if (atEnd) break;
      }
      await tab.waitForTimeout(500);
      const perf = await tab.evaluate(() => (window as unknown as { __perf: { tasks: number[]; frames: number[] } }).__perf);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await context.close();
      const slow = perf.frames.filter((d) => d > SLOW_FRAME_MS).length;
      const result: ScrollResult = {
        route: page.route,
        longestTaskMs: Math.max(0, ...perf.tasks),
        longTasks: perf.tasks.length,
        frames: perf.frames.length,
        slowFrameShare: perf.frames.length ? slow / perf.frames.length : 0,
        worstFrameMs: Math.max(0, ...perf.frames),
      };
      results.push(result);
      console.log(`  /${page.route}  longest task ${Math.round(result.longestTaskMs)} ms  slow frames ${(result.slowFrameShare * 100).toFixed(1)}%`);
    }
  } finally {
    await browser.close();
  }
  return results;
}

// ---------------------------------------------------------------------------------------------
// Report

function machine(): string {
  let chromeVersion = 'unknown';
  try {
    chromeVersion = execFileSync(chromePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // Reported as unknown.
  }
  const lighthouseVersion = (JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')) as { version: string }).version;
  return [
    `- CPU: ${availableParallelism()} × ${cpus()[0]?.model.trim() ?? 'unknown'} (nproc ${availableParallelism()})`,
    `- Memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- Browser: ${chromeVersion} (headless)`,
    `- Node ${process.version}, Lighthouse ${lighthouseVersion}, ${runs} runs per page, medians shown`,
  ].join('\n');
}

const fmt = {
  s: (ms: number) => (ms / 1000).toFixed(2),
  ms: (ms: number) => String(Math.round(ms)),
  cls: (v: number) => v.toFixed(3),
  kb: (v: number) => v.toFixed(1),
};

function report(lh: PageResult[], scroll: ScrollResult[]): string {
  const lhTable = [
    '| page | perf | a11y | best pr. | SEO | LCP s | TBT ms | CLS | JS KB | total KB | budgets |',
    '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --- |',
    ...lh.map((r) =>
      [
        `/${r.page.route}`,
        r.performance,
        r.accessibility,
        r.bestPractices,
        r.seo,
        fmt.s(r.lcpMs),
        fmt.ms(r.tbtMs),
        fmt.cls(r.cls),
        fmt.kb(r.jsKb),
        fmt.kb(r.totalKb),
        r.pass ? 'pass' : `**fail**: ${r.over.join(', ')}`,
      ].join(' | ').replace(/^/, '| ').replace(/$/, ' |'),
    ),
  ].join('\n');
  const scrollTable = [
    '| chapter | longest task ms | long tasks | frames | frames over 16.7 ms | worst frame ms | budget (no task > 50 ms) |',
    '| --- | --: | --: | --: | --: | --: | --- |',
    ...scroll.map((s) =>
      `| /${s.route} | ${fmt.ms(s.longestTaskMs)} | ${s.longTasks} | ${s.frames} | ${(s.slowFrameShare * 100).toFixed(1)}% | ${fmt.ms(s.worstFrameMs)} | ${s.longestTaskMs > BUDGET.longTaskMs ? '**fail**' : 'pass'} |`,
    ),
  ].join('\n');
  const failing = [...new Set(lh.flatMap((r) => r.failing))].sort();
  const passed = lh.filter((r) => r.pass).length;
  return `# Benchmark results

Measured ${new Date().toISOString()} with \`npm run bench\`.

${machine()}

Budgets (DESIGN.md): every Lighthouse category 100, LCP ≤ ${BUDGET.lcpMs / 1000} s, TBT ≤ ${BUDGET.tbtMs} ms,
CLS ≤ ${BUDGET.cls}, JavaScript ≤ ${BUDGET.jsKb.chapter} KB on a chapter and ≤ ${BUDGET.jsKb.embed} KB on an embed page (transferred,
gzip), no long task over ${BUDGET.longTaskMs} ms while scrolling at 4x CPU slowdown.

## Lighthouse, mobile, simulated throttling (medians of ${runs} runs)

${passed} of ${lh.length} pages within every budget.

${lhTable}

${failing.length ? `Audits that cost points in at least one run: ${failing.map((f) => `\`${f}\``).join(', ')}.` : 'No scored audit failed in any run.'}

## Scroll-through at 4x CPU slowdown (phone viewport, wheel steps of 120 px every 50 ms)

${scrollTable}
`;
}

// ---------------------------------------------------------------------------------------------

build();
const pages = discoverPages();
if (pages.length === 0) throw new Error(`No pages in ${outDir}`);
const server = await serve();
try {
  console.log(`Lighthouse (mobile, ${runs} runs) on ${pages.length} pages at ${origin}/`);
  const lh = await lighthouseAll(pages);
  console.log('Scroll-through at 4x CPU slowdown');
  const scroll = await scrollThrough(pages);
  const markdown = report(lh, scroll);
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.md', markdown);
  console.log(`\n${markdown}\nWritten to bench/results.md`);
} finally {
  server.close();
}
