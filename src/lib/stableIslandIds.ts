/**
 * Numbers a page's islands in order (uid="1", "2", ...). Astro names each island by a hash that
 * takes in the component's absolute path, so the same commit built in another directory (CI's
 * checkout) wrote other names and its compressed chapter moved by up to 70 B: enough to pass a
 * weight budget in one checkout and fail it in another. Astro's island runtime never reads the
 * names; they only have to differ on the page.
 */
const ISLAND_UID = /<astro-island uid="[^"]*"/g;

export function stableIslandIds(html: string): string {
  let n = 0;
  return html.replace(ISLAND_UID, () => `<astro-island uid="${++n}"`);
}
