// Types for the two small modules the data build uses that ship none.
declare module 'd3-geo-projection' {
  import type { GeoProjection } from 'd3-geo';
  export function geoProject<T>(object: T, projection: GeoProjection): T;
}

declare module '@mapbox/geojson-rewind' {
  /** Rewinds rings: outer counter-clockwise when `outer` is false (RFC 7946), clockwise when true. */
  export default function rewind<T>(geojson: T, outer?: boolean): T;
}
