/** Every chart kind can be embedded: it has an island of its own, used by the embed page. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartKinds } from '../../src/charts/kinds';

const page = readFileSync('src/pages/embed/[chart].astro', 'utf8');

describe.each(Object.keys(chartKinds))('chart kind %s', (kind) => {
  it('has an embed island with only its own marks', () => {
    const file = `src/islands/embed/${kind}.svelte`;
    expect(existsSync(file), `${file} is missing`).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain(`'../../charts/${kind}/Marks.svelte'`);
  });
  it('is rendered by the embed page', () => {
    expect(page).toContain(`from '../../islands/embed/${kind}.svelte'`);
    expect(page).toMatch(new RegExp(`spec\\.kind === '${kind}' && <\\w+ client:load`));
    expect(page).toMatch(new RegExp(`EMBED_KINDS = \\[[^\\]]*'${kind}'`));
  });
});
