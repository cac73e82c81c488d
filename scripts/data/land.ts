// Natural Earth land, converted from the world-atlas TopoJSON into the GeoJSON the map draws.
//
// The Far East (DETAIL_BOX) comes at two levels of detail, each drawn in its own zoom band (see
// src/lib/map/style.ts): 50m below zoom 5, 10m from zoom 5 (Sakhalin, the Amur mouth, the Tatar
// Strait). The rest of the world (Moscow, Geneva, Portsmouth) is 110m, cut around the box so that
// no two levels ever overlap: where 50m land would stick out over 10m sea, a wrong coast would show.
// The cuts along the box are hidden by drawing the coastline under the land fills (style.ts).
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import * as turf from '@turf/turf';
import rewind from '@mapbox/geojson-rewind';
import { geoEquirectangular } from 'd3-geo';
import { geoProject } from 'd3-geo-projection';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';

const require = createRequire(import.meta.url);

export type BBox = [west: number, south: number, east: number, north: number];

/** The Far East, from Lake Baikal to the Bering Sea and from Taiwan to the Arctic circle. */
export const DETAIL_BOX: BBox = [95, 22, 180, 68];
const WORLD: BBox = [-180, -90, 180, 90];

function loadTopology(resolution: '110m' | '50m' | '10m'): Topology {
  return require(`world-atlas/land-${resolution}.json`) as Topology;
}

/**
 * world-atlas holds *spherical* polygons, made for d3-geo: Eurasia's ring crosses the antimeridian
 * at Chukotka, and read as flat lon/lat it would enclose a band around the whole world. Projecting
 * through d3's equirectangular projection in degrees cuts every ring at ±180° and gives plain
 * lon/lat polygons; a clip extent cuts them to a box in the same pass, with d3's rectangle clipping
 * (which rejoins rings along the edge, unlike turf's bboxClip). The result is wound per RFC 7946.
 */
function landPolygons(topo: Topology, box: BBox = WORLD): Feature<Polygon | MultiPolygon>[] {
  const land = topo.objects['land'] as GeometryCollection;
  const spherical = feature(topo, land) as FeatureCollection<Polygon | MultiPolygon>;
  const flat = geoEquirectangular()
    .scale(180 / Math.PI)
    .translate([0, 0])
    .reflectY(true)
    .precision(0)
    .clipExtent([[box[0], box[1]], [box[2], box[3]]]);
  const planar = rewind(geoProject(spherical, flat), false) as FeatureCollection<Polygon | MultiPolygon>;
  return planar.features.filter((f) => f.geometry && f.geometry.coordinates.length > 0);
}

/** Rounds every coordinate: 3 decimals is ~100 m, 4 is ~10 m. */
export function roundCoordinates<T>(coords: T, decimals: number): T {
  const f = 10 ** decimals;
  const walk = (c: unknown): unknown =>
    typeof (c as unknown[])[0] === 'number'
      ? (c as number[]).map((v) => Math.round(v * f) / f)
      : (c as unknown[]).map(walk);
  return walk(coords) as T;
}

/** The parts of a box that lie outside an inner box: four rectangles around it. */
function ringAround(outer: BBox, inner: BBox): BBox[] {
  const [w, s, e, n] = outer;
  const [iw, is, ie, inn] = inner;
  const strips: BBox[] = [
    [w, s, iw, n], // west, full height
    [ie, s, e, n], // east, full height
    [iw, s, ie, is], // south, between
    [iw, inn, ie, n], // north, between
  ];
  return strips.filter(([a, b, c, d]) => a < c && b < d);
}

function collection(features: Feature<Polygon | MultiPolygon>[], decimals: number): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: features.map((f) => ({
      type: 'Feature',
      properties: {},
      geometry: { ...f.geometry, coordinates: roundCoordinates(f.geometry.coordinates as Position[][], decimals) } as Polygon | MultiPolygon,
    })),
  };
}

export interface LandOutputs {
  'land-world.json': FeatureCollection;
  'land-50m.json': FeatureCollection;
  'land-10m.json': FeatureCollection;
}

/** Builds the three land files. Pure apart from reading the world-atlas package. */
export function buildLand(): LandOutputs {
  const world = loadTopology('110m');
  return {
    'land-world.json': collection(ringAround(WORLD, DETAIL_BOX).flatMap((box) => landPolygons(world, box)), 3),
    'land-50m.json': collection(landPolygons(loadTopology('50m'), DETAIL_BOX), 3),
    'land-10m.json': collection(landPolygons(loadTopology('10m'), DETAIL_BOX), 4),
  };
}

/** The 10m land of the Far East, for deriving zone shapes and checking that places lie on land. */
export function land10m(box: BBox = WORLD): Feature<Polygon | MultiPolygon>[] {
  return landPolygons(loadTopology('10m'), box);
}
