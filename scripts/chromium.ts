/**
 * Which Chromium the browser tests and the screenshot scripts launch. Debian's headless shell
 * (package `chromium-headless-shell`) first: it is the same Blink as `chromium` without the
 * browser around it (Playwright's own default for headless runs) and renders our pages in
 * about 40% of the time on this 2-core machine. Then Debian's full `chromium`, then
 * Playwright's own browser. CHROMIUM overrides the choice.
 */
import { existsSync } from 'node:fs';

const candidates = [process.env['CHROMIUM'], '/usr/bin/chromium-headless-shell', '/usr/bin/chromium'];
const found = candidates.find((path): path is string => Boolean(path && existsSync(path)));

/** Launch options that pick the browser: spread into `chromium.launch()` or Playwright's `use.launchOptions`. */
export const chromiumPath: { executablePath?: string } = found ? { executablePath: found } : {};
