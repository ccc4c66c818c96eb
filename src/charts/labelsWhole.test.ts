/**
 * Labels wrap before anything is shortened: every chart, in every state, is rendered on the
 * server (the marks the browser draws) at the frame sizes readers meet from 320 to 1680 px
 * wide, and no drawn text may be a shortened form of the words in its data: no ellipsis, no
 * abbreviation ("Sing." for Singapore), no capitals the data does not spell ("SGP", "UK" for
 * United Kingdom). The data's own words may abbreviate ("Decree No.").
 */
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../tests/content/support/readContent';
import { buildStory } from '../lib/story';
import { EMBED_WIDTHS } from '../share/links';
import { contractOf } from './registry';
import { notesOfEveryState } from './shared/notes';
import { heightForWidth, type ChartSpec, type Note, type Size } from './types';

const story = buildStory(readContent());

/**
 * The sticky chart's frame, measured in the browser: on a phone (below 960 px) 32 px narrower
 * than the screen and, under its caption, 352-391 px tall on an 844 px tall phone, 313-334 on a
 * 360 by 740 one, 272-294 on a 375 by 667 one, 258-279 on a 320 by 640 one and 218-239 on a
 * 320 by 568 one; on a desktop 60-62% of the window (577 px at 960, 785 at 1280, 1035 at 1680)
 * and 460-710 px tall. And the embeds' fixed widths.
 */
function frames(): { what: string; size: Size }[] {
  const out: { what: string; size: Size }[] = [];
  for (let screen = 320; screen < 960; screen += 16) for (const height of [352, 391]) out.push({ what: `phone ${screen}`, size: { width: screen - 32, height } });
  for (const [screen, heights] of [[320, [218, 258]], [360, [313]], [375, [272, 294]]] as const) for (const height of heights) out.push({ what: `phone ${screen}`, size: { width: screen - 32, height } });
  for (let screen = 960; screen <= 1680; screen += 40) for (const height of [460, 527, 710]) out.push({ what: `desktop ${screen}`, size: { width: Math.round(screen * (screen < 1280 ? 0.603 : 0.615)), height } });
  for (const width of EMBED_WIDTHS) out.push({ what: 'embed', size: { width, height: heightForWidth(width) } });
  return out;
}

/** Every word the chart's data spells (its rows), and its title and notes (drawn as written). */
function contentWords(spec: ChartSpec): Set<string> {
  const words = new Set<string>();
  const add = (value: unknown): void => {
    if (typeof value === 'string') for (const w of value.split(/[\s/()]+/)) words.add(w.replace(/[,;:]+$/, ''));
    else if (Array.isArray(value)) value.forEach(add);
    else if (value && typeof value === 'object') Object.values(value).forEach(add);
  };
  add(spec.rows);
  add(spec.title);
  for (const state of Object.values(spec.states)) add((state.notes ?? []).map((note: Note) => note.text));
  return words;
}

/** The drawn texts that shorten the content's words, with what is wrong with each. */
export function shortenedTexts(texts: readonly string[], words: ReadonlySet<string>): string[] {
  const spelled = [...words];
  return texts.flatMap((text) => {
    if (text.includes('…')) return [`"${text}" ends in an ellipsis`];
    return text.split(/[\s/()]+/).flatMap((raw) => {
      const word = raw.replace(/[,;:]+$/, '');
      if (!word || words.has(word)) return [];
      // "Sing." for Singapore: a word cut short and stopped.
      const stem = word.endsWith('.') ? word.slice(0, -1) : '';
      if (stem.length > 0 && /^\p{L}+$/u.test(stem) && spelled.some((w) => w.length > stem.length && w.startsWith(stem))) return [`"${word}" in "${text}" abbreviates a word`];
      // "SGP", "UK": initials the content never spells.
      if (/^\p{Lu}{2,}$/u.test(word)) return [`"${word}" in "${text}" is not in the content`];
      return [];
    });
  });
}

/** The text of every <text> a server render draws (its tspans joined with spaces). */
function drawnTexts(spec: ChartSpec, state: string, size: Size): string[] {
  const current = spec.states[state]!;
  // Every state's notes too, as the page passes them (kinds that keep room for notes keep it in every step).
  const props = { rows: spec.rows, params: current.params, notes: current.notes, reserve: notesOfEveryState(spec.states), unit: spec.unit, size } as never;
  const { body } = render(contractOf(spec.kind).Marks, { props });
  const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  return [...body.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) => decode(m[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim())).filter(Boolean);
}

describe('the check itself', () => {
  const words = new Set(['Singapore', '3rd', 'United', 'Kingdom', 'Decree', 'No.', '490']);
  it('finds an ellipsis, a cut-short word and initials the content does not spell', () => {
    expect(shortenedTexts(['Sing. 3rd', 'UK 4th', 'Singap… 3rd', 'SGP'], words)).toHaveLength(4);
  });
  it('lets the content’s own words and abbreviations through', () => {
    expect(shortenedTexts(['Singapore 3rd', 'United Kingdom', 'Decree No. 490', '80%', 'of 83'], words)).toEqual([]);
  });
});

describe('no chart shortens a label at the sizes readers see it', () => {
  const sizes = frames();
  it.each([...story.charts.values()].map((spec) => [spec.id, spec] as const))('%s', (_, spec) => {
    const words = contentWords(spec);
    const found = new Set<string>();
    for (const state of Object.keys(spec.states)) {
      for (const { what, size } of sizes) {
        for (const problem of shortenedTexts(drawnTexts(spec, state, size), words)) found.add(`${state}, ${what} (${size.width}x${size.height}): ${problem}`);
      }
    }
    expect([...found].slice(0, 12)).toEqual([]);
  });
});
