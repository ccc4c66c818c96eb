/**
 * The site's own settings, in one place: its name, how the base path is written, and the keys
 * under which the browser remembers a reader's choices. Pure, so pages, endpoints, build-time
 * image code, browser scripts and tests all import the same values.
 */

/** The site's name: page titles, previews, oEmbed, citations, structured data. */
export const SITE_NAME = "Russia's AI gamble";

/** A page's `<title>`: the page's own title, then the site's name. */
export function pageTitle(title: string): string {
  return `${title} | ${SITE_NAME}`;
}

/** The base path with exactly one trailing slash ('/' or '/explainer/'). */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/\/+$/, '');
  return trimmed.startsWith('/') ? `${trimmed}/` : `/${trimmed}${trimmed ? '/' : ''}`;
}

/**
 * This build's base path (Astro's `base`, set by `BASE`), normalised. Every page and endpoint
 * links through it, so the site works from a domain root or a sub-path.
 */
export function basePath(): string {
  return normaliseBase(import.meta.env.BASE_URL);
}

/**
 * localStorage keys for the reader's settings. The inline script in `components/Head.astro`
 * applies them before first paint and cannot import modules, so it spells them out: keep the
 * two in step (the reader-settings e2e test would fail otherwise).
 */
export const STORAGE_KEYS = {
  /** 'scroll' | 'stepper' | 'flat' (src/scrolly/readMode.ts). */
  readMode: 'read-mode',
  /** 'light' | 'dark'; absent means follow the system. */
  theme: 'theme',
  /** 'off' when the reader turned motion off; absent otherwise. */
  motion: 'motion',
} as const;
