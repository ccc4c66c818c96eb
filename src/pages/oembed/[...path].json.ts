/**
 * /oembed/<chart>.json, /oembed/<chart>/<step>.json and /oembed/chapters/<slug>.json: static
 * oEmbed "rich" responses at the snippet's width, and the same under /oembed/w320/, w440/ and
 * w600/ for consumers that ask for a narrower `maxwidth` (src/embed/oembed.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadStory } from '../../lib/loadStory';
import { oembedFor, oembedName, oembedTargets, RESERVED_WIDTHS, type OEmbedTarget } from '../../embed/oembed';

export const getStaticPaths = (async () => {
  const story = await loadStory();
  return oembedTargets(story).flatMap((target) => RESERVED_WIDTHS.map((width) => ({ params: { path: oembedName(target, width) }, props: { target, width } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ target: OEmbedTarget; width: (typeof RESERVED_WIDTHS)[number] }> = async ({ props, site }) => {
  const story = await loadStory();
  const doc = oembedFor(story, site!, import.meta.env.BASE_URL, props.target, props.width);
  return new Response(JSON.stringify(doc, null, 2), { headers: { 'Content-Type': 'application/json+oembed' } });
};
