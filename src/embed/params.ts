/**
 * The embed page's query parameters. Its own module with no imports, because it ships in the
 * embed page's script, which must not pull chart or engine code in with it.
 */
export type Theme = 'dark' | 'light';

/**
 * Reads `?step=` and `?theme=` from a query string. Anything unknown, repeated oddly or
 * malformed is ignored: the embed falls back to its default rather than failing.
 */
export function parseEmbedParams(search: string, stepIds: readonly string[]): { step?: string; theme?: Theme } {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return {};
  }
  const result: { step?: string; theme?: Theme } = {};
  const step = params.get('step');
  if (step !== null && stepIds.includes(step)) result.step = step;
  const theme = params.get('theme');
  if (theme === 'dark' || theme === 'light') result.theme = theme;
  return result;
}
