import { expect, test } from 'vitest';
import { stableIslandIds } from './stableIslandIds';

test('islands are numbered in page order whatever hash Astro gave them', () => {
  const page = (a: string, b: string) => `<astro-island uid="${a}" ssr><p>one</p></astro-island><astro-island uid="${b}" component-url="/x.js"></astro-island>`;
  expect(stableIslandIds(page('xjmo9', 'Z1op2Hy'))).toBe(page('1', '2'));
  expect(stableIslandIds(page('2hYvGu', 'q'))).toBe(stableIslandIds(page('xjmo9', 'Z1op2Hy')));
});
