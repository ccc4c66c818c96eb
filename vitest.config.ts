/// <reference types="vitest/config" />
// Vitest runs on Astro's Vite config, so `astro/zod` and Svelte components resolve as in the build.
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
