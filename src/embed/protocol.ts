/**
 * The embed height protocol, child side. An embed page tells its parent window how tall its
 * content is, at load and whenever that changes, in every dialect a host page may already run:
 *
 * - ours, `{type: 'russia-ai:embed-height', chart, height}`, read by public/embed.js;
 * - Datawrapper's `{'datawrapper-height': {key: height}}`. Its current host script resizes the
 *   frame whose window sent the message; its older one looks the key up as
 *   `#datawrapper-chart-<key>` or `iframe[src*='<key>']`. The key is therefore this frame's own
 *   path and query (`/embed/<chart>/?step=...`), so two frames of one chart at two steps each
 *   get their own height;
 * - AMP's `{sentinel: 'amp', type: 'embed-size', height}` (for `<amp-iframe resizable>`);
 * - pym.js (NPR), when the frame was made by `pym.Parent` (it adds `?childId=` to the URL):
 *   `pymxPYMx<id>xPYMxheightxPYMx<height>`, repeated whenever the parent sends its width;
 * - iframe-resizer's v4 message protocol: the parent sends `[iFrameSizer]<id>:<settings...>`
 *   when the frame loads; the child answers `[iFrameSizer]<id>:<height>:<width>:init` and then
 *   sends `...:<height>:<width>:resizeObserver` on every change. (Its own child also sends
 *   `[iFrameResizerChild]Ready` when its script loads after the page; ours never does: it runs
 *   before the frame's load event, which is when the parent sends its init.) Written from the protocol, not from iframe-resizer's child script (none of it ships here).
 *
 * Nothing inside an embed is sized from the viewport height, so setting the iframe's height can
 * never feed back into the content height. Browsers stop rendering frames that are off screen
 * (no ResizeObserver callbacks there), so the height is also sent at load, after the fonts,
 * whenever a parent asks and when the width changes (checked once a second); reading the
 * height forces layout even in a throttled frame.
 */
export const HEIGHT_MESSAGE = 'russia-ai:embed-height';
/** Sent by the host script when it starts or its window resizes: embeds repeat their height. */
export const PING_MESSAGE = 'russia-ai:embed-ping';

const PYM = 'xPYMx';
const IFRAME_RESIZER = '[iFrameSizer]';

/** Who this frame is, as each protocol names it. */
export interface FrameIdentity {
  /** Chart id (our own message). */
  chart: string;
  /** Datawrapper key: the frame's path and query, or the chart id when that cannot be a selector. */
  key: string;
  /** pym.js child id from `?childId=`, when pym made the frame. */
  pymId?: string | undefined;
  /** iframe-resizer id, once its parent has sent its init message. */
  resizerId?: string | undefined;
}

/**
 * The Datawrapper key of a frame: its path and query as the host's `src` has them. Datawrapper's
 * older script puts the key in `iframe[src*='...']`; anything that could break that selector
 * (quotes, backslashes, brackets, spaces) falls back to the chart id.
 */
export function datawrapperKey(chart: string, pathname: string, search: string): string {
  const key = pathname + search;
  return /^[A-Za-z0-9\-._~%!$&()*+,;=:@/?]{1,400}$/.test(key) ? key : chart;
}

