import { describe, expect, it } from 'vitest';
import { csvField, datasetCsv, parseCsv, toCsv } from './csv';
import type { Dataset } from './schemas';

describe('csvField', () => {
  it('leaves plain text alone and quotes what needs quoting', () => {
    expect(csvField('Russia')).toBe('Russia');
    expect(csvField(31)).toBe('31');
    expect(csvField(null)).toBe('');
    expect(csvField('Gref: "more than" 1,000,000')).toBe('"Gref: ""more than"" 1,000,000"');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
  });
});

describe('toCsv and parseCsv', () => {
  it('round-trips commas, doubled quotes, line breaks and empty fields', () => {
    const rows = [
      ['label', 'value', 'note'],
      ['Putin: "ruler of the world"', '1', ''],
      ['a, b and c', '2.5', 'line one\r\nline two'],
      ['', '', '"'],
    ];
    const text = toCsv(rows);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parseCsv(text)).toEqual(rows);
  });

  it('parses a file without a final line break', () => {
    expect(parseCsv('a,b\r\n1,"x,y"')).toEqual([
      ['a', 'b'],
      ['1', 'x,y'],
    ]);
  });
});

describe('datasetCsv', () => {
  const dataset: Dataset = {
    title: 'Test',
    unit: 'people',
    columns: [
      { key: 'label', label: 'Estimate' },
      { key: 'low', label: 'Low' },
    ],
    rows: [
      { id: 'a', label: 'RAEC: "left", by March', low: 50000, source: 's1' },
      { id: 'b', label: 'Minister', low: 100000, source: 's2' },
    ],
  };
  const sources = new Map([
    ['s1', { url: 'https://example.org/a?x=1,2' }],
    ['s2', { url: 'https://example.org/b' }],
  ]);

  it('writes the columns in their declared order, then the source URL of each row', () => {
    const parsed = parseCsv(datasetCsv(dataset, sources));
    expect(parsed).toEqual([
      ['Estimate', 'Low', 'Source'],
      ['RAEC: "left", by March', '50000', 'https://example.org/a?x=1,2'],
      ['Minister', '100000', 'https://example.org/b'],
    ]);
  });
});

describe('csvField, by table', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    [null, ''],
    [3.5, '3.5'],
  ])('%s -> %s', (input, expected) => expect(csvField(input)).toBe(expected));
});
