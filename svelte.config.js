import { vitePreprocess } from '@astrojs/svelte';

export default {
  preprocess: vitePreprocess(),
  // discloseVersion: no `window.__svelte.v` line in every chapter's script (issue 18: bytes).
  // fragments 'tree': templates built with createElement, not parsed from HTML strings. Parsing
  // was about a third of mounting a chart (each template is parsed on first use, and a chart
  // mounts once); the phone scroll-through's blocking time at 4x CPU fell by about a fifth
  // (3-4 runs each of sanctions, outlook, brain-drain; 20-50 bytes gzip more per chapter).
  // cssHash: a scoped class is `sv-<hash>`, not `svelte-<hash>`: every island template and static
  // chart names these classes, and the shorter prefix is bytes off every chapter's script and HTML
  // (src/lib/pruneCss.ts and src/images/chartImage.ts find scopes by it).
  compilerOptions: { runes: true, discloseVersion: false, fragments: 'tree', cssHash: ({ hash, css }) => `sv-${hash(css)}` },
};
