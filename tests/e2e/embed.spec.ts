/**
 * Link, share and embed. Charts and steps are found in the built site at run time, never
 * listed here. Embeds on host pages of another origin: embedHosts.spec.ts.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { test as plain, type Page } from '@playwright/test';
import { test, expect, nearIslandsHydrated } from './support/story';
import { smallestChartText } from './support/chartText';
import { shot, wantShots } from './support/shots';
import { basePath, label, sitePages } from './support/site';

const SHOTS = 'test-results/embed';

interface OEmbed {
  version: string;
  type: string;
  title: string;
  html: string;
  width: number;
  height: number;
  provider_name: string;
  provider_url: string;
}

/** Chart ids as the gallery lists them (every chart of the story). */
async function chartIds(page: Page): Promise<string[]> {
  const response = await page.request.get('charts/');
  expect(response.status()).toBe(200);
  const html = await response.text();
  return [...new Set([...html.matchAll(/href="[^"]*\/embed\/([a-z0-9-]+)\/"/g)].map((m) => m[1]!))];
}

/** The server-rendered (default) step and state of an embed, and every step of its chart. */
async function embedDefaults(page: Page, chart: string) {
  const html = await (await page.request.get(`embed/${chart}/`)).text();
  // The overview's view has an empty step id, which the HTML writes as a bare attribute.
  const views = [...html.matchAll(/<div class="embed-view[^"]*" data-embed-step(?:="([^"]*)")?[^>]*?( hidden)?>[\s\S]*?data-state-name="([^"]*)"/g)].map((m) => ({
    id: m[1] ?? '',
    state: m[3]!,
    hidden: Boolean(m[2]),
  }));
  const shown = views.find((v) => !v.hidden)!;
  return { step: shown.id, stateName: shown.state, steps: views };
}

/** The figure an embed page shows (the others wait, hidden, for their ?step=). */
const shownFigure = (page: Page, chart: string) => page.locator(`.embed-view:not([hidden]) figure[data-chart="${chart}"]`);

