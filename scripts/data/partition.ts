// The state pieces partition the region's land. Natural Earth 10m gives them coasts far finer than
// the atlas can afford to ship twice (the land files already carry them), so the pieces are
// simplified together, as one topology: a border two pieces share is simplified once and stays
// shared, so no gap or overlap opens between them. Full detail is kept where the eye needs it
// (Sakhalin, the Kurils, the Amur mouth, Kwantung, Vladivostok), some where the story zooms in
// (Korea, the Primorye coast, Japan), and little elsewhere (Siberia, Mongolia, China's south),
// which the map only ever shows from afar.
import * as turf from '@turf/turf';
import rewind from '@mapbox/geojson-rewind';
import type { MultiPolygon, Position } from 'geojson';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import { feature } from 'topojson-client';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import { isValidShape } from './check.ts';
import { DataError } from './errors.ts';
import { roundCoordinates, type BBox } from './land.ts';
import type { Area } from './shapes.ts';

/** Where Natural Earth's 10m detail is (nearly) kept: Sakhalin and the Tatar Strait, the Kurils, Kwantung, Vladivostok and the Tumen. */
export const DETAIL_BOXES: BBox[] = [
  [137.5, 45.0, 145.6, 54.8],
  [145.0, 43.0, 157.0, 51.0],
  [120.8, 38.5, 122.8, 39.8],
  [129.8, 42.0, 133.5, 43.6],
];

/**
 * Where the story zooms in: Korea, the coast from Vladivostok to the Tatar Strait and Hokkaido's
 * west, and around Japan's ports of the story (Nagasaki and Shimonoseki, Tsuruga, Tokyo Bay with
 * Yokohama, Atami and Shimoda, Hakodate).
 */
export const MEDIUM_BOXES: BBox[] = [
  [124.0, 33.0, 131.0, 43.0],
  [129.0, 41.0, 142.0, 48.0],
  [128.8, 32.5, 131.2, 34.8],
  [135.5, 35.3, 136.5, 36.0],
  [138.7, 34.5, 140.2, 35.8],
];

/**
 * Visvalingam's effective area (square degrees) under which a vertex goes. About a pixel at zoom
 * 8 in the detail boxes, at zoom 7 in the medium ones, and at zoom 4 elsewhere.
 */
export const MIN_WEIGHT = { detail: 1e-6, medium: 4e-5, rest: 1e-3 };

/** Islands smaller than this (km²) are left unshaded (the land still draws them). */
const MIN_ISLAND_KM2 = { detail: 0.2, medium: 15, rest: 40 };

/** Coordinates are written with 4 decimals (about 10 m); the topology is quantized to that grid. */
export const DECIMALS = 4;

function inside(boxes: BBox[], [x, y]: Position): boolean {
  return boxes.some(([w, s, e, n]) => x! >= w && x! <= e && y! >= s && y! <= n);
}

function tier(p: Position): keyof typeof MIN_WEIGHT {
  return inside(DETAIL_BOXES, p) ? 'detail' : inside(MEDIUM_BOXES, p) ? 'medium' : 'rest';
}

function polygonsOf(area: Area): Position[][][] {
  return area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
}

/** Drops islands too small to matter, and slivers (thinner than about 100 m) left where two datasets' coasts differ. */
function withoutSpecks(area: Area): Area {
  const kept = polygonsOf(area).filter((rings) => {
    const polygon = turf.polygon(rings);
    const km2 = turf.area(polygon) / 1e6;
    if (km2 < MIN_ISLAND_KM2[tier(rings[0]![0]!)]) return false;
    const km = turf.length(turf.lineString(rings[0]!));
    return km2 / km > 0.06;
  });
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: kept } };
}

type Arcs = number[][][];

/**
 * Simplifies the pieces together, keeping their shared borders shared. Each vertex's weight is
 * scaled by its tier so that one threshold acts as a finer one inside the boxes. Where the result
 * crosses itself (simplification can fold a narrow channel or an island onto its coast), the arcs
 * near the crossing keep more of their detail, and the pieces are simplified again.
 */
export function simplifyPieces(pieces: Map<string, Area>): Map<string, Area> {
  const objects = Object.fromEntries([...pieces].map(([id, area]) => [id, withoutSpecks(area)]));
  // The two packages type a topology's properties differently (GeoJSON's may be null): the same object.
  const topo = presimplify(topology(objects as Parameters<typeof topology>[0]) as unknown as Parameters<typeof presimplify>[0]) as Topology;
  const arcs = topo.arcs as Arcs;
  for (const arc of arcs) for (const p of arc) if (p[2] !== Infinity) p[2] = p[2]! * (MIN_WEIGHT.rest / MIN_WEIGHT[tier(p)]);
  const ids = [...pieces.keys()];
  const out = new Map<string, Area>();
  let pending = ids;
  for (let round = 0; pending.length > 0; round++) {
    const simple = simplify(topo as unknown as Parameters<typeof simplify>[0], MIN_WEIGHT.rest) as Topology;
    const broken: string[] = [];
    for (const id of pending) {
      // Rounded to the 4-decimal grid the atlas writes before the check, since rounding can fold a ring too.
      const area = onGrid(feature(simple, simple.objects[id] as GeometryCollection) as unknown as Area);
      if (isValidShape(area.geometry)) {
        out.set(id, area);
        continue;
      }
      if (round === 8)
        throw new DataError(
          'zones.json',
          id,
          'shape',
          'the piece still crosses itself after simplification (is one of its islands or channels narrower than the simplification allows?)',
        );
      broken.push(id);
      const kinks = turf.kinks(area as never).features.map((f) => f.geometry.coordinates);
      keepDetailNear(arcs, arcsOf(topo.objects[id] as GeometryCollection), kinks.length ? kinks : null);
    }
    pending = broken;
  }
  return new Map(ids.map((id) => [id, out.get(id)!]));
}

