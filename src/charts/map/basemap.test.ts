import { geoContains } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { borders } from './basemap';

describe('borders', () => {
  const countries = borders().features;
  const holding = (lonLat: [number, number]) => countries.filter((f) => geoContains(f, lonLat)).map((f) => f.properties.name);

  it('draws Crimea in Ukraine, not in Russia', () => {
    for (const place of [[34.1, 44.95], [33.5, 44.6], [35.3, 45.2]] as [number, number][]) expect(holding(place)).toEqual(['Ukraine']);
  });

  it('keeps the rest of both countries where they were', () => {
    expect(holding([37.6, 55.75])).toEqual(['Russia']); // Moscow
    expect(holding([30.5, 50.45])).toEqual(['Ukraine']); // Kyiv
    expect(holding([20.5, 54.7])).toEqual(['Russia']); // Kaliningrad
  });
});
