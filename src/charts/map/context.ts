/** Context key under which the map island hands its server-projected geography to the marks. */
export const GEO_CONTEXT = 'russia-ai:map-geo';
