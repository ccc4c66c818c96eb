// @ts-check
import { defineConfig } from 'astro/config';
import svelte from '@astrojs/svelte';

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
  integrations: [svelte()],
  build: { inlineStylesheets: 'always' },
  security: { csp: true },
  devToolbar: { enabled: false },
  // Chapters are parsed by src/markdown/parseChapter.ts; no code blocks need highlighting.
  markdown: { syntaxHighlight: false },
});
