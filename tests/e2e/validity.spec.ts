/**
 * Validity of the built site: every HTML file passes the Nu HTML Checker (vnu-jar, run with
 * the machine's Java) with zero errors, and no internal link or #anchor in the build is broken.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { promisify } from 'node:util';
import { test, expect } from '@playwright/test';
import { basePath, distDir, htmlFiles } from './support/site';
import { checkLinks } from '../../scripts/checkLinks';

const run = promisify(execFile);

// Runs once, in the desktop project (playwright.config.ts): these are checks of files.

/**
 * Messages that are the checker's mistakes, not the page's: its CSS grammar predates these
 * properties, which every current browser supports (checked in Chromium by the a11y and
 * screenshot tests). Keep this list short and specific.
 */
const CHECKER_GAPS = [
  /^CSS: “paint-order”: Property “paint-order” doesn't exist\.$/,
  /^CSS: “animation-timeline”: Property “animation-timeline” doesn't exist\.$/,
  // The minifier folds animation-timeline into the shorthand, as CSS Animations 2 allows.
  /^CSS: “animation”: “scroll\(root\)” is not a “animation” value\.$/,
];

interface VnuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  lastColumn?: number;
  message: string;
  extract?: string;
}

test('every built page passes the Nu HTML Checker with zero errors', async () => {
  test.setTimeout(120_000);
  const jar = String(createRequire(import.meta.url)('vnu-jar'));
  const files = htmlFiles();
  // vnu exits non-zero when it reports errors; the JSON report is on stderr either way.
  const result = await run('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], { maxBuffer: 64 << 20 })
    .then(({ stderr }) => stderr)
    .catch((err: { stderr?: string; code?: string | number; message: string }) => {
      if (err.code === 'ENOENT') throw new Error('Java is needed for the Nu HTML Checker (apt-get install default-jre-headless).');
      return err.stderr ?? err.message;
    });
  const messages = (JSON.parse(result) as { messages: VnuMessage[] }).messages.filter((m) => (m.type === 'error' || m.type === 'non-document-error') && !CHECKER_GAPS.some((gap) => gap.test(m.message)));
  const lines = messages.map((m) => {
    const file = m.url ? relative(distDir, new URL(m.url).pathname) : '?';
    return `${file}:${m.lastLine ?? 0}:${m.lastColumn ?? 0}: ${m.message}${m.extract ? `  «${m.extract.trim().slice(0, 100)}»` : ''}`;
  });
  expect(lines, lines.join('\n')).toEqual([]);
  expect(files.length).toBeGreaterThan(0);
});

test('no internal link or anchor in the build is broken', () => {
  const broken = checkLinks(distDir, basePath);
  const lines = broken.map((b) => JSON.stringify(b));
  expect(lines, lines.join('\n')).toEqual([]);
});