// One viewport is enough for these.
test.describe('embed pages', { tag: '@desktop' }, () => {
  test('junk parameters give the default state with no error; ?step and ?theme apply', async ({ page }) => {
    const [chart] = await chartIds(page);
    const defaults = await embedDefaults(page, chart!);
    const figure = shownFigure(page, chart!);
    for (const junk of ['?step=no-such-step&theme=purple', '?step=%E0%A4%A&theme=', '?step[]=x&&=&theme=dark%00', '?step=<script>alert(1)</script>']) {
      await page.goto(`embed/${chart}/${junk}`);
      await expect(figure).toHaveAttribute('data-state', defaults.step);
      await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
      await expect(figure.locator('svg:visible')).toHaveCount(1);
    }
    const other = defaults.steps.find((s) => s.id !== defaults.step) ?? defaults.steps[0]!;
    await page.goto(`embed/${chart}/?step=${other.id}&theme=dark`);
    await expect(figure).toHaveAttribute('data-state', other.id);
    await expect(figure).toHaveAttribute('data-state-name', other.state);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('link', { name: /Read it in context/ })).toHaveAttribute('href', new RegExp(`/chapters/[a-z-]+/#${other.id}$`));
  });

  test("a chart with an overview opens on it: the whole chart with no step's emphasis or note, and a dek of its own", async ({ page }) => {
    let overviews = 0;
    for (const chart of await chartIds(page)) {
      const defaults = await embedDefaults(page, chart);
      if (defaults.step !== '') continue;
      const steps = defaults.steps.filter((s) => s.id !== '');
      if (!steps.length) continue; // a chart no step shows yet: its first state, nothing to compare
      overviews += 1;
      await page.goto(`embed/${chart}/`);
      const figure = shownFigure(page, chart);
      await expect(figure).toHaveAttribute('data-state-name', defaults.stateName);
      await expect(figure.locator('.highlighted'), `${chart}: no mark emphasised`).toHaveCount(0);
      await expect(figure.locator('.chart-note, .note'), `${chart}: no step's note`).toHaveCount(0);
      const dek = await figure.locator('.chart-summary').first().innerText();
      // The last step's view, as embeds once opened on: its own dek and its emphasis.
      const last = steps.at(-1)!;
      await page.goto(`embed/${chart}/?step=${last.id}`);
      await expect(figure).toHaveAttribute('data-state', last.id);
      await expect(figure.locator('.chart-summary').first()).not.toHaveText(dek);
      await expect(page.getByRole('link', { name: /Read it in context/ })).toHaveAttribute('href', new RegExp(`#${last.id}$`));
    }
    expect(overviews, 'charts with an overview').toBeGreaterThanOrEqual(5);
  });

  test('an embed page has title, source line, back link, noindex, canonical and oEmbed discovery', async ({ page }) => {
    test.setTimeout(120_000); // every chart, one after another
    for (const chart of await chartIds(page)) {
      await page.goto(`embed/${chart}/`);
      const figure = shownFigure(page, chart);
      await expect(figure.locator('.chart-title')).not.toBeEmpty();
      await expect(figure.locator('.chart-source')).toContainText('Source');
      // Back to the chart's step in its chapter (a chart no written step shows yet: the chapter, or the cover).
      const back = await page.getByRole('link', { name: /Read it in context/ }).getAttribute('href');
      expect(back).toMatch(/\/(chapters\/[a-z-]+\/(#[a-z0-9-]+)?)?$/);
      expect((await page.request.get(back!.replace(/#.*/, ''))).status(), `back link ${back}`).toBe(200);
      if (back!.includes('#')) expect(await (await page.request.get(back!)).text()).toContain(`id="${back!.split('#')[1]}"`);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/(chapters\/[a-z-]+\/)?$/);
      const discovery = await page.locator('link[type="application/json+oembed"]').getAttribute('href');
      expect(discovery).toMatch(new RegExp(`/oembed/${chart}\\.json$`));
      // Nothing in an embed may take its height from the viewport: that is what makes loops.
      const tall = await page.evaluate(() => {
        const offenders: string[] = [];
        const h = innerHeight;
        for (const el of [document.documentElement, document.body, ...document.body.querySelectorAll('*')]) {
          const box = el.getBoundingClientRect();
          if (box.height >= h - 1 && box.height > 0 && Math.abs(box.height - h) < 1) offenders.push(el.tagName);
        }
        return offenders;
      });
      expect(tall, 'elements exactly as tall as the viewport').toEqual([]);
    }
  });

  test('the embed page loads at most 25 KB of gzipped JavaScript', async ({ page }) => {
    const [chart] = await chartIds(page);
    const scripts: Promise<Buffer>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.body());
    });
    await page.goto(`embed/${chart}/`);
    await page.waitForLoadState('networkidle');
    const inline = await page.locator('script:not([src]):not([type="application/ld+json"])').evaluateAll((els) => els.map((e) => e.textContent ?? '').join('\n'));
    const bodies = await Promise.all(scripts);
    const bytes = bodies.reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0) + gzipSync(inline, { level: 9 }).length;
    console.log(`embed JS: ${(bytes / 1024).toFixed(1)} KB gzip (${bodies.length} files + inline)`);
    // The measurement must include the embed's own script, inlined or not.
    expect([inline, ...bodies.map(String)].join('\n')).toContain('datawrapper-height');
    expect(bytes).toBeLessThanOrEqual(25 * 1024);
  });

  // A 320 px phone had shown the 320 px drawing shrunk into its 288 px frame: 10.8 px text.
  test('an embed never draws chart text below 12 px, from a 320 px phone to a desktop', async ({ page }) => {
    const small: string[] = [];
    for (const chart of await chartIds(page)) {
      await page.goto(`embed/${chart}/`);
      for (const width of [320, 375, 414, 431, 432, 600, 632, 1000]) {
        await page.setViewportSize({ width, height: 800 });
        const least = await smallestChartText(shownFigure(page, chart).locator('svg:visible'));
        if (least < 11.95) small.push(`${chart} at ${width} px: ${least.toFixed(1)} px`);
      }
    }
    expect(small).toEqual([]);
  });

  test('oEmbed JSON of every chart validates', async ({ page }) => {
    for (const chart of await chartIds(page)) {
      const response = await page.request.get(`oembed/${chart}.json`);
      expect(response.status()).toBe(200);
      const doc = (await response.json()) as OEmbed;
      expect(doc.version).toBe('1.0');
      expect(doc.type).toBe('rich');
      for (const key of ['title', 'html', 'provider_name', 'provider_url'] as const) expect(typeof doc[key], key).toBe('string');
      expect(Number.isInteger(doc.width) && doc.width > 0).toBe(true);
      expect(Number.isInteger(doc.height) && doc.height > 0).toBe(true);
      expect(doc.html).toMatch(new RegExp(`<iframe src="https?://[^"]+/embed/${chart}/" title="[^"]+" loading="lazy"[^>]* height="${doc.height}"`));
      expect(doc.html).toMatch(/<script async src="https?:\/\/[^"]+\/embed\.js"><\/script>/);
    }
  });
});

plain('an unknown chart id gives the clear not-found page', { tag: '@desktop' }, async ({ page }) => {
  const response = await page.goto('embed/no-such-chart-at-all/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: /Every chart/ })).toBeVisible();
});

test.describe('copy buttons', () => {
  test('"Copy link to this step" copies the step URL and announces it', async ({ page, context, baseURL, story }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    await page.goto('./');
    const chapterHref = await page.locator('a[href*="/chapters/"]').first().getAttribute('href');
    const slug = /\/chapters\/([a-z-]+)\//.exec(chapterHref!)![1]!;
    await story.gotoChapter(slug);
    const steps = await story.steps();
    const target = steps[1] ?? steps[0]!;
    await story.scrollToStep(target.id);
    await expect(page.locator(`[data-step="${target.id}"]`).getByRole('button', { name: 'Copy link to this step' })).toBeVisible();
    // The label says "Copied" for a moment, so hold on to the button by its stable hook.
    const button = page.locator(`button[data-copy-step="${target.id}"]`);
    await button.focus();
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-copy-status]')).toHaveText('Link to this step copied.');
    await expect(button).toContainText('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(new URL(`chapters/${slug}/#${target.id}`, baseURL).href);
    // The copied link opens at that step, in its state.
    await page.goto(copied);
    await nearIslandsHydrated(page);
    await expect(story.liveFigure(target.id)).toHaveAttribute('data-state', target.id);
  });

  test('without JavaScript the copy buttons are hidden, and the embed still shows its default chart', { tag: '@desktop' }, async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto('charts/');
    await expect(page.locator('button[data-copy-from]').first()).toBeHidden();
    const [chart] = await chartIds(page);
    await page.goto(`embed/${chart}/`);
    await expect(shownFigure(page, chart!).locator('svg:visible')).toHaveCount(1);
    await context.close();
  });

  test('the gallery copies an embed snippet', { tag: '@desktop' }, async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseURL!).origin });
    await page.goto('charts/');
    const [chart] = await chartIds(page);
    await page.getByRole('button', { name: /Copy embed code/ }).first().click();
    await expect(page.locator('[data-copy-status]')).toHaveText('Embed code copied.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`/embed/${chart}/`);
    expect(copied).toMatch(/<iframe [^>]*title="[^"]+"[^>]*loading="lazy"/);
  });
});

