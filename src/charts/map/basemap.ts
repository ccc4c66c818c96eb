/**
 * The chip-route map's geography, projected on the server (build time) and handed to the
 * marks as plain path strings and points, so the browser ships no geometry code: Natural
 * Earth 1:110m countries (world-atlas, via topojson-client), Natural Earth projection,
 * cut to two crops in a fixed map space that the marks scale to their frame:
 * - `wide`: the United States to East Asia (frames at least WIDE_MIN px wide);
 * - `narrow`: Europe to East Asia, for phones and the usual desktop column; the United States
 *   is off the map, pinned to its left edge at sea (the Mediterranean) and labelled with an arrow.
 * Server-only: import it from .astro files and server-rendered components, never an island.
 */
import { geoContains, geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature, merge } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json' with { type: 'json' };
import { PLACES } from './places';

export interface Crop {
  /** Map-space size: the marks scale this box to their frame. */
  width: number;
  height: number;
  /** Every country in the crop as one path (thin borders). */
  land: string;
  /** Countries on a route, by place id, as their own paths. */
  countries: Record<string, string>;
  /** Each place in map space; `edge` when it is off the map and pinned to its border. */
  points: Record<string, { x: number; y: number; edge?: 'left' }>;
}

export interface Basemap {
  wide: Crop;
  narrow: Crop;
}

/** Frames at least this wide (CSS px) get the wide crop. */
export const WIDE_MIN = 900;

const CROPS = {
  wide: { lon: [-126, 146], lat: [-2, 74], width: 1000, rotate: -10, tolerance: 4 },
  narrow: { lon: [22, 128], lat: [-2, 66], width: 600, rotate: -75, tolerance: 3 },
} as const;

let cached: Basemap | undefined;

export function basemap(): Basemap {
  cached ??= { wide: crop('wide'), narrow: crop('narrow') };
  return cached;
}

function crop(name: keyof typeof CROPS): Crop {
  const c = CROPS[name];
  const countries = borders();
  // Fit the crop's corners, then clip everything outside it.
  const box = {
    type: 'MultiPoint' as const,
    coordinates: [c.lon[0], (c.lon[0] + c.lon[1]) / 2, c.lon[1]].flatMap((lon) => [[lon, c.lat[0]], [lon, c.lat[1]]]),
  };
  const projection: GeoProjection = geoNaturalEarth1().rotate([c.rotate, 0]).fitWidth(c.width, box);
  const [[, y0], [, y1]] = geoPath(projection).bounds(box);
  const height = Math.ceil(y1 - y0);
  projection.translate([projection.translate()[0], projection.translate()[1] - y0]).clipExtent([[0, 0], [c.width, height]]);
  const path = geoPath(projection).digits(0);
  const inCrop = countries.features.filter((f) => path(f));
  const countryPaths: Record<string, string> = {};
  const points: Crop['points'] = {};
  for (const [id, place] of Object.entries(PLACES)) {
    const f = place.country ? countries.features.find((g) => String(g.id) === place.country) : undefined;
    const d = f ? path(f) : null;
    if (d) countryPaths[id] = relative(simplify(d, c.tolerance));
    const p = projection([place.lon, place.lat]);
    if (p && p[0] >= 0 && p[0] <= c.width && p[1] >= 0 && p[1] <= height) points[id] = { x: Math.round(p[0]), y: Math.round(p[1]) };
    else if (p) points[id] = { x: 4, y: seaOnLeftEdge(projection, inCrop, height * 0.9, height), edge: 'left' };
  }
  return { width: c.width, height, land: relative(inCrop.map((f) => simplify(path(f) ?? '', c.tolerance)).join('')), countries: countryPaths, points };
}

/**
 * The countries, with Crimea in Ukraine. Natural Earth draws borders as they are held on the
 * ground, so its Russia includes Crimea, annexed in 2014; the UN General Assembly (resolution
 * 68/262) and the governments whose sanctions this map is about hold it to be Ukraine's, and
 * news maps draw it so. Its polygon moves from Russia's shape into Ukraine's, without the line
 * between them.
 */
