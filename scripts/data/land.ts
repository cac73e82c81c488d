// Natural Earth land, converted from the world-atlas TopoJSON into the GeoJSON the map draws.
//
// The Far East (DETAIL_BOX) comes at two levels of detail, each drawn in its own zoom band (see
// src/lib/map/style.ts): 50m below zoom 5, 10m from zoom 5 (Sakhalin, the Amur mouth, the Tatar
// Strait). The rest of the world (Moscow, Geneva, Portsmouth) is 110m, cut around the box so that
// no two levels ever overlap: where 50m land would stick out over 10m sea, a wrong coast would show.
// The cuts along the box are hidden by drawing the coastline under the land fills (style.ts).
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import rewind from '@mapbox/geojson-rewind';
import { geoArea, geoEquirectangular } from 'd3-geo';
import { geoProject } from 'd3-geo-projection';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { Topology, GeometryCollection } from 'topojson-specification';

const require = createRequire(import.meta.url);

export type BBox = [west: number, south: number, east: number, north: number];

/** The Far East, from Lake Baikal to the Bering Sea and from Taiwan to the Arctic circle. */
export const DETAIL_BOX: BBox = [95, 22, 180, 68];
const WORLD: BBox = [-180, -90, 180, 90];

function loadTopology(name: 'land-110m' | 'land-50m' | 'land-10m' | 'countries-10m'): Topology {
  return require(`world-atlas/${name}.json`) as Topology;
}

/**
 * world-atlas holds *spherical* polygons, made for d3-geo: Eurasia's ring crosses the antimeridian
 * at Chukotka, and read as flat lon/lat it would enclose a band around the whole world. Projecting
 * through d3's equirectangular projection in degrees cuts every ring at ±180° and gives plain
 * lon/lat polygons; a clip extent cuts them to a box in the same pass, with d3's rectangle clipping
 * (which rejoins rings along the edge, unlike turf's bboxClip). The result is wound per RFC 7946.
 */
function flatPolygons(topo: Topology, object: string, box: BBox = WORLD, keep: (name: string) => boolean = () => true): Feature<Polygon | MultiPolygon>[] {
  // Only polygons whose lon/lat box meets the clip box go through d3: projecting all of the 10m
  // world costs about half a second per call, and a zone recipe makes a dozen calls.
  const near = sphericalParts(topo, object)
    .filter((p) => keep(p.name) && p.bbox[0] <= box[2] && p.bbox[2] >= box[0] && p.bbox[1] <= box[3] && p.bbox[3] >= box[1])
    .map((p): Feature<Polygon> => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: p.rings } }));
  const flat = geoEquirectangular()
    .scale(180 / Math.PI)
    .translate([0, 0])
    .reflectY(true)
    .precision(0)
    .clipExtent([
      [box[0], box[1]],
      [box[2], box[3]],
    ]);
  const planar = rewind(geoProject({ type: 'FeatureCollection', features: near }, flat), false) as FeatureCollection<Polygon | MultiPolygon>;
  return planar.features.filter((f) => f.geometry && f.geometry.coordinates.length > 0);
}

interface SphericalPart {
  name: string;
  rings: Position[][];
  bbox: BBox;
}

const partsCache = new Map<string, SphericalPart[]>();

/** Every polygon of a TopoJSON object on its own, with its lon/lat box, specks dropped; cached. */
function sphericalParts(topo: Topology, object: string): SphericalPart[] {
  const key = `${object}:${topo.arcs.length}`;
  const cached = partsCache.get(key);
  if (cached) return cached;
  const fc = withoutSpecks(feature(topo, topo.objects[object] as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon, { name?: string }>);
  const parts = fc.features.flatMap((f) =>
    (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).map((rings) => ({
      name: f.properties?.name ?? '',
      rings,
      bbox: ringBox(rings[0]!),
    })),
  );
  partsCache.set(key, parts);
  return parts;
}

function ringBox(ring: Position[]): BBox {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring as [number, number][]) {
    w = Math.min(w, x);
    e = Math.max(e, x);
    s = Math.min(s, y);
    n = Math.max(n, y);
  }
  return [w, s, e, n];
}

/**
 * Quantization collapses a few atolls in the 10m data (in the Maldives) to rings with no area. On
 * the sphere d3 reads such a ring as enclosing the whole globe, and clipping then fills every box
 * with "land". They are dropped: any polygon claiming more than half the sphere is one of them.
 */
function withoutSpecks<P>(fc: FeatureCollection<Polygon | MultiPolygon, P>): FeatureCollection<Polygon | MultiPolygon, P> {
  const real = (rings: Position[][]) => geoArea({ type: 'Polygon', coordinates: rings }) <= 2 * Math.PI;
  return {
    ...fc,
    features: fc.features.map((f) =>
      f.geometry.type === 'MultiPolygon' ? { ...f, geometry: { ...f.geometry, coordinates: f.geometry.coordinates.filter(real) } } : f,
    ),
  };
}

function landPolygons(topo: Topology, box: BBox = WORLD): Feature<Polygon | MultiPolygon>[] {
  return flatPolygons(topo, 'land', box);
}

/** Rounds every coordinate: 3 decimals is ~100 m, 4 is ~10 m. */
export function roundCoordinates<T>(coords: T, decimals: number): T {
  const f = 10 ** decimals;
  const walk = (c: unknown): unknown =>
    typeof (c as unknown[])[0] === 'number' ? (c as number[]).map((v) => Math.round(v * f) / f) : (c as unknown[]).map(walk);
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
  const world = loadTopology('land-110m');
  return {
    'land-world.json': collection(
      ringAround(WORLD, DETAIL_BOX).flatMap((box) => landPolygons(world, box)),
      3,
    ),
    'land-50m.json': collection(landPolygons(loadTopology('land-50m'), DETAIL_BOX), 3),
    'land-10m.json': collection(landPolygons(loadTopology('land-10m'), DETAIL_BOX), 4),
  };
}

/** Natural Earth 10m land as d3 reads it: on the sphere, for checking where places lie. */
let spherical10m: FeatureCollection<Polygon | MultiPolygon> | null = null;

export function sphericalLand10m(): FeatureCollection<Polygon | MultiPolygon> {
  const topo = loadTopology('land-10m');
  spherical10m ??= withoutSpecks(feature(topo, topo.objects['land'] as GeometryCollection) as FeatureCollection<Polygon | MultiPolygon>);
  return spherical10m;
}

/**
 * Natural Earth 10m land, cut to a box: for deriving zone shapes. Keep the box small: projecting
 * the whole world at 10m takes d3 seconds.
 */
export function land10m(box: BBox = WORLD): Feature<Polygon | MultiPolygon>[] {
  return landPolygons(loadTopology('land-10m'), box);
}

/** A Natural Earth 10m country (by its English name), cut to a box. */
export function country10m(name: string, box: BBox = WORLD): Feature<Polygon | MultiPolygon>[] {
  const topo = loadTopology('countries-10m');
  const collection = topo.objects['countries'] as GeometryCollection<{ name: string }>;
  if (collection.geometries.every((g) => (g.properties as { name?: string } | undefined)?.name !== name))
    throw new Error(`Natural Earth has no country named ${name}`);
  return flatPolygons(topo, 'countries', box, (n) => n === name);
}
