/**
 * public/embed.js, the host script, run against a fake page: which messages resize which
 * iframe, and that a frame whose height keeps flipping cannot make it loop.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';

interface FakeFrame {
  contentWindow: object;
  style: { height?: string };
  getAttribute(name: string): string | null;
}

const source = readFileSync('public/embed.js', 'utf8');

function page(frames: FakeFrame[]) {
  const listeners: ((event: unknown) => void)[] = [];
  const win: Record<string, unknown> = {
    addEventListener: (type: string, fn: (event: unknown) => void) => type === 'message' && listeners.push(fn),
  };
  const doc = {
    baseURI: 'https://host.example/article/',
    readyState: 'complete',
    getElementsByTagName: () => frames,
    querySelectorAll: () => [],
  };
  const load = () => new Function('window', 'document', source)(win, doc);
  load();
  const send = (data: unknown, from: object, origin: string) => listeners.forEach((fn) => fn({ data, source: from, origin }));
  return { win, send, listeners, load };
}

function frame(src: string): FakeFrame {
  return { contentWindow: {}, style: {}, getAttribute: (name) => (name === 'src' ? src : null) };
}

const SITE = 'https://russia-ai.example.org';
const msg = (height: unknown, chart: unknown = 'some-chart') => ({ type: 'russia-ai:embed-height', chart, height });

describe('embed.js', () => {
  let a: FakeFrame;
  let b: FakeFrame;
  let send: ReturnType<typeof page>['send'];
  let win: Record<string, unknown>;
  let host: ReturnType<typeof page>;
  beforeEach(() => {
    a = frame(`${SITE}/embed/one/`);
    b = frame('//russia-ai.example.org/embed/two/?step=x');
    host = page([a, b]);
    ({ send, win } = host);
  });

  it('resizes only the iframe whose window sent the message', () => {
    send(msg(512), a.contentWindow, SITE);
    send(msg(700.2), b.contentWindow, SITE);
    expect([a.style.height, b.style.height]).toEqual(['512px', '701px']);
  });

  it('ignores messages from the wrong origin, from no iframe, or of the wrong shape', () => {
    send(msg(512), a.contentWindow, 'https://evil.example');
    send(msg(512), win, SITE);
    send(msg(512), {}, SITE);
    for (const bad of [msg('512'), msg(NaN), msg(Infinity), msg(20), msg(50000), msg(512, 'Bad Id'), msg(512, 3), null, 'text', { 'datawrapper-height': { x: 512 } }]) {
      send(bad, a.contentWindow, SITE);
    }
    expect(a.style.height).toBeUndefined();
  });

  it('sizes a sandboxed iframe (origin "null") by its window, keeping the shape and height checks', () => {
    send(msg(640), a.contentWindow, 'null');
    expect(a.style.height).toBe('640px');
    send(msg(50000), a.contentWindow, 'null');
    send(msg('700'), a.contentWindow, 'null');
    send(msg(700), {}, 'null');
    send(msg(700), win, 'null');
    expect(a.style.height).toBe('640px');
  });

  it('sizes an iframe added after the script ran', () => {
    const later = frame(`${SITE}/embed/three/`);
    const frames = [a];
    const late = page(frames);
    frames.push(later);
    late.send(msg(420), later.contentWindow, SITE);
    expect(later.style.height).toBe('420px');
  });

  it('runs once however many times the snippet loads it', () => {
    host.load();
    host.load();
    expect(host.listeners).toHaveLength(1);
    expect(win['__russiaAiEmbedHost']).toBe(true);
  });

  it('stops shrinking a frame that keeps flipping height, so it cannot loop', () => {
    for (let i = 0; i < 40; i++) send(msg(i % 2 ? 600 : 500), a.contentWindow, SITE);
    expect(a.style.height).toBe('600px');
    send(msg(650), a.contentWindow, SITE);
    expect(a.style.height).toBe('650px');
  });
});
