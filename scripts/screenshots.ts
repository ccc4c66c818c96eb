/**
 * Screenshots for a person to look at: each chapter at phone and desktop size, light and
 * dark, at its first steps. Usage: npm run build && npx astro preview & node scripts/screenshots.ts [url]
 */
import { mkdirSync } from 'node:fs';
import { chromiumPath } from './chromium.ts';
import { chromium } from '@playwright/test';

const origin = process.argv[2] ?? 'http://127.0.0.1:4321';
const out = 'test-results/screens';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch(chromiumPath);
const pages = (process.env['PAGES'] ?? '/,/chapters/ambition/').split(',');
const steps = (process.env['STEPS'] ?? '').split(',').filter(Boolean);
for (const [name, viewport] of [
  ['phone', { width: 390, height: 844 }],
  ['desktop', { width: 1280, height: 800 }],
] as const) {
  for (const scheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport, colorScheme: scheme, reducedMotion: 'reduce' });
    for (const path of pages) {
      const slug = path.replaceAll('/', '_') || 'root';
      await page.goto(origin + path);
      await page.screenshot({ path: `${out}/${slug}-${name}-${scheme}.png` });
      for (const step of steps) {
        if (!(await page.locator(`#${step}`).count())) continue;
        await page.goto(`${origin}${path}#${step}`);
        // The live chart shows the step once the island has hydrated (reduced motion: no transition).
        await page.locator(`.scrolly__graphic figure[data-state="${step}"]`).first().waitFor();
        await page.screenshot({ path: `${out}/${slug}-${step}-${name}-${scheme}.png` });
      }
    }
    await page.close();
  }
}
await browser.close();