/** The arcs an object's rings are made of. */
function arcsOf(object: GeometryCollection): number[] {
  const ids: number[] = [];
  const walk = (g: unknown): void => {
    const geom = g as GeometryCollection | TopoPolygon | TopoMultiPolygon;
    if (geom.type === 'GeometryCollection') geom.geometries.forEach(walk);
    else if (geom.type === 'Polygon') geom.arcs.flat().forEach((i) => ids.push(i < 0 ? ~i : i));
    else if (geom.type === 'MultiPolygon') geom.arcs.flat(2).forEach((i) => ids.push(i < 0 ? ~i : i));
  };
  walk(object);
  return ids;
}

/** Raises the weights of arcs that pass near the given points (all of them when null), so that simplification leaves them ten times finer. */
function keepDetailNear(arcs: Arcs, candidates: number[], points: Position[] | null): void {
  const near = (p: number[]) => !points || points.some(([x, y]) => Math.abs(p[0]! - x!) < 0.2 && Math.abs(p[1]! - y!) < 0.2);
  for (const i of new Set(candidates)) {
    const arc = arcs[i]!;
    if (!arc.some(near)) continue;
    for (const p of arc) if (p[2] !== Infinity) p[2] = p[2]! * 10;
  }
}

/**
 * Rounds to the atlas's grid, drops rings that collapsed, splits rings that touch themselves (a
 * ring passing twice through one point, which rounding makes of two points a few metres apart)
 * into simple rings, and winds per RFC 7946.
 */
export function onGrid(area: Area): Area {
  const polygons: Position[][][] = [];
  for (const rings of polygonsOf(area)) {
    const [outer, ...holes] = roundCoordinates(rings, DECIMALS).map(withoutRepeats);
    const sign = Math.sign(signedArea(outer!));
    const lobes: Position[][] = [];
    const gaps: Position[][] = holes.flatMap(simpleLoops);
    for (const loop of detached(simpleLoops(outer!))) (Math.sign(signedArea(loop)) === sign ? lobes : gaps).push(loop);
    for (const lobe of lobes) {
      const own = gaps.filter((hole) => hole.some((p) => turf.booleanPointInPolygon(p, turf.polygon([lobe]), { ignoreBoundary: true })));
      polygons.push([lobe, ...own]);
    }
  }
  const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: polygons };
  return rewind({ type: 'Feature', properties: {}, geometry }, false) as Area;
}

/** A closed ring cut into simple closed rings wherever it passes through a point it has passed before; rings with no area are dropped. */
function simpleLoops(ring: Position[]): Position[][] {
  const loops: Position[][] = [];
  const stack: Position[] = [];
  const at = new Map<string, number>();
  for (const p of ring.slice(0, -1)) {
    const key = `${p[0]},${p[1]}`;
    const seen = at.get(key);
    if (seen !== undefined) {
      const loop = stack.splice(seen);
      for (const q of loop) at.delete(`${q[0]},${q[1]}`);
      loops.push([...loop, loop[0]!]);
    }
    at.set(key, stack.length);
    stack.push(p);
  }
  loops.push([...stack, stack[0]!]);
  return loops.filter((loop) => loop.length >= 4 && Math.abs(signedArea(loop)) > 1e-10);
}

/**
 * Loops cut from one ring still touch where they were cut. Each loop but the largest loses the
 * vertices it shares with the loops before it, a shift of a few metres that leaves the loops
 * apart (turf, like the OGC rules it follows loosely, will not have polygons touch).
 */
function detached(loops: Position[][]): Position[][] {
  if (loops.length < 2) return loops;
  const ordered = [...loops].sort((a, b) => Math.abs(signedArea(b)) - Math.abs(signedArea(a)));
  const taken = new Set<string>();
  const out: Position[][] = [];
  for (const [i, loop] of ordered.entries()) {
    const open = loop.slice(0, -1);
    const kept = i === 0 ? open : open.filter((p) => !taken.has(`${p[0]},${p[1]}`));
    if (kept.length < 3) continue;
    for (const p of kept) taken.add(`${p[0]},${p[1]}`);
    out.push([...kept, kept[0]!]);
  }
  return out;
}

/** Twice the signed area in square degrees (positive counter-clockwise): enough to compare orientations and spot empty rings. */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
  return sum;
}

function withoutRepeats(ring: Position[]): Position[] {
  return ring.filter((p, i) => i === 0 || p[0] !== ring[i - 1]![0] || p[1] !== ring[i - 1]![1]);
}

/** A deterministic sequence in [0, 1) (Park–Miller), so the overlap check is the same on every build. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

/**
 * Two state pieces that overlap: found by sampling points inside each piece and looking for them
 * in the others (exact intersection of every pair would cost seconds). Returns the first overlap.
 */
export function findOverlap(pieces: Map<string, Area>, samples = 60): { id: string; other: string; at: Position } | null {
  const entries = [...pieces].map(([id, area]) => ({ id, area, box: turf.bbox(area) as BBox }));
  const next = random(1855);
  for (const a of entries) {
    const [w, s, e, n] = a.box;
    for (let found = 0, tries = 0; found < samples && tries < samples * 50; tries++) {
      const p: Position = [w + next() * (e - w), s + next() * (n - s)];
      if (!turf.booleanPointInPolygon(p, a.area)) continue;
      found++;
      for (const b of entries) {
        if (b === a || !inside([b.box], p)) continue;
        if (turf.booleanPointInPolygon(p, b.area)) return { id: a.id, other: b.id, at: p.map((c) => Math.round(c! * 100) / 100) };
      }
    }
  }
  return null;
}
