/**
 * Object constancy for keyed marks: positions move from where they are drawn now to the new
 * layout (interruptible: a new target starts from the current in-between positions). The
 * duration is the theme's `--motion-duration` (0 under reduced motion or the reader's
 * "motion off"), and 0 inside `[data-instant]` (first paint, deep links) or on a resize.
 * Server render and first paint draw the target directly.
 */
import { untrack } from 'svelte';
import { Tween } from 'svelte/motion';
import { cubicOut } from 'svelte/easing';

export interface Placed {
  key: string;
  x: number;
  y: number;
  size: number;
}

function durationAt(el: Element | undefined): number {
  if (!el || el.closest('[data-instant]')) return 0;
  const raw = getComputedStyle(el).getPropertyValue('--motion-duration').trim();
  const ms = raw.endsWith('ms') ? parseFloat(raw) : raw.endsWith('s') ? parseFloat(raw) * 1000 : 0;
  // 300-600 ms: long enough to follow a square, short enough to keep up with fast scrolling.
  return Number.isFinite(ms) ? Math.min(600, Math.max(0, ms)) : 0;
}

const lerp = (a: number, b: number, t: number) => a + (b - a) * t;

export class Moving<T extends Placed> {
  #from: Map<string, Placed> = $state(new Map());
  #to: T[] = $state([]);
  #t = new Tween(1, { easing: cubicOut });
  #width = 0;

  constructor(initial: T[], width: number) {
    this.#to = initial;
    this.#width = width;
  }

  /** Marks as drawn now. */
  get current(): T[] {
    const t = this.#t.current;
    if (t >= 1) return this.#to;
    return this.#to.map((m) => {
      const f = this.#from.get(m.key);
      return f ? { ...m, x: lerp(f.x, m.x, t), y: lerp(f.y, m.y, t), size: lerp(f.size, m.size, t) } : m;
    });
  }

  /** Move to a new layout, from wherever the marks are drawn now. */
  retarget(next: T[], width: number, el: Element | undefined) {
    untrack(() => {
      const resized = width !== this.#width;
      this.#width = width;
      const duration = resized ? 0 : durationAt(el);
      this.#from = new Map(this.current.map((m) => [m.key, { key: m.key, x: m.x, y: m.y, size: m.size }]));
      this.#to = next;
      if (duration === 0) {
        void this.#t.set(1, { duration: 0 });
        return;
      }
      void this.#t.set(0, { duration: 0 });
      void this.#t.set(1, { duration });
    });
  }
}
