/**
 * Scroll triggers for one scrolly section. An IntersectionObserver tells us when a step starts
 * or stops straddling the trigger line (what Scrollama's step events tell, without its
 * progress, debug and per-step resize machinery, 1.8 KB gzip that no chapter needs); we then
 * read every step's position (activeStepIndex) so skipped events, anchor jumps and resizes
 * cannot leave the wrong step active.
 */
import { activeAfterCrossing, activeStepIndex } from './activeStep';

export interface ScrollControllerOptions {
  steps: HTMLElement[];
  /** Trigger line as a fraction of the viewport height from the top. */
  offset: 0.5 | 0.85;
  /** Called with the active index (-1 before the first step) whenever it changes. */
  onChange: (index: number) => void;
}

export interface ScrollController {
  /** Re-reads positions now (after a layout change). */
  refresh: () => void;
  destroy: () => void;
}

export function createScrollController({ steps, offset, onChange }: ScrollControllerOptions): ScrollController {
  let current: number | undefined;
  const set = (index: number) => {
    if (index === current) return;
    current = index;
    onChange(index);
  };
  const refresh = () => set(activeStepIndex(steps.map((s) => s.getBoundingClientRect().top), window.innerHeight * offset));

  // The steps that straddle the line. As with Scrollama, a step's first report only counts
  // when it straddles the line (an "enter"); leaving counts once it has entered.
  const across = new Set<Element>();
  let observer: IntersectionObserver | undefined;
  const observe = () => {
    observer?.disconnect();
    const line = Math.round(window.innerHeight * offset);
    observer = new IntersectionObserver(
      (entries) => {
        const changed = entries.filter(({ isIntersecting, target }) => (isIntersecting ? !across.has(target) && across.add(target) : across.delete(target)));
        // One step crossed: the report says where it is, so no layout is forced in the middle of
        // a scroll (a chart's change had left it to do: 20-40 ms of a task at 4x CPU, issue 18).
        // More (a fast fling): read every position.
        if (changed.length === 1) {
          const [{ target, isIntersecting, boundingClientRect }] = changed as [IntersectionObserverEntry];
          set(activeAfterCrossing(steps.indexOf(target as HTMLElement), isIntersecting, boundingClientRect.top, line));
        } else if (changed.length) refresh();
      },
      // A band 1 px high at the trigger line: a step meets it exactly while it straddles the line.
      { rootMargin: `${-line}px 0px ${line + 1 - window.innerHeight}px 0px` },
    );
    steps.forEach((step) => observer!.observe(step));
  };
  observe();
  const resize = () => {
    observe();
    refresh();
  };
  // Fast flings can end between observer callbacks; scrollend and resize catch up. The browser
  // fires scrollend inside a rendering frame, so its step change waits for a task of its own:
  // the chart's update and the frame's style, layout and paint are then two tasks, not one long
  // one (issue 18: a phone's step changes at 4x CPU).
  const later = () => setTimeout(refresh);
  // (Neither event can be cancelled, so neither needs `passive`.)
  addEventListener('scrollend', later);
  addEventListener('resize', resize);

  return {
    refresh,
    destroy() {
      observer?.disconnect();
      removeEventListener('scrollend', later);
      removeEventListener('resize', resize);
    },
  };
}
