/**
 * Astro's client renderer for Svelte islands (`@astrojs/svelte/client.js`, aliased here in
 * astro.config.mjs), cut to what this site's islands use. Astro's own wraps an island's props
 * in `$state`, a deep proxy, so that it can pass new props to a mounted island (view
 * transitions, persisted islands) and it turns slots into snippets. Our islands take no slots
 * and their props never change, while every read of the chart's rows and states through the
 * proxy made the first chart's layout slower (issue 18: a phone's first scroll). `hydrate()`
 * also mounts an island sent without markup (WithoutServerCopy.astro).
 */
import { hydrate, type Component } from 'svelte';

export default (element: HTMLElement) => async (component: Component<Record<string, unknown>>, props: Record<string, unknown>) => {
  if (element.hasAttribute('ssr')) hydrate(component, { target: element, props });
};
