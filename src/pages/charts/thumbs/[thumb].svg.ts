/** /charts/thumbs/<chapter>-<light|dark>.svg: a chapter card's thumbnail on the cover (lib/coverThumbs.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { thumbnailSvg, type Scheme } from '../../../images/chartImage';
import { coverThumbs, type CoverThumb } from '../../../lib/coverThumbs';
import { loadStory } from '../../../lib/loadStory';
import { basePath } from '../../../site';

export const getStaticPaths = (async () => {
  const thumbs = coverThumbs(await loadStory());
  return thumbs.flatMap((thumb) => (['light', 'dark'] as const).map((scheme) => ({ params: { thumb: `${thumb.chapter}-${scheme}` }, props: { thumb, scheme } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ thumb: CoverThumb; scheme: Scheme }> = ({ props }) =>
  new Response(thumbnailSvg(props.thumb.spec, props.thumb.state, basePath(), props.scheme), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
