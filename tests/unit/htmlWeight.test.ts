/**
 * HTML weight budget, beside the JavaScript budget (tests/e2e/budgets.spec.ts): every built
 * page's HTML, gzipped (-9), stays within its budget, and a chapter's static step charts (what
 * the flat view, print and readers without JavaScript see) stay a small part of it.
 * Deterministic: it reads the build (run `npm run build` first), no browser.
 *
 * Budgets are the weights of 30 Nov 2026 after issue 18 (lighter chapter HTML) plus about 5%
 * headroom, so a chart, a section or a duplicated drawing that makes a page heavier fails here,
 * naming the page, rather than in a noisy Lighthouse run. Lower them as pages get lighter;
 * README "Performance" says where the bytes go (`npx node scripts/htmlBreakdown.ts` measures it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliDecompressSync, gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { distPages, type PageKind } from '../../scripts/distPages';

const KB = 1024;
/**
 * Each chapter, gzip -9 (measured 30 Nov 2026, stop 14: 38.5, 38.0, 36.6, 62.8 and 62.1 KB, each
 * about 1 KB lighter than at stop 13 since a page's CSP lists only its own hashes:
 * scripts/narrowCsp.ts). Every budget is 1 KB tighter than at stop 13. Outlook and sanctions stay
 * 1-2 KB over their stop-11 budgets (62, 62): every authored note is drawn in every step chart
 * (and the live chart's server copy), the rank chart names every line, the TOP500 squares sort
 * into five country blocks, and both chapters gained sourced paragraphs. Mounting the live charts
 * in the browser only would save 2-6 KB but delays the first paint (Lighthouse, sanctions: LCP
 * 2.47 s against 1.65 s), so the server copies stay (README, Performance).
 * Stop 15 (39.2, 38.3, 36.9, 64.5, 62.7 KB): ambition and outlook gained sourced sentences (the
 * April 2026 Kremlin meeting; the AI subcommission, the no-vote line, a spending measure on the
 * report card), the tracker a key at every size, and each live chart its longest summary unseen
 * (so the sticky chart keeps its size between steps): both budgets 1 KB up. China-pivot (37.5 KB)
 * 1 KB up too: its timeline's short words and quarter ticks, its estimates' "as the source puts
 * it" column.
 * Stop 16 (ambition 40.0, brain-drain 39.2, outlook 65.1, sanctions 63.0 KB): all four 1 KB up
 * (ambition: line labels on three lines, timeline dots and ticks): notes now always
 * have room kept under their bars and claims (drawn in every static step), the TOP500's static
 * squares one path per place colour (the United States' and China's too), the claims
 * timeline's officials marked.
 * Stop 17 (ambition 40.5, brain-drain 39.8, china-pivot 39.0, outlook 65.2, sanctions 63.4 KB):
 * every page carries its Settings script inline (0.7 KB: as a file it was two requests on the
 * first paint's path, issue 18) and a measured fallback per font weight (0.3 KB); china-pivot's
 * flow draws Yandex's own link too. China-pivot 1.5 KB up, sources 1 KB up.
 * Stop 29 (ambition 39.0, brain-drain 37.5, china-pivot 37.4, outlook 63.0, sanctions 58.1 KB):
 * the map's outlines as relative moves (sanctions 4 KB), the CSS of chart kinds a page cannot
 * draw pruned on chapters too (about 1.8 KB each), the print sheet a file of its own (0.6 KB),
 * islands' props without notes, columns and source addresses (0.3-1.3 KB). Then the Cite this
 * box's script inline (0.5 KB each): as a file it imported the charts' chunk (27 KB of script
 * fetched before the first paint). Sanctions then gained a step (the map's routes through
 * Kazakhstan and Armenia, 1 KB). Every budget 1-4 KB down from stop 17. China-pivot then gained
 * a timeline step and a sentence (the Russia-China expert council on AI, November 2025): 37.5 to
 * 38.8 KB, its budget 1 KB up.
 * Stop 31: ambition's money step gained the only count of AI spending (a bar, two notes and a
 * sourced sentence): 39.0 to 39.7 KB, its budget 1 KB up.
 * Stop 34: each font's Latin is cut in two (scripts/fontChars.ts CORE), so every page declares
 * five faces more (about 60 bytes gzip, less the duplicate fallback family and the default
 * descriptors dropped); the serif it paints first then arrives a round trip sooner. Outlook,
 * which had 6 bytes left, 63.5 to 63.6 KB.
 * Stop 35 (ambition 36.6, brain-drain 35.4, china-pivot 36.4, outlook 55.7, sanctions 55.2 KB):
 * the live charts are mounted in the browser, not sent drawn as well (WithoutServerCopy.astro;
 * the squares keep theirs), and comments are dropped outside islands (src/lib/stripComments.ts).
 * Stop 14 found mounting delayed the first paint (sanctions LCP 2.47 s against 1.65 s) when
 * every island started at load; islands now start as their section nears, after load, so
 * mounting costs the first paint nothing. Every budget about 1 KB over its page.
 * Stop 43: china-pivot 37.5 KB, its budget 0.5 KB up: each static timeline step draws the ruler
 * still to come and a tick per later date (about 110 bytes gzip on that chapter).
 * Stop 54: ambition 37.5 KB, its budget 1 KB up: two sourced sentences that tie its figures to
 * the last chapter's (the prime minister's 650bn "AI market" beside the strategy's 12bn of AI
 * sales; Putin's 11trn goal beside the 2023 forecast of 11.2trn).
 * Stop 55: china-pivot 38.8 KB, its budget 1.5 KB up: a new chart in two steps (visits to
 * chatbots in Russia, with two other counts in its text), 32 KB of Brotli, well inside two round trips.
 * Stop 64: brain-drain 36.5 KB, its budget 0.5 KB up: each range figure sits on a ground of the
 * page's colour (a gridline had run between the digits of "70,000–100,000"), in every static step.
 */
