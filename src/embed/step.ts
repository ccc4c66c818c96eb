/**
 * `?step=<step-id>` on an embed page: shows the server-drawn view of that step and points the
 * back link at it. Unknown or malformed parameters leave the default view; nothing throws.
 */
import { parseEmbedParams } from './params';

export function showStepFromQuery(doc: Document, search: string): string | undefined {
  const views = [...doc.querySelectorAll<HTMLElement>('[data-embed-step]')];
  const ids = views.map((v) => v.dataset['embedStep'] ?? '').filter(Boolean);
  const { step } = parseEmbedParams(search, ids);
  if (!step) return undefined;
  for (const view of views) view.hidden = view.dataset['embedStep'] !== step;
  const chosen = views.find((v) => v.dataset['embedStep'] === step);
  const back = doc.querySelector<HTMLAnchorElement>('[data-embed-back]');
  if (back && chosen?.dataset['href']) back.href = chosen.dataset['href'];
  // The static discovery link names the chart's default view; point it at this step's response
  // for consumers that run scripts (those that do not get the default, see the README).
  const discovery = doc.querySelector<HTMLLinkElement>('link[type="application/json+oembed"]');
  if (discovery) discovery.href = discovery.href.replace(/\.json$/, `/${step}.json`);
  return step;
}