export function borders(): FeatureCollection<Geometry, { name: string }> {
  const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = feature(topo, topo.objects.countries);
  const geometries = topo.objects.countries.geometries;
  const russia = geometries.find((g) => g.id === RUSSIA) as MultiPolygon;
  const ukraine = geometries.find((g) => g.id === UKRAINE) as Polygon;
  const isCrimea = (arcs: number[][]) => geoContains(feature(topo, { type: 'Polygon', arcs }), CRIMEA);
  const crimea = russia.arcs.find(isCrimea);
  if (!crimea) return countries;
  for (const f of countries.features) {
    if (f.id === RUSSIA) f.geometry = feature(topo, { type: 'MultiPolygon', arcs: russia.arcs.filter((a) => a !== crimea) }).geometry;
    if (f.id === UKRAINE) f.geometry = merge(topo, [ukraine, { type: 'Polygon', arcs: crimea }]);
  }
  return countries;
}
const RUSSIA = '643';
const UKRAINE = '804';
/** Simferopol, Crimea's capital. */
const CRIMEA: [number, number] = [34.1, 44.95];

/**
 * Where an off-map place is pinned: the point of the map's left edge nearest `y` that lies at
 * sea, so its dot never sits on another country (the United States on the Sahara). A band of
 * 12 map units around the point must be sea too. Called with the bottom-left corner, so the
 * name stays as low as it can, clear of the places in the middle of the map.
 */
function seaOnLeftEdge(projection: GeoProjection, land: FeatureCollection['features'], y: number, height: number): number {
  const from = Math.round(Math.min(height - 12, Math.max(12, y)));
  const atSea = (py: number) =>
    [-12, 0, 12].every((dy) => {
      const lonLat = projection.invert!([4, py + dy]);
      return lonLat !== null && !land.some((f) => geoContains(f, lonLat));
    });
  for (let d = 0; d < height; d += 2) {
    for (const py of [from - d, from + d]) if (py >= 12 && py <= height - 12 && atSea(py)) return py;
  }
  return from;
}

/**
 * Thins a projected path for the page: drops points closer than `tolerance` map units to the
 * last kept one and rings smaller than that overall (specks of islands). At these scales the
 * outline is unchanged to the eye and the path is a fraction of the size.
 */
export function simplify(d: string, tolerance = 2.5): string {
  const rings = d.split('M').filter(Boolean);
  const out: string[] = [];
  for (const ring of rings) {
    const closed = ring.endsWith('Z');
    const pts = ring.replace(/Z$/, '').split('L').map((p) => p.split(',').map(Number) as [number, number]);
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    if (Math.max(...xs) - Math.min(...xs) < tolerance && Math.max(...ys) - Math.min(...ys) < tolerance) continue;
    const kept: [number, number][] = [pts[0]!];
    for (const p of pts.slice(1, -1)) {
      const last = kept.at(-1)!;
      if (Math.hypot(p[0] - last[0], p[1] - last[1]) >= tolerance) kept.push(p);
    }
    if (pts.length > 1) kept.push(pts.at(-1)!);
    out.push(`M${kept.map((p) => p.join(',')).join('L')}${closed ? 'Z' : ''}`);
  }
  return out.join('');
}

/**
 * The same outline with each ring's points after the first as relative moves ("l-4,4-4,1 0,6"):
 * small steps of one or two digits, so the paths, which every page with the map carries in its
 * HTML, take about half the bytes of absolute "L358,106L354,107..." (issue 18).
 */
export function relative(d: string): string {
  return d
    .split('M')
    .filter(Boolean)
    .map((ring) => {
      const closed = ring.endsWith('Z');
      const pts = ring.replace(/Z$/, '').split('L').map((p) => p.split(',').map(Number) as [number, number]);
      let moves = '';
      for (let i = 1; i < pts.length; i++) {
        const pair = `${pts[i]![0] - pts[i - 1]![0]},${pts[i]![1] - pts[i - 1]![1]}`;
        // A minus sign separates two numbers by itself; otherwise a space does.
        moves += i === 1 || pair.startsWith('-') ? pair : ` ${pair}`;
      }
      return `M${pts[0]!.join(',')}${moves && `l${moves}`}${closed ? 'Z' : ''}`;
    })
    .join('');
}
