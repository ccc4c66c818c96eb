/**
 * A typed wrapper around Scrollama for one scrolly section. Scrollama tells us when a step
 * crosses the trigger line; we then read every step's position (activeStepIndex) so skipped
 * events, anchor jumps and resizes cannot leave the wrong step active.
 */
import scrollama from 'scrollama';
import { activeStepIndex } from './activeStep';

export interface ScrollControllerOptions {
  steps: HTMLElement[];
  /** Trigger line as a fraction of the viewport height from the top. */
  offset: 0.5 | 0.7;
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

  const scroller = scrollama();
  scroller.setup({ step: steps, offset }).onStepEnter(refresh).onStepExit(refresh);
  // Fast flings can end between observer callbacks; scrollend and resize catch up.
  window.addEventListener('scrollend', refresh, { passive: true });
  window.addEventListener('resize', refresh, { passive: true });

  return {
    refresh,
    destroy() {
      scroller.destroy();
      window.removeEventListener('scrollend', refresh);
      window.removeEventListener('resize', refresh);
    },
  };
}
