// Types for the part of @openhistoricalmap/maplibre-gl-dates (plain CommonJS, no types of its own)
// that the benchmark calls.
declare module '@openhistoricalmap/maplibre-gl-dates' {
  import type { Map } from 'maplibre-gl';
  /** Adds a date range to the filter of every layer that has a `source-layer`. */
  export function filterByDate(map: Map, date: Date | string): void;
  /** A date as a decimal year (1923.0 is New Year's Day 1923, UTC). */
  export function decimalYearFromDate(date: Date): number;
}
