/**
 * A source whose copy showed no headline is written in content/sources.yaml as "Untitled in our
 * copy (what it is)". Readers see a title we supply in square brackets, as citation styles mark
 * one: "[TASS, 22 December 2025, on a VCIOM poll about AI]", or for a page known only by its
 * address, "[Page at …/putin-artificial-intelligence-will-rule-world]" (a reviewer read the
 * phrase "in our copy" as a production note left in the page).
 */
const UNTITLED = /^Untitled in our copy \((.*)\)$/s;

export function suppliedTitle(title: string): string {
  const what = UNTITLED.exec(title)?.[1];
  if (what === undefined) return title;
  const address = /^web address: (.*)$/.exec(what)?.[1];
  return address === undefined ? `[${what}]` : `[Page at …/${address}]`;
}
