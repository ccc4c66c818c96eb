// @ts-check
import { defineConfig, fontProviders } from 'astro/config';
import svelte from '@astrojs/svelte';
import sitemap from '@astrojs/sitemap';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { narrowCsp, rewriteHtmlInDir } from './scripts/narrowCsp.ts';
import { precompress } from './scripts/precompress.ts';
import { pruneUnusedCss } from './src/lib/pruneCss.ts';
import { stripComments } from './src/lib/stripComments.ts';
import { stableIslandIds } from './src/lib/stableIslandIds.ts';
import { skipReexports } from './src/lib/skipReexports.ts';

/**
 * The font subsets scripts/subsetFonts.ts wrote: family, style, weight, file, unicode-range.
 * @type {{ family: string; style: 'normal' | 'italic'; weight: string; file: string; unicodeRange: string }[]}
 */
const fontSubsets = JSON.parse(readFileSync(new URL('./src/fonts/fonts.json', import.meta.url), 'utf8'));

/** One local font variant per subset and weight of a family (the sans's 400-700 axis, the serif's 400 and 700), with its unicode-range. */
function subsetVariants(/** @type {string} */ family) {
  const variants = fontSubsets
    .filter((entry) => entry.family === family)
    .map((entry) => ({
      src: /** @type {[string]} */ ([`./src/fonts/${entry.file}`]),
      weight: entry.weight,
      style: entry.style,
      display: /** @type {const} */ ('optional'),
      unicodeRange: /** @type {[string, ...string[]]} */ (entry.unicodeRange.split(', ')),
    }));
  const [first, ...rest] = variants;
  if (!first) throw new Error(`No font subsets for ${family} in src/fonts/fonts.json: run npx node scripts/subsetFonts.ts`);
  return /** @type {[typeof first, ...typeof rest]} */ ([first, ...rest]);
}

// SITE and BASE let the same build serve from a domain root or a sub-path
// (GitHub Pages, a university server): every link goes through `import.meta.env.BASE_URL`.
const site = process.env.SITE ?? 'https://russia-ai.example.org';
const base = process.env.BASE ?? '/';

