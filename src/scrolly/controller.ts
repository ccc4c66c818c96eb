/**
 * Scroll triggers for one scrolly section. An IntersectionObserver tells us when a step starts
 * or stops straddling the trigger line (what Scrollama's step events tell, without its
 * progress, debug and per-step resize machinery, 1.8 KB gzip that no chapter needs); we then
 * read every step's position (activeStepIndex) so skipped events, anchor jumps and resizes
 * cannot leave the wrong step active.
 */
import { activeStepIndex } from './activeStep';

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
  const refresh = () => {
    const line = window.innerHeight * offset;
    const index = activeStepIndex(steps.map((s) => s.getBoundingClientRect().top), line);
    if (index !== current) {
      current = index;
      onChange(index);
    }
  };

  // The steps that straddle the line. As with Scrollama, a step's first report only counts
  // when it straddles the line (an "enter"); leaving counts once it has entered.
  const across = new Set<Element>();
  let observer: IntersectionObserver | undefined;
  const observe = () => {
    observer?.disconnect();
    const line = Math.round(window.innerHeight * offset);
    observer = new IntersectionObserver(
      (entries) => {
        let changed = false;
        for (const { isIntersecting, target } of entries) {
          if (isIntersecting ? !across.has(target) && across.add(target) : across.delete(target)) changed = true;
        }
        if (changed) refresh();
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
