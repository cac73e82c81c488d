// The atlas's GeoJSON sources. They carry only what styling needs (ids, kinds, names, ranks):
// everything that changes with the date is feature-state, set by the bridge (feature-states.ts).
import type { SourceSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type { Atlas, Line } from '../data/atlas.ts';
import { drawnByPieces, zoneLabels } from '../data/look.ts';
import type { AtlasIndex } from '../data/lookup.ts';
import type { MapNames } from './labels.ts';
import { fitZoom } from '../data/label-point.ts';
import { textWidth } from '../text-width.ts';

/** Source ids; features are addressed by their atlas id (`promoteId`). */
export const SOURCES = {
  zones: 'atlas-zones',
  zoneLabels: 'atlas-zone-labels',
  zoneNames: 'atlas-zone-names',
  lines: 'atlas-lines',
  places: 'atlas-places',
  labels: 'atlas-labels',
} as const;

/** A zone label's feature id: the zone's id and which of its names of the time (zoneLabels in look.ts). */
export function zoneLabelId(zone: string, index: number): string {
  return `${zone}~${index}`;
}

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
        atlas.zones.map((z) => ({
          type: 'Feature',
          // `own`: 0 for an overlay made of state pieces, which the pieces already shade (look.ts).
          properties: { id: z.id, layer: z.layer, own: drawnByPieces(z) ? 0 : 1, name: z.names.en },
          geometry: z.geometry,
        })),
      ),
    },
    // The overlays' names, one point per name of the time, inside the shape (Zone.label, from the data build), shown
    // by feature-state `on` from the zoom at which they fit.
    [SOURCES.zoneLabels]: {
      type: 'geojson',
      promoteId: 'id',
      data: collection(
        atlas.zones
          .filter((z) => z.layer === 'overlay')
          .flatMap((z) => {
            const at = z.label;
            if (!at) return [];
            return (names?.zones[z.id] ?? zoneLabels(z)).map((text, i): Feature<Point> => ({
              type: 'Feature',
              properties: { id: zoneLabelId(z.id, i), text, minzoom: labelZoom(at.room, text) },
              geometry: { type: 'Point', coordinates: [at.lon, at.lat] },
            }));
          }),
      ),
    },
    // A point inside each zone for its name (the comparison's outlines are named there).
    [SOURCES.zoneNames]: {
      type: 'geojson',
      promoteId: 'id',
      data: collection(
        atlas.zones.flatMap((z): Feature<Point>[] => {
          const at = z.label;
          return at
            ? [
                {
                  type: 'Feature',
                  properties: { id: z.id, kind: z.kind, name: names?.compare[z.id] ?? z.names.en },
                  geometry: { type: 'Point', coordinates: [at.lon, at.lat] },
                },
              ]
            : [];
        }),
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

/**
 * From what zoom a zone's name fits its shape: its longest line (wrapped at about 16 characters by
 * the layer's max width), about 6 px a Latin character (kana and Han wider: text-width.ts), may fill the shape's inscribed circle.
 */
function labelZoom(room: number, text: string): number {
  const longest = Math.max(...text.split('\n').map((line) => Math.min(textWidth(line), 16)));
  return Math.round(fitZoom(room, longest * 6) * 10) / 10;
}

/** "Moscow → Gensan": an agent-plan arc's ends, written along it so it reads wherever it is cut off. */
function arcLabel(index: AtlasIndex, line: Line): string {
  if (!line.agentPlan) return '';
  const name = (id: string) => index.place(id)?.names.en ?? id;
  return `${name(line.agentPlan.from)} → ${name(line.agentPlan.to)}`;
}
