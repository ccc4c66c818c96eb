import { describe, expect, it } from 'vitest';
import { formatNumber, formatOrdinal, formatPartialDate } from './format';

// The charts' formatters are written by hand so that the browser never loads ICU's locale data
// at load (issue 18); Intl, the formatter they replace, is the judge of what they must print.
const intlNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const intlMonth = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const intlDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const intlOrdinal = new Intl.PluralRules('en-GB', { type: 'ordinal' });

describe('formatNumber', () => {
  it('prints every value as en-GB Intl does: commas, at most one decimal, halves rounded as Intl rounds them', () => {
    const values = [0, 0.04, 0.05, 0.15, 1.15, 1e-7, 0.25, 0.35, 1.05, 2.675, 5, 9.95, 12.5, 90.3, 99.99, 100, 999.95, 1000, 1234.5, 15500, 23000, 109.1, 285.9, 1_000_000, 11_000_000.25, -3, -0.04, -1234.56];
    for (let i = 0; i < 2000; i++) values.push(Math.round(Math.random() * 10 ** (1 + (i % 8))) / 10 ** (i % 4));
    for (const value of values) expect(formatNumber(value), String(value)).toBe(intlNumber.format(value));
  });
});

describe('formatPartialDate', () => {
  it('prints a year, a month or a day as en-GB Intl does, September as "Sept"', () => {
    for (const y of [1999, 2022, 2030]) {
      expect(formatPartialDate(String(y))).toBe(String(y));
      for (let m = 1; m <= 12; m++) {
        const mm = String(m).padStart(2, '0');
        expect(formatPartialDate(`${y}-${mm}`)).toBe(intlMonth.format(new Date(Date.UTC(y, m - 1, 1))));
        for (const d of [1, 9, 10, 28]) expect(formatPartialDate(`${y}-${mm}-${String(d).padStart(2, '0')}`)).toBe(intlDay.format(new Date(Date.UTC(y, m - 1, d))));
      }
    }
    expect(formatPartialDate('n.d.')).toBe('n.d.');
  });
});

describe('formatOrdinal', () => {
  it('gives every rank the suffix English ordinal rules give it', () => {
    const suffix = { one: 'st', two: 'nd', few: 'rd', other: 'th' } as Record<string, string>;
    for (let n = 0; n <= 1200; n++) expect(formatOrdinal(n)).toBe(`${n}${suffix[intlOrdinal.select(n)]}`);
  });
});
