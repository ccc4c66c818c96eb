import { strFromU8, unzipSync, zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { chapterDataFiles } from './chapterData';
import type { Source } from './schemas';

const source = (id: string): Source => ({ id, publisher: `Pub ${id}`, title: `Title, ${id}`, url: `https://example.org/${id}`, published: '2024', accessed: '2026-11-24', kind: 'primary', language: 'en', quotes: [] });

describe('chapterDataFiles', () => {
  const files = chapterDataFiles({
    chapterTitle: 'Cut off',
    chapterUrl: 'https://example.org/chapters/sanctions/',
    datasets: [
      ['chips', { title: 'Chips', unit: 'units', notes: 'Rounded.', columns: [{ key: 'year', label: 'Year' }, { key: 'n', label: 'Count' }], rows: [{ year: 2022, n: 5, source: 'b' }] }],
    ],
    sources: new Map([['a', source('a')], ['b', source('b')]]),
    cited: ['a'],
  });

  it('writes one CSV per dataset with each row’s source', () => {
    expect(files.get('chips.csv')).toBe('Year,Count,Source id,Source publisher,Source URL\r\n2022,5,b,Pub b,https://example.org/b\r\n');
  });

  it('lists cited sources first, then data sources, quoting commas', () => {
    const lines = files.get('sources.csv')!.trim().split('\r\n');
    expect(lines.map((l) => l.split(',')[0])).toEqual(['Source id', 'a', 'b']);
    expect(lines[1]).toContain('"Title, a"');
  });

  it('explains the files in a README and survives a ZIP round trip', () => {
    expect(files.get('README.txt')).toContain('chips.csv: Chips (unit: units).');
    const zip = zipSync(Object.fromEntries([...files].map(([n, t]) => [n, strToU8(t)])));
    expect(Object.keys(unzipSync(zip)).sort()).toEqual(['README.txt', 'chips.csv', 'sources.csv']);
    expect(strFromU8(unzipSync(zip)['chips.csv']!)).toContain('2022,5,b');
  });
});