export const CHAPTER_BUDGET: Record<string, number> = {
  // (38.7 KB at stop 66, up 0.5 KB: corrections that quote the sources' own words, a note on two
  // timeline steps and their change-log entry.)
  // (39.0 KB at stop 68, up 0.5 KB: the citation box says how to cite one step, in every chapter;
  // ambition had 39 bytes left.)
  'chapters/ambition/': 39.5 * KB,
  // (37.5 KB at stop 68, up 1 KB: Bloomberg's report that Volozh gave up Russian citizenship and
  // Agentstvo's finding that his passport was still valid, a timeline event drawn in each of the
  // timeline's static steps, their sources.)
  'chapters/brain-drain/': 38 * KB,
  // (39.8 KB at stop 59, with a step for VCIOM's chatbot poll; 40.4 KB at stop 62, up 0.5 KB
  // for the poll's choice as a step and sentences that say what two sources leave unsaid.)
  // (41.2 KB at stop 66, up 0.5 KB: the chip share's source corrected, Vedyakhin's call at the
  // Eastern Economic Forum as a timeline event, and their change-log entry.)
  // (41.9 KB at stop 68, up 1 KB: Microsoft's estimate of DeepSeek's share in Russia, the fourth
  // count of chatbot use, with its two sources and their words in the chapter's source list.)
  'chapters/china-pivot/': 42.5 * KB,
  'chapters/outlook/': 57 * KB,
  'chapters/sanctions/': 56 * KB,
};
/**
 * What the site sends: the build's precompressed Brotli (scripts/precompress.ts). A phone's
 * connection starts with ten packets in flight and doubles each round trip, so the first two
 * round trips carry 30 packets, 43,800 bytes (Lighthouse's simulation counts the same). A page
 * that ends inside them starts its fonts a round trip (150 ms in the mobile profile) sooner than
 * one that spills into a third; 700 bytes are kept for the response's headers (about 600 from
 * the site's `_headers`). The cover fits in the first ten packets.
 */
const PACKET = 1460;
const HEADERS = 700;
export const TWO_ROUND_TRIPS = 30 * PACKET - HEADERS;
export const ONE_ROUND_TRIP = 10 * PACKET - HEADERS;
/**
 * The cover arrives in the first round trip of a phone's connection: a server's first flight is
 * ten packets (about 14.6 KB with headers), and Lighthouse's simulation charges a round trip
 * for each flight. At 19.3 KB (the chart kinds' CSS and five inline thumbnails) its first paint
 * waited a second one; then 12.2 KB (src/lib/pruneCss.ts, thumbnails as images, print sheet a file);
 * 13.2 KB at stop 59 with a third drawing of the hero chart, so its text never shrinks below
 * 12 px (11.3 KB of Brotli, which is what is sent: the test below holds it to one round trip).
 */
export const COVER_BUDGET = 13.5 * KB;
/**
 * The sources page on its own: every entry now shows the exact words we take from it (82.5 KB at stop 14,
 * 85.5 at stop 15 with four new sources, 88.3 at stop 53 with two more, 85.9 once its styles
 * were no longer scoped per element; 89.6 at stop 55 with six more, 90.7 at stop 59 with two more), so it grows with the sources; it ships no JavaScript and its first paint is its heading.
 * Stop 67: 92.5 KB with every entry naming the chapters that use it (1.1 KB), so a teacher checking
 * a source finds where the story uses it: 1 KB up.
 * Stop 68: 94.4 KB with five new sources (Volozh's citizenship, twice; Microsoft's report, its estimate of
 * DeepSeek's share in Russia and the AP's account of how it was made): 1.5 KB up.
 */
