import { vitePreprocess } from '@astrojs/svelte';

export default {
  preprocess: vitePreprocess(),
  // discloseVersion: no `window.__svelte.v` line in every chapter's script (issue 18: bytes).
  compilerOptions: { runes: true, discloseVersion: false },
};
