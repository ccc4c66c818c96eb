/**
 * Where each place on the chip-route map sits (longitude, latitude; a point inside the
 * country, near its main trading city) and which Natural Earth country it highlights.
 * Geography, not data: the routes and their figures live in content/data.
 */
export interface Place {
  name: string;
  lon: number;
  lat: number;
  /** ISO 3166-1 numeric id of the country in world-atlas (none for Hong Kong at 1:110m). */
  country?: string;
}

export const PLACES: Record<string, Place> = {
  'united-states': { name: 'United States', lon: -98, lat: 39, country: '840' },
  taiwan: { name: 'Taiwan', lon: 121, lat: 23.7, country: '158' },
  'hong-kong': { name: 'Hong Kong', lon: 114.2, lat: 22.3 },
  china: { name: 'China', lon: 104, lat: 33, country: '156' },
  malaysia: { name: 'Malaysia', lon: 102, lat: 3.5, country: '458' },
  india: { name: 'India', lon: 75, lat: 20, country: '356' },
  kazakhstan: { name: 'Kazakhstan', lon: 68, lat: 48, country: '398' },
  armenia: { name: 'Armenia', lon: 44.8, lat: 40.2, country: '051' },
  russia: { name: 'Russia', lon: 37.6, lat: 55.75, country: '643' },
};
