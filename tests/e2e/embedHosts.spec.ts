/**
 * Our embeds on other people's pages, with the scripts those pages really run. One server
 * plays two origins: http://127.0.0.1:<PORT+10> serves the build as a static host would
 * (tests/e2e/support/staticSite.ts, with public/_headers), and http://localhost:<PORT+10>
 * serves host pages. Each host page holds two frames of one chart at two steps and a third
 * chart far below the fold, sized by one client:
 *
 * - ours: the oEmbed snippets as published (iframe + public/embed.js);
 * - sandboxed: the same snippets in `sandbox="allow-scripts allow-popups ..."` frames (origin "null");
 * - pym.js 1.x's parent (NPR), from node_modules/pym.js, auto-initialised from data-pym-src;
 * - iframe-resizer 4's parent (MIT), from node_modules/iframe-resizer, `iFrameResize({}, 'iframe')`;
 * - Datawrapper's older host script (tests/e2e/fixtures/datawrapper-host.js: see there).
 *
 * At 900, 600 and 320 px each frame must equal its content height within 2 px, without the
 * test scrolling: the frame below the fold is sized before anyone sees it. Then oEmbed
 * consumers (@extractus/oembed-extractor, unfurl.js) resolve a chapter URL by discovery and a
 * step embed URL through the endpoint a serverless function would run (README).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { extract, setProviderList } from '@extractus/oembed-extractor';
import { expect, test, type Page } from '@playwright/test';
import { unfurl } from 'unfurl.js';
import { oembedFileFor } from '../../src/embed/oembedRequest';
import { basePath, distDir } from './support/site';
import { staticSite } from './support/staticSite';
import { builtCharts, formatHeights, measureEmbeds } from '../../scripts/measureEmbeds';

interface OEmbed {
  type: string;
  title: string;
  html: string;
  width: number;
  height: number;
  provider_url: string;
}

const port = Number(process.env['PORT'] ?? 4321) + 10;
const SITE = `http://127.0.0.1:${port}${basePath}`;
const HOST = `http://localhost:${port}`;
const WIDTHS = [900, 600, 320];
const SANDBOX = 'allow-scripts allow-popups allow-popups-to-escape-sandbox';

/** Steps of a chart, in the order its embed page lists them. */
function stepsOf(chart: string): string[] {
  const html = readFileSync(join(distDir, 'embed', chart, 'index.html'), 'utf8');
  return [...html.matchAll(/data-embed-step="([^"]*)"/g)].map((m) => m[1]!).filter(Boolean);
}

