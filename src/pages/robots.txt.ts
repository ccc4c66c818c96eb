/** /robots.txt: everything may be crawled (embeds say noindex themselves); points at the sitemap. */
import type { APIRoute } from 'astro';
import { absolute } from '../share/links';
import { basePath } from '../site';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute(site!, `${basePath()}sitemap-index.xml`)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
