/**
 * The one error type for bad content: it names the file, the line when known, and what is
 * wrong, so the build log points an author straight at the fix.
 */
export class ContentError extends Error {
  constructor(file: string, message: string, line?: number, column?: number) {
    const where = line === undefined ? file : `${file}:${line}${column === undefined ? '' : `:${column}`}`;
    super(`${where}: ${message}`);
    this.name = 'ContentError';
  }
}
