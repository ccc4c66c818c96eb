/**
 * Browser tests against the built site (`npm run build` first), served by `astro preview`.
 * Two projects: desktop 1280x800 and phone 390x844. Debian's Chromium is used when present
 * (scripts/chromium.ts), because this machine (and CI) cannot download Playwright's own browsers.
 *
 * Which project runs what is decided here, not by `test.skip` inside tests:
 * - specs that only read files of the build (security, validity) run once, in desktop;
 * - a test tagged `@desktop` runs only in desktop, one tagged `@phone` only in phone
 *   (`test('...', { tag: '@desktop' }, ...)`, or on a `test.describe`).
 * Screenshots for people to look at are written only when SHOTS=1 (tests/e2e/support/shots.ts).
 */
import { defineConfig } from '@playwright/test';
import { chromiumPath } from './scripts/chromium.ts';

const port = Number(process.env['PORT'] ?? 4321);
/** Specs that check files of the build, not a browser at a size: run once (desktop). */
const ONCE = ['**/security.spec.ts', '**/validity.spec.ts'];

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: process.env['CI'] ? 1 : 0,
  workers: 2,
  timeout: 45_000,
  // Every run also leaves each test's duration in test-results/e2e.json, to find the slow ones.
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}${process.env['BASE'] ?? '/'}`,
    launchOptions: {
      ...chromiumPath,
      args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    },
  },
  projects: [
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } }, grepInvert: /@phone\b/ },
    {
      name: 'phone',
      use: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
      grepInvert: /@desktop\b/,
      testIgnore: [...ONCE],
    },
  ],
  webServer: {
    // --ignore-lock: several engineers (and their test runs) preview side by side on their own ports.
    command: `npx astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}${process.env['BASE'] ?? '/'}`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