/** The pym.js child id from the frame's query (`?childId=`), as pym.Child reads it. */
export function pymChildId(search: string): string | undefined {
  try {
    const id = new URLSearchParams(search).get('childId');
    return id && /^[\w-]{1,200}$/.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

/** Every message that reports a height of `height` x `width` CSS px for this frame. */
export function heightMessages(who: FrameIdentity, height: number, width: number, reason: 'init' | 'resizeObserver' = 'resizeObserver'): unknown[] {
  const messages: unknown[] = [
    { type: HEIGHT_MESSAGE, chart: who.chart, height },
    { 'datawrapper-height': { [who.key]: height } },
    { sentinel: 'amp', type: 'embed-size', height },
  ];
  if (who.pymId) messages.push(['pym', who.pymId, 'height', String(height)].join(PYM));
  if (who.resizerId) messages.push(`${IFRAME_RESIZER}${who.resizerId}:${height}:${width}:${reason}`);
  return messages;
}

export type ParentRequest = { kind: 'ping' } | { kind: 'pym-width' } | { kind: 'resizer-init'; id: string } | { kind: 'resizer-resize' };

/**
 * What a message from the parent asks of this frame, or undefined when it is not for us:
 * our ping, pym's width message for this child, iframe-resizer's init (an id followed by its
 * settings) or its resize and reset requests.
 */
export function parentRequest(data: unknown, pymId: string | undefined): ParentRequest | undefined {
  if (typeof data === 'object' && data !== null && (data as { type?: unknown }).type === PING_MESSAGE) return { kind: 'ping' };
  if (typeof data !== 'string' || data.length > 2000) return undefined;
  if (pymId && data.startsWith(`pym${PYM}${pymId}${PYM}width${PYM}`)) return { kind: 'pym-width' };
  if (data.startsWith(IFRAME_RESIZER)) {
    const body = data.slice(IFRAME_RESIZER.length);
    const fields = body.split(':');
    // The init message carries the frame's id and then its settings (15 fields in v4); the
    // parent's other messages (message:, pageInfo:, moveToAnchor:) carry one payload.
    if (fields.length >= 10 && /^[\w-]{1,200}$/.test(fields[0]!)) return { kind: 'resizer-init', id: fields[0]! };
    if (body === 'resize' || body === 'reset') return { kind: 'resizer-resize' };
  }
  return undefined;
}

/** Content height of the document in whole CSS pixels (never the viewport's). */
export function contentHeight(doc: Document): number {
  return Math.ceil(doc.documentElement.getBoundingClientRect().height);
}

/** Starts posting heights to the parent window; returns the cleanup. No-op when not framed. */
export function startHeightPosting(chart: string): () => void {
  if (window.parent === window) return () => {};
  const who: FrameIdentity = {
    chart,
    key: datawrapperKey(chart, location.pathname, location.search),
    pymId: pymChildId(location.search),
  };
  let last = -1;
  const post = (message: unknown) => {
    // The height is not secret and the host's origin is unknown (or "null"), hence '*'.
    window.parent.postMessage(message, '*');
  };
  const send = (force: boolean, reason?: 'init') => {
    const height = contentHeight(document);
    if (height === last && !force) return;
    last = height;
    const width = Math.ceil(document.documentElement.getBoundingClientRect().width);
    for (const message of heightMessages(who, height, width, reason)) post(message);
  };
  const observer = new ResizeObserver(() => send(false));
  observer.observe(document.documentElement);
  const onMessage = (event: MessageEvent) => {
    if (event.source !== window.parent) return;
    const request = parentRequest(event.data, who.pymId);
    if (!request) return;
    if (request.kind === 'resizer-init') {
      who.resizerId = request.id;
      send(true, 'init');
    } else {
      send(true);
    }
  };
  const onLoad = () => send(true);
  // A frame off screen gets no ResizeObserver callback when the host narrows it (a host
  // script that does not ask, like Datawrapper's): a cheap look at the width once a second.
  let lastWidth = window.innerWidth;
  const widthCheck = window.setInterval(() => {
    if (window.innerWidth === lastWidth) return;
    lastWidth = window.innerWidth;
    send(false);
  }, 1000);
  window.addEventListener('message', onMessage);
  window.addEventListener('load', onLoad);
  // At once (a frame off screen may not render, so no ResizeObserver callback comes), then
  // again when the page and its fonts have loaded.
  send(true);
  void document.fonts?.ready.then(() => send(false));
  return () => {
    observer.disconnect();
    window.clearInterval(widthCheck);
    window.removeEventListener('message', onMessage);
    window.removeEventListener('load', onLoad);
  };
}
