/** /charts/<chart-id>.png: the same figure as the SVG download, rasterised at 2x. */
import type { APIRoute } from 'astro';
import { toPng } from '../../images/chartImage';
import { chartFigure } from './[chart].svg';

export { getStaticPaths } from './[chart].svg';

export const GET: APIRoute = async ({ params }) =>
  new Response(toPng(await chartFigure(params['chart']!), 1600), { headers: { 'Content-Type': 'image/png' } });
