/*!
 * Russia's AI gamble: embed host script.
 * Licence: MIT. Copyright (c) the authors of the Russia AI explainer.
 * Readable source, no build step and no dependencies: this file is what your page loads.
 *
 * Put it once on a page that holds one or more iframes of /embed/<chart-id>/ pages. Each embed
 * posts { type: 'russia-ai:embed-height', chart, height } to its parent whenever its content
 * height changes; this script finds the iframe that sent it and sets that iframe's height.
 *
 * Safety: a message counts only when it comes from the content window of an iframe on this
 * page, from the origin that iframe's src points to (or from origin "null", which is what a
 * frame sandboxed without allow-same-origin reports: its window is still the iframe's own),
 * has exactly the expected shape and a height between 80 and 20000 px. Anything else,
 * including messages the page posts to itself, is ignored. It never loops: heights are only set when they change, and an iframe whose
 * height keeps changing (more than 12 times in 2 seconds) may then only grow until it calms.
 * Works with iframes added later (nothing is registered up front) and loaded twice (it runs once).
 * When the window is resized it asks every embed to repeat its height, because browsers do not
 * render frames that are off screen and those would not notice their new width on their own.
 */
(function () {
  'use strict';
  var FLAG = '__russiaAiEmbedHost';
  if (window[FLAG]) return;
  window[FLAG] = true;

  var HEIGHT = 'russia-ai:embed-height';
  var PING = 'russia-ai:embed-ping';
  var MIN_HEIGHT = 80;
  var MAX_HEIGHT = 20000;
  var BURST_MS = 2000;
  var BURST_LIMIT = 12;
  var state = typeof WeakMap === 'function' ? new WeakMap() : null;

  function srcOrigin(frame) {
    try {
      return new URL(frame.getAttribute('src') || '', document.baseURI).origin;
    } catch (e) {
      return null;
    }
  }

  function frameOf(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  function isHeightMessage(data) {
    return (
      data !== null &&
      typeof data === 'object' &&
      data.type === HEIGHT &&
      typeof data.chart === 'string' &&
      /^[a-z0-9][a-z0-9-]{0,99}$/.test(data.chart) &&
      typeof data.height === 'number' &&
      isFinite(data.height) &&
      data.height >= MIN_HEIGHT &&
      data.height <= MAX_HEIGHT
    );
  }

  function onMessage(event) {
    if (!event.source || event.source === window || !isHeightMessage(event.data)) return;
    var frame = frameOf(event.source);
    if (!frame) return;
    // A sandboxed frame's origin is "null"; its window being this iframe's is the proof.
    if (event.origin !== 'null' && srcOrigin(frame) !== event.origin) return;
    var height = Math.ceil(event.data.height);
    var now = Date.now();
    var s = (state && state.get(frame)) || { last: -1, since: now, count: 0 };
    if (now - s.since > BURST_MS) {
      s.since = now;
      s.count = 0;
    }
    if (height === s.last) return;
    s.count += 1;
    if (s.count > BURST_LIMIT && height < s.last) return;
    s.last = height;
    if (state) state.set(frame, s);
    frame.style.height = height + 'px';
  }

  window.addEventListener('message', onMessage);

  // Embeds that loaded before this script ran have already posted; ask them to repeat.
  function ping() {
    var frames = document.querySelectorAll('iframe[data-russia-ai-embed], iframe[src*="/embed/"]');
    for (var i = 0; i < frames.length; i++) {
      try {
        if (frames[i].contentWindow) frames[i].contentWindow.postMessage({ type: PING }, '*');
      } catch (e) {
        /* a frame that cannot be reached simply keeps its height */
      }
    }
  }
  ping();
  if (document.readyState !== 'complete') window.addEventListener('load', ping);
  var resizeTimer = 0;
  window.addEventListener('resize', function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(ping, 150);
  });
})();
