/**
 * Where the content lives. CONTENT_DIR lets a test build the site from a deliberately
 * broken copy of content/ to prove that the build stops with a clear message.
 */
export const contentDir: string = process.env['CONTENT_DIR'] ?? './content';
