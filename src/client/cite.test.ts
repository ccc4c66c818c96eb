import { describe, expect, it } from 'vitest';
import { accessedText } from './cite';
import { formatPartialDate } from '../charts/shared/format';
import { citations, runsToText } from '../lib/citation';

const base = { title: 'A title', url: 'https://example.org/chapters/a/', updated: '2026-11-30' };

describe('accessedText', () => {
  it('writes the access date in the box sentence as the site writes dates everywhere else', () => {
    for (const iso of ['2026-11-30', '2026-06-01', '2026-07-04', '2026-09-09', '2027-01-15', '2026-05-03', '2026-03-31', '2026-12-02']) expect(accessedText('day', iso)).toBe(formatPartialDate(iso));
  });

  it('writes every month as the citation styles do (APA, MLA, Chicago, BibTeX)', () => {
    for (let month = 1; month <= 12; month++) {
      for (const day of [1, 9, 30]) {
        if (month === 2 && day === 30) continue;
        const iso = `2027-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const all = citations({ ...base, accessed: iso });
        expect(runsToText(all.apa)).toContain(`Retrieved ${accessedText('long', iso)}, from`);
        expect(runsToText(all.chicago)).toContain(`Accessed ${accessedText('long', iso)}.`);
        expect(runsToText(all.mla)).toContain(`Accessed ${accessedText('mla', iso)}.`);
        expect(runsToText(all.bibtex)).toContain(`urldate = {${accessedText('iso', iso)}}`);
      }
    }
  });
});
