/**
 * The embed height protocol, child side. An embed page tells its parent window how tall its
 * content is, whenever that changes, in three dialects: ours (read by public/embed.js),
 * Datawrapper's (`datawrapper-height`, which many CMSs already listen for) and AMP's
 * `embed-size` (for <amp-iframe resizable>). Nothing inside an embed is sized from the
 * viewport height, so setting the iframe's height can never feed back into the content height.
 */
export const HEIGHT_MESSAGE = 'russia-ai:embed-height';
/** Sent by the host script when it starts, so embeds that loaded before it repeat their height. */
export const PING_MESSAGE = 'russia-ai:embed-ping';

export function heightMessages(chart: string, height: number): unknown[] {
  return [
    { type: HEIGHT_MESSAGE, chart, height },
    { 'datawrapper-height': { [chart]: height } },
    { sentinel: 'amp', type: 'embed-size', height },
  ];
}

/** Content height of the document in whole CSS pixels (never the viewport's). */
export function contentHeight(doc: Document): number {
  return Math.ceil(doc.documentElement.getBoundingClientRect().height);
}

/** Starts posting heights to the parent window; returns the cleanup. No-op when not framed. */
export function startHeightPosting(chart: string): () => void {
  if (window.parent === window) return () => {};
  let last = -1;
  const send = (force: boolean) => {
    const height = contentHeight(document);
    if (height === last && !force) return;
    last = height;
    // The height is not secret and the host's origin is unknown, hence '*'.
    for (const message of heightMessages(chart, height)) window.parent.postMessage(message, '*');
  };
  const observer = new ResizeObserver(() => send(false));
  observer.observe(document.documentElement);
  const onMessage = (event: MessageEvent) => {
    const data: unknown = event.data;
    if (event.source === window.parent && typeof data === 'object' && data !== null && (data as { type?: unknown }).type === PING_MESSAGE) {
      send(true);
    }
  };
  window.addEventListener('message', onMessage);
  return () => {
    observer.disconnect();
    window.removeEventListener('message', onMessage);
  };
}