export default defineConfig({
  site,
  base,
  // OUT_DIR and CACHE_DIR let several builds run side by side (tests of a base-path build).
  outDir: process.env.OUT_DIR ?? './dist',
  cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  output: 'static',
  integrations: [
    svelte(),
    // client:near: a scrolly island hydrates when its section nears the viewport.
    {
      name: 'client-near',
      hooks: {
        'astro:config:setup': ({ addClientDirective }) =>
          addClientDirective({ name: 'near', entrypoint: './src/client/nearDirective.ts' }),
      },
    },
    // A page's islands are numbered in order, not named by a hash of the checkout's path
    // (src/lib/stableIslandIds.ts: a commit builds the same bytes anywhere). It drops its
    // comments outside islands (src/lib/stripComments.ts) and the CSS of components neither it
    // nor its islands' scripts draw; its islands skip files that only re-export a chunk
    // (src/lib/skipReexports.ts); then each page's CSP lists only its own inline scripts' and
    // styles' hashes (Astro lists the site's).
    {
      name: 'prune-css-narrow-csp',
      hooks: {
        'astro:build:done': ({ dir }) => {
          const root = fileURLToPath(dir);
          const scripts = new Map();
          /** @param {string} url a script's URL on the site, under BASE */
          const read = (url) => {
            if (!scripts.has(url)) scripts.set(url, readFileSync(join(root, url.slice(base.replace(/\/$/, '').length)), 'utf8'));
            return scripts.get(url);
          };
          rewriteHtmlInDir(root, (html) => narrowCsp(skipReexports(pruneUnusedCss(stripComments(stableIslandIds(html)), read), read)));
        },
      },
    },
    // Embeds are noindex (their chapter is canonical) and the not-found page is no page.
    sitemap({ filter: (page) => !/\/(embed\/|404\/?$)/.test(new URL(page).pathname) }),
    // Last: .br and .gz beside every text file, for hosts that serve them (scripts/precompress.ts).
    {
      name: 'precompress',
      hooks: {
        'astro:build:done': async ({ dir, logger }) => logger.info(`precompressed ${await precompress(fileURLToPath(dir))} files (.br, .gz)`),
      },
    },
  ],
  build: { inlineStylesheets: 'always' },
  // Hashes for every inline script and style (no 'unsafe-inline'), plus a same-origin default
  // for everything else. frame-ancestors cannot go in a <meta>: it is in public/_headers.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
    },
  },
  // Self-hosted fonts: subsets of the fontsource variable fonts cut by scripts/subsetFonts.ts
  // to the characters the site uses (sans: weight axis 400-700; serif: 400 and 700), one @font-face per script with its
  // unicode-range, so a page downloads the Cyrillic or Greek subset only when it sets such text.
  // Nothing loads from a CDN, and Astro generates metric-matched local fallbacks from the fonts'
  // own metrics; src/components/WebFonts.astro replaces them with measured ones, one per weight.
  // font-display: optional: a late font is skipped for that page view (and cached for the next)
  // rather than swapped in, which would rewrap lines (issue 18 measured the swap).
  fonts: [
    {
      provider: fontProviders.local(),
      name: 'Source Serif 4',
      cssVariable: '--font-source-serif',
      fallbacks: ['Georgia', 'serif'],
      options: { variants: subsetVariants('Source Serif 4') },
    },
    {
      provider: fontProviders.local(),
      name: 'Source Sans 3',
      cssVariable: '--font-source-sans',
      fallbacks: ['Arial', 'sans-serif'],
      options: { variants: subsetVariants('Source Sans 3') },
    },
  ],
  // The scroll engine, the chart frame, the Svelte runtime and its Astro renderer go in one
  // chunk: every chapter needs all of them, and one file compresses better than a dozen small
  // ones (JS budget).
  vite: {
    // Our cut of Astro's client renderer for Svelte (src/client/svelteRenderer.ts says why).
    resolve: { alias: [{ find: /^@astrojs\/svelte\/client\.js$/, replacement: fileURLToPath(new URL('./src/client/svelteRenderer.ts', import.meta.url)) }] },
    build: {
      rolldownOptions: {
        output: {
          // V8's explicit compile hint on the islands' code, which runs as its island mounts: the
          // functions are compiled while the file streams in, off the main thread, rather than
          // one by one as the mount first calls them (160 ms of a phone's first scroll at 4x CPU,
          // issue 18; the sanctions chapter's map and squares: 52-56 ms of main-thread compile in
          // its scroll-through, 13-14 with it). After minification, which would drop the comment.
          postBanner: (chunk) => (chunk.moduleIds.some((id) => /node_modules[\\/]svelte[\\/]|src[\\/](charts|islands|scrolly)[\\/]/.test(id)) ? '//# allFunctionsCalledOnLoad' : ''),
          codeSplitting: {
            groups: [
              {
                // The map and the TOP500 squares: drawn only in the sanctions chapter, one file
                // compresses better than two (0.4 KB gzip of that chapter's JS budget).
                name: 'sanctions-kinds',
                test: /src[\\/](charts[\\/](map|squares)[\\/]|islands[\\/]scrolly[\\/](map|squares)\.svelte)/,
                priority: 0,
              },
              {
                // The rank and the tracker: drawn only in the outlook chapter (one file fewer, so
                // one import list and one compile hint fewer: 0.25 KB gzip of its JS budget).
                name: 'outlook-kinds',
                test: /src[\\/](charts[\\/](rank|tracker)[\\/]|islands[\\/]scrolly[\\/](rank|tracker)\.svelte)/,
                priority: 0,
              },
              {
                // The label placer of the kinds that search for a free spot (line, range, flow,
                // guess, rank): not of the timeline or the bars, so not in the sanctions chapter's
                // script, and not in the outlook's rank chunk, which the other chapters would load.
                name: 'place',
                test: /src[\\/]charts[\\/]shared[\\/]place\.ts/,
                priority: 2,
              },
              {
                name: 'story',
                priority: 1,
                // Only code that islands alone use: an embed or teach page importing a small
                // helper (types, format) must not pull the whole engine in with it. Besides the
                // engine: Astro's Svelte renderer and the timeline, which every chapter draws
                // (each file of its own cost a chapter its import list and gzip overhead:
                // 0.75 KB in all), and the bars, which every chapter draws (china-pivot's chip
                // shares too, since stop 54). The island files then only re-export from this chunk.
                // Not the scales and tick maths of the line and range charts, nor `place`: in it they
                // had cost the sanctions chapter 0.86 KB gzip of code it never runs.
                test: /node_modules[\\/](svelte|@astrojs[\\/]svelte)[\\/]|src[\\/]client[\\/]svelteRenderer\.ts|src[\\/]scrolly[\\/]|src[\\/]islands[\\/](ScrollyStory\.svelte|scrolly[\\/](timeline|bars)\.svelte)|src[\\/]charts[\\/](timeline[\\/]|bars[\\/]|ChartFrame\.svelte|shared[\\/](Tooltip\.svelte|DataTable\.svelte|tooltipPosition\.ts|Notes\.svelte|notes\.ts|palette\.ts|text\.ts))/,
              },
            ],
          },
        },
      },
    },
  },
  devToolbar: { enabled: false },
  // Chapters are parsed by src/markdown/parseChapter.ts; no code blocks need highlighting.
  markdown: { syntaxHighlight: false },
});
