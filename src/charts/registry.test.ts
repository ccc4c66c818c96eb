import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kinds } from './registry';

/** Astro hydrates only components imported by name, so the island list cannot read the registry. */
describe('every kind in the registry', () => {
  const islandList = readFileSync('src/components/ScrollyIsland.astro', 'utf8');
  it.each(Object.keys(kinds))('%s has its folder, its island and a line in ScrollyIsland.astro', (kind) => {
    expect(existsSync(`src/charts/${kind}/index.ts`)).toBe(true);
    expect(existsSync(`src/islands/scrolly/${kind}.svelte`)).toBe(true);
    expect(islandList).toContain(`'../islands/scrolly/${kind}.svelte'`);
    expect(islandList).toMatch(new RegExp(`spec\\.kind === '${kind}' && <\\w+ client:near`));
  });
});