export const PAGE_BUDGET: Record<string, number> = { 'sources/': 94.5 * KB, '': COVER_BUDGET };
/**
 * Any other page, by kind: the heaviest embed is the map with its notes (24.8 KB at stop 29, with
 * a fifth step for the routes through Kazakhstan and Armenia; 21.4 KB before it; 25.5 KB at
 * stop 57, its overview writing out what each of its nine routes carries, the map's type size
 * set once per copy rather than on every name and line), the heaviest other page the chart
 * gallery (46.7 KB).
 */
export const HTML_BUDGET: Record<PageKind, number> = { chapter: 57 * KB, embed: 26 * KB, other: 50 * KB };
/** A chapter's static step charts and their shared drawings, gzipped on their own (sanctions, with its map: 13 KB at stop 29). */
export const STEP_CHARTS_BUDGET = 14 * KB;

const gzip = (text: string) => gzipSync(text, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

describe('HTML weight', () => {
  const pages = distPages(resolve(process.env['OUT_DIR'] ?? 'dist'));
  const chapters = pages.filter((p) => p.kind === 'chapter');

  test('the build has chapter and embed pages', () => {
    expect(chapters.length).toBeGreaterThan(0);
    expect(pages.filter((p) => p.kind === 'embed').length).toBeGreaterThan(0);
  });

  test('every page is within its gzip budget', () => {
    const over = pages
      .map((page) => ({ page, bytes: gzip(readFileSync(page.file, 'utf8')), budget: CHAPTER_BUDGET[page.route] ?? PAGE_BUDGET[page.route] ?? HTML_BUDGET[page.kind] }))
      .filter(({ bytes, budget }) => bytes > budget)
      .map(({ page, bytes, budget }) => `/${page.route}: ${kb(bytes)} > ${kb(budget)}`);
    expect(over).toEqual([]);
  });

  test('every chapter is sent within two round trips, the cover within one (precompressed Brotli)', () => {
    const over: string[] = [];
    for (const page of [...chapters, ...pages.filter((p) => p.route === '')]) {
      const br = `${page.file}.br`;
      expect(existsSync(br), `${br}: the build precompresses its pages`).toBe(true);
      const sent = readFileSync(br);
      expect(brotliDecompressSync(sent).equals(readFileSync(page.file)), `${br} is the page`).toBe(true);
      const budget = page.kind === 'chapter' ? TWO_ROUND_TRIPS : ONE_ROUND_TRIP;
      if (sent.length > budget) over.push(`/${page.route}: ${sent.length} B of Brotli > ${budget} B`);
    }
    expect(over).toEqual([]);
  });

  test('every chapter has its own budget', () => {
    expect(chapters.map((p) => p.route).filter((route) => !(route in CHAPTER_BUDGET))).toEqual([]);
  });

  test("a chapter's static step charts are drawn once where steps repeat them", () => {
    const over: string[] = [];
    for (const page of chapters) {
      const html = readFileSync(page.file, 'utf8');
      const charts = [
        ...html.matchAll(/<div class="step__chart">[\s\S]*?<\/figure><\/div>/g),
        ...html.matchAll(/<svg class="shared-drawings"[\s\S]*?<\/svg>/g),
      ].map((m) => m[0]);
      expect(charts.length, `/${page.route} has static step charts`).toBeGreaterThan(0);
      const bytes = gzip(charts.join(''));
      if (bytes > STEP_CHARTS_BUDGET) over.push(`/${page.route}: step charts ${kb(bytes)} > ${kb(STEP_CHARTS_BUDGET)}`);
      // No long path twice, in the drawings or in an island's props: a drawing steps share is
      // drawn once and shown with <use>, and the map island reads it from the page.
      const paths = [...(charts.join('') + html.match(/\sprops="[^"]*"/g)?.join('')).matchAll(/\sd="([^"]{300,})"|&quot;(M[\d,.LMZHVCQ-]{300,})&quot;/g)].map((m) => m[1] ?? m[2]);
      const repeated = paths.filter((p, i) => paths.indexOf(p) !== i);
      expect(repeated.length, `/${page.route}: long paths drawn more than once`).toBe(0);
      // Static copies never animate, so marks a state hides are left out of them.
      expect(charts.join('').match(/\sclass="(?:[^"]*\s)?hidden[\s"]/g) ?? [], `/${page.route}: hidden marks in static step charts`).toEqual([]);
    }
    expect(over).toEqual([]);
  });

  test("citation popovers carry no quotes in the HTML (they come from the chapter's citations.json)", () => {
    for (const page of chapters) {
      const html = readFileSync(page.file, 'utf8');
      const popovers = html.match(/<div class="cite-popovers"[\s\S]*?<\/div><\/div>/)?.[0] ?? '';
      expect(popovers, `/${page.route}: citation popovers`).not.toMatch(/<q\b/);
    }
  });
});
