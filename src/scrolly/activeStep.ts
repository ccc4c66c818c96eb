/**
 * Which step is active, from geometry alone: the last step whose top has crossed the
 * trigger line. The scroll triggers (controller.ts) only tell us *that* something changed;
 * reading positions each time means a fast scroll or an anchor jump that skips steps still lands on
 * the right one, and jumping to step 9 gives the same answer as scrolling through 1..8.
 */
export function activeStepIndex(stepTops: readonly number[], triggerLine: number): number {
  let active = -1;
  stepTops.forEach((top, i) => {
    if (top <= triggerLine) active = i;
  });
  return active;
}

/** Index of the step named by a URL hash ("#step-id"), or -1 when the hash is not one of ours. */
export function stepIndexFromHash(hash: string, stepIds: readonly string[]): number {
  const id = decodeURIComponent(hash.replace(/^#/, ''));
  return id ? stepIds.indexOf(id) : -1;
}

/**
 * The active step after one step alone meets or leaves the trigger line, from what the scroll
 * observer reports of it (no positions read, so no layout forced in the middle of a scroll): a
 * step that meets the line is active; one that leaves it with its top below the line (the reader
 * scrolling back up) hands over to the step before it; one whose top is above the line stays
 * active until the next step meets it.
 */
export function activeAfterCrossing(index: number, meets: boolean, top: number, triggerLine: number): number {
  return meets || top <= triggerLine ? index : index - 1;
}