const charts = existsSync(join(distDir, 'embed'))
  ? [...readFileSync(join(distDir, 'charts', 'index.html'), 'utf8').matchAll(/href="[^"]*\/embed\/([a-z0-9-]+)\/"/g)].map((m) => m[1]!)
  : [];
/** A chart with two steps, shown twice, and another chart for the frame below the fold. */
const twoSteps = charts.find((c) => stepsOf(c).length >= 2) ?? '';
const [stepA = '', stepB = ''] = twoSteps ? stepsOf(twoSteps) : [];
const other = charts.find((c) => c !== twoSteps) ?? '';
const production = (): string => (JSON.parse(readFileSync(join(distDir, 'oembed', `${other}.json`), 'utf8')) as OEmbed).provider_url;

function oembedFile(name: string): OEmbed {
  return JSON.parse(readFileSync(join(distDir, 'oembed', `${name}.json`), 'utf8')) as OEmbed;
}

/** The published snippet, pointed at the local site instead of the production one. */
const snippet = (name: string) => oembedFile(name).html.replaceAll(production(), SITE);

const page = (title: string, frames: string[], tail = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width"><title>${title}</title>
<style>body{margin:0;font-family:sans-serif}h1{margin:8px}section{margin:0 0 24px}.fold{height:1700px;background:#eee}</style></head>
<body><h1>${title}</h1><section>${frames[0]}</section><section>${frames[1]}</section><div class="fold">Far below the fold:</div>
<section>${frames[2]}</section>${tail}</body></html>`;

const frameSrcs = () => [`${SITE}embed/${twoSteps}/?step=${stepA}`, `${SITE}embed/${twoSteps}/?step=${stepB}`, `${SITE}embed/${other}/`];

const hostPages: Record<string, () => string> = {
  ours: () => page('Our snippets', [snippet(`${twoSteps}/${stepA}`), snippet(`${twoSteps}/${stepB}`), snippet(other)]),
  sandboxed: () =>
    page(
      'Sandboxed frames',
      [snippet(`${twoSteps}/${stepA}`), snippet(`${twoSteps}/${stepB}`), snippet(other)].map((s) => s.replace('<iframe ', `<iframe sandbox="${SANDBOX}" `)),
    ),
  pym: () =>
    page(
      'pym.js parent',
      frameSrcs().map((src) => `<div data-pym-src="${src}" data-pym-title="Chart"></div>`),
      '<script src="/vendor/pym.v1.min.js"></script>',
    ),
  'iframe-resizer': () =>
    page(
      'iframe-resizer 4 parent',
      frameSrcs().map((src) => `<iframe src="${src}" title="Chart" style="width:100%;border:0"></iframe>`),
      "<script src=\"/vendor/iframeResizer.min.js\"></script><script>iFrameResize({}, 'iframe')</script>",
    ),
  datawrapper: () =>
    page(
      'Datawrapper host script',
      frameSrcs().map((src) => `<iframe src="${src}" title="Chart" style="width:100%;border:0" height="400"></iframe>`),
      '<script src="/vendor/datawrapper.js"></script>',
    ),
};

const vendor: Record<string, string> = {
  '/vendor/pym.v1.min.js': 'node_modules/pym.js/dist/pym.v1.min.js',
  '/vendor/iframeResizer.min.js': 'node_modules/iframe-resizer/js/iframeResizer.min.js',
  '/vendor/datawrapper.js': existsSync('tests/e2e/fixtures/vendor/datawrapper-embed.js') ? 'tests/e2e/fixtures/vendor/datawrapper-embed.js' : 'tests/e2e/fixtures/datawrapper-host.js',
};

/** The serverless endpoint of the README, run here as a platform would: ?url=&maxwidth= -> file. */
function endpoint(site: (req: IncomingMessage, res: ServerResponse) => void, req: IncomingMessage, res: ServerResponse) {
  const query = new URL(req.url ?? '/', SITE).searchParams;
  const given = (query.get('url') ?? '').replace(production(), SITE);
  const file = oembedFileFor(SITE, given, Number(query.get('maxwidth')) || undefined);
  if (!file) {
    res.writeHead(404).end();
    return;
  }
  req.url = file;
  site(req, res);
}

let server: Server | undefined;

// Widths are set here: desktop only.
test.describe('embeds on host pages of another origin', { tag: '@desktop' }, () => {
  // One server on one port: run this file's tests in one worker, in order.
  test.describe.configure({ mode: 'serial' });

  test.beforeAll(async () => {
    expect(twoSteps, 'a chart with two steps').not.toBe('');
    const site = staticSite(distDir, basePath);
    server = createServer((req, res) => {
      const host = req.headers.host ?? '';
      const path = new URL(req.url ?? '/', HOST).pathname;
      if (host.startsWith('localhost')) {
        const name = path.replace(/^\/|\.html$/g, '');
        if (hostPages[name]) res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(hostPages[name]());
        else if (vendor[path]) res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(readFileSync(vendor[path]));
        else res.writeHead(204).end(); // favicon and the like: no 404 noise in the console
      } else if (path === `${basePath}oembed`) endpoint(site, req, res);
      else site(req, res);
    });
    await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
  });

  test.afterAll(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    server = undefined;
  });

  /** [iframe height, height of the document inside it] for each frame of the host page. */
  async function measure(host: Page): Promise<[number, number][]> {
    const frames = host.locator('iframe');
    const result: [number, number][] = [];
    for (let i = 0; i < (await frames.count()); i++) {
      const outer = await frames.nth(i).evaluate((el) => el.getBoundingClientRect().height);
      const frame = await (await frames.nth(i).elementHandle())?.contentFrame();
      const inner = frame ? await frame.evaluate(() => document.documentElement.getBoundingClientRect().height).catch(() => -1) : -1;
      result.push([Math.round(outer), Math.round(inner)]);
    }
    return result;
  }

  for (const name of Object.keys(hostPages)) {
    test(`${name}: every frame fits its content at ${WIDTHS.join(', ')} px, the one below the fold too`, async ({ page: host }) => {
      test.setTimeout(60_000);
      const problems: string[] = [];
      host.on('console', (msg) => ['error', 'warning'].includes(msg.type()) && problems.push(`${msg.type()}: ${msg.text()}`));
      host.on('pageerror', (err) => problems.push(err.message));
      await host.setViewportSize({ width: WIDTHS[0]!, height: 900 });
      await host.goto(`${HOST}/${name}.html`);
      await expect(host.locator('iframe')).toHaveCount(3);
      const [top, viewport] = await host.locator('iframe').nth(2).evaluate((el) => [el.getBoundingClientRect().top, innerHeight]);
      expect(top, 'the third frame starts far below the fold').toBeGreaterThan(viewport! + 1000);
      for (const width of WIDTHS) {
        await host.setViewportSize({ width, height: 900 });
        await expect
          .poll(async () => (await measure(host)).every(([outer, inner]) => inner > 100 && Math.abs(outer - inner) <= 2), {
            message: `${name} at ${width}px: ${JSON.stringify(await measure(host))}`,
            timeout: 15_000,
          })
          .toBe(true);
        const settled = await measure(host);
        // Two steps of one chart are two frames with their own heights.
        expect(await host.evaluate(() => scrollY), 'nothing scrolled the host').toBe(0);
        console.log(`${name} ${width}px: ${settled.map(([o, i]) => `${o}/${i}`).join(', ')}`);
      }
      if (name === 'ours') {
        // Stays put (no loop), and forged or malformed messages from the host itself change nothing.
        const before = await measure(host);
        await host.evaluate(async (chart) => {
          // Messages to one window arrive in order: once a marker posted after the forged ones
          // has arrived, they have been handled; two frames later any resize they caused is laid out.
          const handled = new Promise((done) => addEventListener('message', (e) => e.data?.type === 'test:handled' && done(null)));
          window.postMessage({ type: 'russia-ai:embed-height', chart, height: 1234 }, '*');
          window.postMessage({ type: 'russia-ai:embed-height', chart, height: '99999' }, '*');
          window.postMessage('{"type":"russia-ai:embed-height","height":777}', '*');
          window.postMessage({ type: 'test:handled' }, '*');
          await handled;
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        }, twoSteps);
        expect(await measure(host)).toEqual(before);
      }
      if (name === 'sandboxed') {
        // Fonts load under origin "null" (CORS headers from public/_headers).
        const frame = await (await host.locator('iframe').first().elementHandle())!.contentFrame();
        expect(await frame!.evaluate(() => origin)).toBe('null');
        expect(await frame!.evaluate(() => [...document.fonts].some((f) => f.family.startsWith('Source Sans 3') && f.status === 'loaded'))).toBe(true);
      }
      // iframe-resizer's parent posts its init to every frame as it starts, before they load
      // ("We have to call trigger twice"), and Chromium warns about the blank frames: its own.
      const startup = /^warning: Failed to execute 'postMessage' on 'DOMWindow': The target origin provided \('[^']+'\) does not match the recipient window's origin \('http:\/\/localhost:\d+'\)/;
      expect(problems.filter((p) => !(name === 'iframe-resizer' && startup.test(p)))).toEqual([]);
    });
  }

  test('the heights snippets reserve (src/embed/heights.json) are the embeds measured now', async ({ page: site }) => {
    test.setTimeout(180_000);
    const now = formatHeights(await measureEmbeds(site, SITE, builtCharts(distDir)));
    // Stale after a change to a chart, its text or the embed's styles: `npx node scripts/measureEmbeds.ts`.
    expect(now, 'run `npx node scripts/measureEmbeds.ts` after `npm run build` and commit src/embed/heights.json').toBe(readFileSync('src/embed/heights.json', 'utf8'));
  });

  // A host that strips scripts keeps the snippet's 640 px height whatever width it gives the
  // frame: wider, the chart is drawn as at 640 (at 760 px a wider drawing had been cut by up to
  // 120 px, its link back first).
  test('wider than 640 px, every embed step is exactly as tall as the snippet reserves', async ({ page: site }) => {
    test.setTimeout(180_000);
    const reserved = JSON.parse(readFileSync('src/embed/heights.json', 'utf8')) as Record<string, Record<string, Record<string, number>>>;
    const wide = await measureEmbeds(site, SITE, builtCharts(distDir), [760, 1280]);
    const off = Object.entries(wide).flatMap(([chart, steps]) =>
      Object.entries(steps).flatMap(([step, byWidth]) =>
        Object.entries(byWidth)
          .filter(([, height]) => Math.abs(height - reserved[chart]![step]!['640']!) > 1)
          .map(([width, height]) => `${chart} ${step || '(overview)'} at ${width} px: ${height} px, reserves ${reserved[chart]![step]!['640']}`),
      ),
    );
    expect(off).toEqual([]);
  });

  test('oEmbed consumers resolve a chapter URL by discovery and a step embed URL by endpoint', async () => {
    const prod = production();
    /** DNS for the test: the production origin is this server. */
    const local = (url: string | URL) => fetch(String(url).replace(prod, SITE));
    const chapterHtml = readFileSync(join(distDir, 'index.html'), 'utf8');
    const slug = /href="[^"]*\/chapters\/([a-z0-9-]+)\/"/.exec(chapterHtml)![1]!;
    const chapterUrl = `${prod}chapters/${slug}/`;
    const title = /<h1[^>]*>([^<]+)<\/h1>/.exec(readFileSync(join(distDir, 'chapters', slug, 'index.html'), 'utf8'))![1]!;

    // The link readers copy: discovery from the chapter page finds its lead chart.
    const found = (await extract(chapterUrl, {}, local)) as unknown as OEmbed;
    expect(found.type).toBe('rich');
    expect(found.title).toBe(title);
    expect(found.html).toMatch(/<iframe src="[^"]+\/embed\/[a-z0-9-]+\/\?step=[a-z0-9-]+" [^>]*height="\d+"/);
    const unfurled = await unfurl(chapterUrl, { fetch: local as never });
    expect(unfurled.oEmbed?.type).toBe('rich');
    expect((unfurled.oEmbed as { html?: string }).html).toBe(found.html);
    expect(unfurled.twitter_card.images[0]?.alt).toBeTruthy();

    // A step embed URL, through the endpoint a CMS is configured with, at a narrow width.
    setProviderList([{ provider_name: "Russia's AI gamble", provider_url: prod, endpoints: [{ schemes: [`${prod}embed/*`, `${prod}chapters/*`], url: `${prod}oembed` }] }]);
    const stepUrl = `${prod}embed/${twoSteps}/?step=${stepB}`;
    const step = (await extract(stepUrl, { maxwidth: 400 }, local)) as unknown as OEmbed;
    const heights = JSON.parse(readFileSync('src/embed/heights.json', 'utf8')) as Record<string, Record<string, Record<string, number>>>;
    expect(step.width).toBe(320);
    expect(step.height).toBe(heights[twoSteps]![stepB]!['320']);
    expect(step.html).toContain(`/embed/${twoSteps}/?step=${stepB}"`);
    expect(step.html).toContain(`height="${step.height}"`);
    const wide = (await extract(stepUrl, { maxwidth: 1000 }, local)) as unknown as OEmbed;
    expect([wide.width, wide.height]).toEqual([640, heights[twoSteps]![stepB]!['640']]);

    // CORS for browser consumers and for fonts in sandboxed frames, as public/_headers serves them.
    const json = await fetch(`${SITE}oembed/${twoSteps}/${stepB}.json`);
    expect(json.headers.get('access-control-allow-origin')).toBe('*');
    const font = /\/_astro\/fonts\/[^")]+\.woff2/.exec(readFileSync(join(distDir, 'embed', twoSteps, 'index.html'), 'utf8'))?.[0];
    expect(font, 'an embed page names its font files').toBeTruthy();
    expect((await fetch(new URL(font!, SITE))).headers.get('access-control-allow-origin')).toBe('*');
  });
});
