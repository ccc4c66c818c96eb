import { describe, expect, it } from 'vitest';
import { apa, bibtex, chicago, citations, isoToday, mla, runsToHtml, runsToText, titleCase, type CitationInput } from './citation';

const input: CitationInput = {
  title: 'Cut off from the chips',
  url: 'https://example.org/russia-ai/chapters/sanctions/',
  updated: '2026-11-24',
  accessed: '2027-01-05',
};

/** A tiny BibTeX reader: one entry, fields as {braced} (nested braces allowed) or bare words. */
function parseBibtex(src: string): { type: string; key: string; fields: Record<string, string> } {
  const head = /^@(\w+)\{([^,\s]+),/.exec(src);
  if (!head) throw new Error('no entry header');
  const fields: Record<string, string> = {};
  let i = head[0].length;
  const skip = () => {
    while (i < src.length && /[\s,]/.test(src[i]!)) i++;
  };
  for (;;) {
    skip();
    if (src[i] === '}') break;
    const name = /^(\w+)\s*=\s*/.exec(src.slice(i));
    if (!name) throw new Error(`bad field at ${i}: ${src.slice(i, i + 20)}`);
    i += name[0].length;
    let value = '';
    if (src[i] === '{') {
      let depth = 0;
      const start = i;
      for (; i < src.length; i++) {
        if (src[i] === '\\') {
          i++;
          continue;
        }
        if (src[i] === '{') depth++;
        if (src[i] === '}' && --depth === 0) break;
      }
      if (depth !== 0) throw new Error('unbalanced braces');
      value = src.slice(start + 1, i);
      i++;
    } else {
      const bare = /^\w+/.exec(src.slice(i));
      if (!bare) throw new Error('bad value');
      value = bare[0];
      i += value.length;
    }
    fields[name[1]!] = value;
  }
  if (src.slice(i).trim() !== '}') throw new Error('text after the entry');
  return { type: head[1]!, key: head[2]!, fields };
}

describe('APA 7', () => {
  it('has author, date of the update, title in italics, site, retrieval date and URL', () => {
    const runs = apa(input);
    expect(runsToText(runs)).toBe(
      "Russia's AI gamble. (2026, November 24). Cut off from the chips. Retrieved January 5, 2027, from https://example.org/russia-ai/chapters/sanctions/",
    );
    expect(runsToHtml(runs)).toContain('<i>Cut off from the chips.</i>');
  });
});

describe('MLA 9', () => {
  it('title-cases titles, abbreviates months and ends with the access date', () => {
    // The site is its own author, so the entry starts with the title (MLA 9).
    expect(runsToText(mla(input))).toBe(
      "“Cut Off from the Chips.” Russia's AI Gamble, 24 Nov. 2026, https://example.org/russia-ai/chapters/sanctions/. Accessed 5 Jan. 2027.",
    );
    expect(runsToText(mla({ ...input, author: 'Jane Doe' }))).toMatch(/^Jane Doe\. “Cut Off from the Chips\.” /);
    expect(runsToHtml(mla(input))).toContain("<i>Russia's AI Gamble</i>");
  });
});

describe('Chicago', () => {
  it('gives last-modified and access dates and the URL', () => {
    // The site is its own author: the entry starts with the title, not the site's name twice.
    expect(runsToText(chicago(input))).toBe(
      "“Cut Off from the Chips.” Russia's AI Gamble. Last modified November 24, 2026. Accessed January 5, 2027. https://example.org/russia-ai/chapters/sanctions/.",
    );
    expect(runsToText(chicago({ ...input, author: 'Jane Doe' }))).toMatch(/^Jane Doe\. “Cut Off from the Chips\.” Russia's AI Gamble\. /);
  });
});

describe('BibTeX', () => {
  it('parses as one entry with the required fields', () => {
    const entry = parseBibtex(bibtex(input));
    expect(entry.type).toBe('misc');
    expect(entry.key).toBe('russiasaigamble2026-sanctions');
    expect(entry.fields).toMatchObject({
      author: "{Russia's AI gamble}",
      title: 'Cut off from the chips',
      year: '2026',
      month: 'nov',
      url: input.url,
      urldate: '2027-01-05',
    });
  });

  it('escapes LaTeX specials so braces stay balanced', () => {
    const odd = bibtex({ ...input, title: 'R&D: 100% of {budgets} #1_x' });
    expect(parseBibtex(odd).fields['title']).toBe('R\\&D: 100\\% of \\{budgets\\} \\#1\\_x');
  });

  it('the reader rejects a broken entry (so the test above can fail)', () => {
    expect(() => parseBibtex('@misc{k,\n  title = {open\n}')).toThrow();
  });
});

describe('helpers', () => {
  it('title case keeps minor words low except at the ends', () => {
    expect(titleCase('the pivot to China and what it costs')).toBe('The Pivot to China and What It Costs');
    expect(titleCase('brain drain: who left')).toBe('Brain Drain: Who Left');
    expect(titleCase('the cut-off')).toBe('The Cut-Off');
  });
  it('isoToday uses the local calendar day', () => {
    expect(isoToday(new Date(2027, 0, 5, 23, 30))).toBe('2027-01-05');
  });
  it('every style changes with the access date', () => {
    const later = citations({ ...input, accessed: '2028-03-09' });
    for (const runs of Object.values(later)) expect(runsToText(runs)).toMatch(/2028|March 9|9 Mar/);
  });
  it('rejects a malformed date', () => {
    expect(() => apa({ ...input, updated: '24/11/2026' })).toThrow(/YYYY-MM-DD/);
  });
});
