/**
 * /basemap.json: the wide crop's land and countries of the chip-route map (src/charts/map/basemap.ts),
 * which only frames at least WIDE_MIN px wide draw. The map island fetches it once it runs, so
 * the chapter's HTML does not carry a second world map (ScrollyIsland.astro).
 */
import type { APIRoute } from 'astro';
import { basemap } from '../charts/map/basemap';

export const GET: APIRoute = () => {
  const { land, countries } = basemap().wide;
  return new Response(JSON.stringify({ land, countries }), { headers: { 'Content-Type': 'application/json' } });
};
