// The map style, built by pure functions from what the data build wrote. No DOM, no MapLibre
// instance: unit tests validate the result with the official style-spec validator.
import type { LayerSpecification, SourceSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection, LineString, Position } from 'geojson';
import { MAP_COLOURS } from '../theme.ts';

/** Where the 10m coast takes over from the 50m one. */
export const DETAIL_ZOOM = 5;

export interface DataUrls {
  landWorld: string;
  land50m: string;
  land10m: string;
}

/** Meridians and parallels every 10°, as a print atlas has them. */
export function graticule(step = 10): FeatureCollection<LineString> {
  const features: FeatureCollection<LineString>['features'] = [];
  const line = (from: Position, to: Position) => features.push({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [from, to] } });
  for (let lon = -180; lon < 180; lon += step) line([lon, -80], [lon, 80]);
  for (let lat = -80; lat <= 80; lat += step) line([-180, lat], [180, lat]);
  return { type: 'FeatureCollection', features };
}

/** The basemap: sea, land at three levels of detail, coastline, graticule. */
export function baseStyle(urls: DataUrls): StyleSpecification {
  const sources: Record<string, SourceSpecification> = {
    'land-world': { type: 'geojson', data: urls.landWorld, attribution: 'Natural Earth', maxzoom: 8 },
    'land-50m': { type: 'geojson', data: urls.land50m, attribution: 'Natural Earth', maxzoom: 8 },
    'land-10m': { type: 'geojson', data: urls.land10m, attribution: 'Natural Earth', maxzoom: 12 },
    graticule: { type: 'geojson', data: graticule(), maxzoom: 6 },
  };
  // The coast is the land's outline, drawn *under* the fills at twice its width: the fill covers the
  // inner half, so the visible line sits on the sea side, and where a level of detail is cut along
  // its box (land on both sides) the fills hide the cut entirely.
  const coastWidth: LayerSpecification['paint'] = {
    'line-color': MAP_COLOURS.coast,
    'line-width': ['interpolate', ['linear'], ['zoom'], 2, 1.2, 6, 1.8, 10, 2.6],
  };
  const layers: LayerSpecification[] = [
    { id: 'sea', type: 'background', paint: { 'background-color': MAP_COLOURS.sea } },
    { id: 'coast-world', type: 'line', source: 'land-world', paint: coastWidth },
    { id: 'coast-50m', type: 'line', source: 'land-50m', maxzoom: DETAIL_ZOOM, paint: coastWidth },
    { id: 'coast-10m', type: 'line', source: 'land-10m', minzoom: DETAIL_ZOOM, paint: coastWidth },
    { id: 'land-world', type: 'fill', source: 'land-world', paint: { 'fill-color': MAP_COLOURS.land } },
    { id: 'land-50m', type: 'fill', source: 'land-50m', maxzoom: DETAIL_ZOOM, paint: { 'fill-color': MAP_COLOURS.land } },
    { id: 'land-10m', type: 'fill', source: 'land-10m', minzoom: DETAIL_ZOOM, paint: { 'fill-color': MAP_COLOURS.land } },
    {
      id: 'graticule',
      type: 'line',
      source: 'graticule',
      paint: { 'line-color': MAP_COLOURS.graticule, 'line-width': 0.6, 'line-opacity': 0.7 },
    },
  ];
  return { version: 8, name: 'Recognition Atlas', sources, layers };
}
