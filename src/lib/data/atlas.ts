// The shape of the compact atlas the data build writes (public/data/atlas.json) and the app loads.
// Dates are already day numbers (see src/lib/time/days.ts); coordinates are rounded to 5 decimals.
import type { FeatureCollection, Point } from 'geojson';

export const ATLAS_FORMAT = 1;

export type LabelKind = 'region' | 'sea';

export interface LabelProperties {
  id: string;
  text: string;
  kind: LabelKind;
  /** 1 shows first (large regions); 3 only when zoomed in. */
  rank: number;
}

export interface Atlas {
  format: typeof ATLAS_FORMAT;
  labels: FeatureCollection<Point, LabelProperties>;
}

/** The files the data build writes into public/data/, in the order the map wants them. */
export const LAND_FILES = ['land-world.json', 'land-50m.json', 'land-10m.json'] as const;
export const ATLAS_FILE = 'atlas.json';
