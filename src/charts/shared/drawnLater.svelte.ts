/**
 * A flag for what a chart draws a task after its shapes in the browser (a chart's words: names
 * and notes), so that mounting it is two shorter tasks, not one long one (issue 18: 60-120 ms at
 * 4x CPU for the rank chart and the report card). On the server it is set from the start: static
 * copies, print and embeds draw everything at once. Call it while a component initialises.
 */
export function drawnLater(): () => boolean {
  let on = $state.raw(import.meta.env.SSR);
  $effect(() => {
    setTimeout(() => (on = true));
  });
  return () => on;
}
