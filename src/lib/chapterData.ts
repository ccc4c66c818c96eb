/**
 * The files of a chapter's data download: one CSV per dataset its charts draw (the dataset's
 * own columns plus each row's source id, publisher and URL), sources.csv with every source the
 * chapter cites or its data rows name, and a README.txt with titles, units, notes and the URL.
 *
 * Why a ZIP rather than one long-format CSV: students open each table as it appears in the
 * chapter (a spreadsheet per dataset, with its own columns), and the sources travel alongside
 * instead of being repeated on every row. fflate builds the ZIP at build time (src/pages/data/
 * chapters/[slug].zip.ts); nothing of it ships to the browser.
 */
import { datasetTableCsv, toCsv } from './csv';
import type { Dataset, Source } from './schemas';

export interface ChapterDataInput {
  chapterTitle: string;
  chapterUrl: string;
  /** Dataset id -> dataset, in the order the chapter shows them. */
  datasets: [string, Dataset][];
  /** Every source of the story, by id. */
  sources: ReadonlyMap<string, Source>;
  /** Source ids the chapter's prose cites, in citation order. */
  cited: string[];
}

/** File name -> text. */
export function chapterDataFiles(input: ChapterDataInput): Map<string, string> {
  const files = new Map<string, string>();
  const used = [...input.cited];
  for (const [id, dataset] of input.datasets) {
    const csv = datasetTableCsv(dataset, ['Source id', 'Source publisher', 'Source URL'], (row) => {
      const source = input.sources.get(row.source);
      if (!used.includes(row.source)) used.push(row.source);
      return [row.source, source?.publisher, source?.url];
    });
    files.set(`${id}.csv`, csv);
  }
  const sourceRows = used.flatMap((id) => {
    const s = input.sources.get(id);
    return s ? [[id, s.publisher, s.title, s.url, s.published, s.accessed]] : [];
  });
  files.set('sources.csv', toCsv([['Source id', 'Publisher', 'Title', 'URL', 'Published', 'Accessed'], ...sourceRows]));
  const readme = [
    `Data for "${input.chapterTitle}"`,
    input.chapterUrl,
    '',
    ...input.datasets.flatMap(([id, d]) => [`${id}.csv: ${d.title} (unit: ${d.unit}).`, ...(d.notes ? [`  Notes: ${d.notes.trim()}`] : []), '']),
    'sources.csv: every source the chapter cites or its data rows name, with its URL and the dates it was published and accessed.',
    'Every data row names its source id; look it up in sources.csv.',
    '',
  ];
  files.set('README.txt', readme.join('\r\n'));
  return files;
}
