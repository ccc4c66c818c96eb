/// <reference types="vitest/config" />
// Vitest runs on Astro's Vite config, so `astro/zod` and Svelte components resolve as in the build.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
    testTimeout: 120_000,
    // Test files share each worker's module cache: the Astro/Svelte transforms and imports of
    // the story, the charts and D3 happen once per worker instead of once per file (the unit
    // stage took 40% less CPU). Tests therefore must not leave globals or mocks behind.
    isolate: false,
  },
});
