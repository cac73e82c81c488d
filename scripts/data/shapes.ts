// Zone shapes, derived from Natural Earth 10m rather than traced: coastlines and the borders that
// have not moved (the Amur, the Ussuri, the Yalu and Tumen) come from the data; only the inland
// edges a zone recipe draws by hand are the atlas's own (geodata/README.md, "Zones").
import * as turf from '@turf/turf';
import rewind from '@mapbox/geojson-rewind';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { country10m, land10m, roundCoordinates, type BBox } from './land.ts';
import type { Shape } from './schema.ts';

/** Boxes that hold whole islands and nothing of the mainland, Hokkaido or Kamchatka. */
export const SAKHALIN_BOX: BBox = [141.0, 45.5, 145.5, 54.6];
export const KURILS_BOX: BBox = [145.3, 43.3, 156.8, 50.95];

type Area = Feature<Polygon | MultiPolygon>;

/** Land polygons that lie wholly inside a box: the islands in it. */
function islandsIn(box: BBox): Area[] {
  const [w, s, e, n] = box;
  // Cut to a slightly larger box first (cheap, d3), then keep the pieces that never touch its
  // edge: whatever reached the edge was part of something bigger (the mainland, Hokkaido).
  const margin: BBox = [w - 1, s - 1, e + 1, n + 1];
  return land10m(margin)
    .flatMap((f) => (f.geometry.type === 'Polygon' ? [turf.polygon(f.geometry.coordinates)] : f.geometry.coordinates.map((c) => turf.polygon(c))))
    .filter((p) => {
      const [pw, ps, pe, pn] = turf.bbox(p);
      return pw >= w && ps >= s && pe <= e && pn <= n;
    });
}

function union(parts: Area[]): Area | null {
  if (parts.length === 0) return null;
  if (parts.length === 1) return parts[0]!;
  return turf.union(turf.featureCollection(parts));
}

function intersect(a: Area, b: Area): Area | null {
  return turf.intersect(turf.featureCollection([a, b]));
}

function bboxOfRing(ring: Position[]): BBox {
  return turf.bbox(turf.lineString(ring)) as BBox;
}

/** Natural Earth land, or one country's land, near a hand-drawn polygon. */
function baseNear(within: 'land' | 'China' | 'Russia', ring: Position[]): Area | null {
  const [w, s, e, n] = bboxOfRing(ring);
  const box: BBox = [w - 0.5, s - 0.5, e + 0.5, n + 0.5];
  return union(within === 'land' ? land10m(box) : country10m(within, box));
}

/** The area a recipe describes, unrounded; null when it comes out empty. */
export function deriveShape(shape: Shape): Area | null {
  if ('land' in shape) {
    if (shape.land !== 'sakhalin') {
      return shape.land === 'korea' ? union([...country10m('North Korea'), ...country10m('South Korea')]) : union(islandsIn(KURILS_BOX));
    }
    const sakhalin = union(islandsIn(SAKHALIN_BOX));
    const [w, s, e, n] = SAKHALIN_BOX;
    const band: BBox = [w, shape.northOf ?? s, e, shape.southOf ?? n];
    return sakhalin && intersect(sakhalin, turf.bboxPolygon(band));
  }
  const base = baseNear(shape.within, shape.clip);
  return base && intersect(base, turf.polygon([shape.clip]));
}

/** Rounds to 5 decimals (about a metre) and winds the rings per RFC 7946. */
export function finishShape(area: Area): Polygon | MultiPolygon {
  const rounded: Area = { ...area, geometry: { ...area.geometry, coordinates: roundCoordinates(area.geometry.coordinates, 5) } as Polygon | MultiPolygon };
  return (rewind(rounded, false) as Area).geometry;
}