// Pictures for a person to look at, nothing asserted: only with SHOTS=1; sizes set per shot.
test.describe('screenshots', { tag: '@desktop' }, () => {
  if (!wantShots) return;
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 800 }]] as const) {
      test(`gallery and an embed, ${name}, ${scheme}`, async ({ page }) => {
        test.setTimeout(90_000); // three full pages, the gallery the longest of the site
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: scheme });
        const [chart] = await chartIds(page);
        await page.goto('charts/');
        await shot(page, `${SHOTS}/gallery-${name}-${scheme}.png`, { fullPage: true });
        await page.goto(`embed/${chart}/`);
        await shot(page, `${SHOTS}/embed-${name}-${scheme}.png`, { fullPage: true });
        // A step with its "Copy link to this step" button.
        await page.goto('./');
        const chapter = await page.locator('a[href*="/chapters/"]').first().getAttribute('href');
        await page.goto(chapter!);
        const button = page.locator('button[data-copy-step]').first();
        await button.scrollIntoViewIfNeeded();
        await shot(page.locator('[data-step]').first(), `${SHOTS}/step-link-${name}-${scheme}.png`);
      });
    }
  }
});

plain('every page describes its preview image (og:image:alt, twitter:image:alt)', { tag: '@desktop' }, () => {
  const missing: string[] = [];
  for (const page of sitePages()) {
    const html = readFileSync(page.file, 'utf8');
    if (!/<meta property="og:image"/.test(html)) continue;
    for (const tag of ['property="og:image:alt"', 'name="twitter:image:alt"']) {
      if (!new RegExp(`<meta ${tag} content="[^"]{20,}"`).test(html)) missing.push(`${label(page)}: ${tag}`);
    }
  }
  expect(missing).toEqual([]);
});

plain('chapters advertise an oEmbed response of their lead chart; every step and width has its file', { tag: '@desktop' }, async ({ request }) => {
  const chapters = sitePages().filter((p) => p.kind === 'chapter');
  expect(chapters.length).toBeGreaterThan(0);
  for (const chapter of chapters) {
    const html = readFileSync(chapter.file, 'utf8');
    const links = [...html.matchAll(/<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/g)].map((m) => m[1]!);
    expect(links, label(chapter)).toHaveLength(1);
    const path = new URL(links[0]!).pathname.replace(basePath, '');
    expect(path).toBe(`oembed/${chapter.route.replace(/\/$/, '')}.json`);
    const doc = (await (await request.get(path)).json()) as OEmbed;
    expect(doc.title).toBe(/<h1[^>]*>([^<]+)<\/h1>/.exec(html)![1]);
    expect(doc.html).toMatch(/\/embed\/[a-z0-9-]+\/\?step=[a-z0-9-]+"/);
  }
  // The gallery advertises none (consumers would take the first of 17).
  expect(readFileSync(sitePages().find((p) => p.route === 'charts/')!.file, 'utf8')).not.toContain('application/json+oembed" href');
  // One response per chart step, at each measured width, with that step's measured height.
  const heights = JSON.parse(readFileSync('src/embed/heights.json', 'utf8')) as Record<string, Record<string, Record<string, number>>>;
  for (const [chart, steps] of Object.entries(heights)) {
    for (const [step, byWidth] of Object.entries(steps)) {
      if (!step) continue;
      for (const width of ['320', '440', '600', '640']) {
        const doc = (await (await request.get(`oembed/${width === '640' ? '' : `w${width}/`}${chart}/${step}.json`)).json()) as OEmbed;
        expect([doc.width, doc.height], `${chart}/${step} at ${width}`).toEqual([Number(width), byWidth[width]]);
        expect(doc.html).toContain(`/embed/${chart}/?step=${step}"`);
      }
    }
  }
});

// Auto-height on host pages of another origin, with the real host scripts: embedHosts.spec.ts.
