// The atlas's GeoJSON sources. They carry only what styling needs (ids, kinds, names, ranks):
// everything that changes with the date is feature-state, set by the bridge (feature-states.ts).
import type { SourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type { Atlas, Line } from '../data/atlas.ts';
import type { AtlasIndex } from '../data/lookup.ts';
import type { MapNames } from './labels.ts';
import { labelPoint } from './label-point.ts';

/** Source ids; features are addressed by their atlas id (`promoteId`). */
export const SOURCES = { zones: 'atlas-zones', zoneNames: 'atlas-zone-names', lines: 'atlas-lines', places: 'atlas-places', labels: 'atlas-labels' } as const;

function collection<P>(features: Feature<Geometry, P>[]): FeatureCollection<Geometry, P> {
  return { type: 'FeatureCollection', features };
}

/**
 * The sources, their labels in the words given (labels.ts: the reader's language, or as named at the
 * time); without names, the atlas's English ones.
 */
export function atlasSources(atlas: Atlas, index: AtlasIndex, names: MapNames | null = null): Record<string, SourceSpecification> {
  return {
    [SOURCES.zones]: {
      type: 'geojson',
      promoteId: 'id',
      data: collection(
        atlas.zones.map((z) => ({ type: 'Feature', properties: { id: z.id, kind: z.kind, power: z.power, name: z.names.en }, geometry: z.geometry })),
      ),
    },
    // A point inside each zone for its name (the comparison's outlines are named there).
    [SOURCES.zoneNames]: {
      type: 'geojson',
      promoteId: 'id',
      data: collection(
        atlas.zones.map((z): Feature<Point> => ({
          type: 'Feature',
          properties: { id: z.id, kind: z.kind, power: z.power, name: z.names.en },
          geometry: { type: 'Point', coordinates: labelPoint(z.geometry) },
        })),
      ),
    },
    [SOURCES.lines]: {
      type: 'geojson',
      promoteId: 'id',
      data: collection(
        atlas.lines.map((l) => ({
          type: 'Feature',
          properties: { id: l.id, kind: l.kind, side: l.agentPlan?.side ?? '', label: names?.arcs[l.id] ?? arcLabel(index, l) },
          geometry: l.geometry,
        })),
      ),
    },
    [SOURCES.places]: {
      type: 'geojson',
      promoteId: 'id',
      data: collection(
        atlas.places.map((p): Feature<Point> => ({
          type: 'Feature',
          properties: { id: p.id, name: names?.places[p.id] ?? p.names.en, kind: p.kind, rank: index.rank(p) },
          geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
        })),
      ),
    },
    [SOURCES.labels]: {
      type: 'geojson',
      data: collection(
        atlas.labels.map((l): Feature<Point> => ({
          type: 'Feature',
          properties: { id: l.id, text: names?.regions[l.id] ?? l.text, kind: l.kind, rank: l.rank },
          geometry: { type: 'Point', coordinates: [l.lon, l.lat] },
        })),
      ),
    },
  };
}

/** "Moscow → Gensan": an agent-plan arc's ends, written along it so it reads wherever it is cut off. */
function arcLabel(index: AtlasIndex, line: Line): string {
  if (!line.agentPlan) return '';
  const name = (id: string) => index.place(id)?.names.en ?? id;
  return `${name(line.agentPlan.from)} → ${name(line.agentPlan.to)}`;
}
