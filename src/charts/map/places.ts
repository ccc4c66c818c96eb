/**
 * The places on the chip-route map: their names (all the browser needs) and, for the server's
 * projection (basemap.ts), where each sits (longitude, latitude; a point inside the country,
 * near its main trading city) and which Natural Earth country it highlights. Two tables, so
 * the coordinates stay out of the map island; a test checks they name the same places.
 * Geography, not data: the routes and their figures live in content/data.
 */

/** Each place's name, in the order the layout labels them: Russia first (it anchors every route). */
export const PLACE_NAMES: Record<string, string> = {
  russia: 'Russia',
  'united-states': 'United States',
  taiwan: 'Taiwan',
  'hong-kong': 'Hong Kong',
  china: 'China',
  malaysia: 'Malaysia',
  india: 'India',
  kazakhstan: 'Kazakhstan',
  armenia: 'Armenia',
};

export interface Place {
  lon: number;
  lat: number;
  /** ISO 3166-1 numeric id of the country in world-atlas (none for Hong Kong at 1:110m). */
  country?: string;
}

/** Where each place of PLACE_NAMES sits (server only: the projection in basemap.ts). */
export const PLACES: Record<string, Place> = {
  russia: { lon: 37.6, lat: 55.75, country: '643' },
  'united-states': { lon: -98, lat: 39, country: '840' },
  taiwan: { lon: 121, lat: 23.7, country: '158' },
  'hong-kong': { lon: 114.2, lat: 22.3 },
  china: { lon: 104, lat: 33, country: '156' },
  malaysia: { lon: 102, lat: 3.5, country: '458' },
  india: { lon: 75, lat: 20, country: '356' },
  kazakhstan: { lon: 68, lat: 48, country: '398' },
  armenia: { lon: 44.8, lat: 40.2, country: '051' },
};
