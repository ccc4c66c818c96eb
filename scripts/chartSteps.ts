/**
 * Screenshots of every chart step, for a graphics editor to look at (not a test): each chapter's
 * live chart at every step, at 390 and 1280, light (and dark with SCHEME=dark), plus the rendered
 * size of the smallest chart text. Usage: npm run build && npx astro preview --port 4321 &
 * node scripts/chartSteps.ts [origin]   (CHAPTERS=sanctions,ambition WIDTHS=390 to narrow it)
 */
import { mkdirSync } from 'node:fs';
import { chromiumPath } from './chromium.ts';
import { chromium } from '@playwright/test';

const origin = process.argv[2] ?? 'http://127.0.0.1:4321';
const out = process.env['OUT'] ?? 'test-results/craft';
mkdirSync(out, { recursive: true });
const chapters = (process.env['CHAPTERS'] ?? 'ambition,sanctions,brain-drain,china-pivot,outlook').split(',');
const widths = (process.env['WIDTHS'] ?? '390,1280').split(',').map(Number);
const scheme = (process.env['SCHEME'] ?? 'light') as 'light' | 'dark';
const browser = await chromium.launch(chromiumPath);
for (const width of widths) {
  const page = await browser.newPage({ viewport: { width, height: width < 600 ? 844 : 800 }, colorScheme: scheme, reducedMotion: 'reduce' });
  for (const chapter of chapters) {
    await page.goto(`${origin}/chapters/${chapter}/`);
    const steps = await page.locator('[data-step]').evaluateAll((els) => els.map((el) => el.getAttribute('data-step') ?? ''));
    for (const step of steps) {
      await page.goto(`${origin}/chapters/${chapter}/#${step}`);
      const figure = page.locator(`[data-scrolly]:has([data-step="${step}"]) .scrolly__graphic figure[data-chart]`);
      await figure.and(page.locator(`[data-state="${step}"]`)).waitFor();
      await page.waitForTimeout(100);
      const info = await figure.evaluate((fig) => {
        let min = 99;
        let minText = '';
        for (const t of fig.querySelectorAll('svg text')) {
          const r = t.getBoundingClientRect();
          if (!r.width || getComputedStyle(t).opacity === '0') continue;
          const px = parseFloat(getComputedStyle(t).fontSize) * ((t as SVGGraphicsElement).getScreenCTM()?.a ?? 1);
          if (px < min) { min = px; minText = t.textContent ?? ''; }
        }
        const svg = fig.querySelector('svg')!.getBoundingClientRect();
        return { chart: fig.getAttribute('data-chart'), min: Math.round(min * 10) / 10, minText: minText.slice(0, 30), w: Math.round(svg.width), h: Math.round(svg.height) };
      });
      console.log(width, scheme, chapter, step, JSON.stringify(info));
      await page.locator(`[data-scrolly]:has([data-step="${step}"]) .scrolly__graphic`).screenshot({ path: `${out}/${chapter}-${step}-${width}-${scheme}.png` });
    }
  }
  await page.close();
}
await browser.close();
