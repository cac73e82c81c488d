// Where a zone's name goes: a point well inside its largest polygon (an approximate pole of
// inaccessibility: of a grid of candidates inside, the farthest from the edge, refined once), and
// how far that point is from the edge, which says from what zoom the name fits. Pure; the data build
// runs it once per zone and writes the result into the atlas (Zone.label): on the page it would cost
// about a second of a slow machine's first map, for every zone, and again on every change of names.
import type { MultiPolygon, Polygon, Position } from 'geojson';

export interface LabelPoint {
  lon: number;
  lat: number;
  /** Distance to the nearest edge, in degrees of longitude at the point's latitude. */
  room: number;
}

/** At most this many points of a ring are used: the label's place needs no coastline's detail. */
const MAX_RING_POINTS = 300;
const GRID = 16;

function thin(ring: Position[]): Position[] {
  const stride = Math.max(1, Math.ceil(ring.length / MAX_RING_POINTS));
  const out = ring.filter((_, i) => i % stride === 0);
  out.push(ring[ring.length - 1]!);
  return out;
}

function inside(x: number, y: number, rings: Position[][]): boolean {
  let isIn = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i] as [number, number];
      const [xj, yj] = ring[j] as [number, number];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) isIn = !isIn;
    }
  }
  return isIn;
}

/** Distance from a point to the rings' edges, with longitude shrunk by the latitude's cosine. */
function edgeDistance(x: number, y: number, rings: Position[][], k: number): number {
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 1; i < ring.length; i++) {
      const ax = ring[i - 1]![0]! * k;
      const ay = ring[i - 1]![1]!;
      const bx = ring[i]![0]! * k;
      const by = ring[i]![1]!;
      const px = x * k;
      const dx = bx - ax;
      const dy = by - ay;
      const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
      const d = Math.hypot(px - (ax + t * dx), y - (ay + t * dy));
      if (d < best) best = d;
    }
  }
  return best;
}

function area(ring: Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
  return Math.abs(sum / 2);
}

/**
 * How far from a place a name keeps, as a share of its own room. A name spans about twice its room
 * at the zoom where it first fits (fitZoom) and shrinks against the map as one zooms in: at half its
 * room, a short name clears the place's dot from about one zoom level above that on (Manchukuo's
 * and Harbin's at the opening view). A long one may still touch a place's name.
 */
const PLACE_CLEARANCE = 1 / 2;

/**
 * The label's point for a polygon or multipolygon (its largest part); null for an empty shape. With
 * places to avoid, the roomiest point clear of them (PLACE_CLEARANCE), so that the name does not sit
 * on a city at the shape's heart (Manchukuo's on Harbin); the roomiest of all when none is clear.
 */
export function labelPoint(geometry: Polygon | MultiPolygon, avoid: readonly Position[] = []): LabelPoint | null {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const largest = polygons.filter((p) => p[0] && p[0].length >= 4).sort((a, b) => area(b[0]!) - area(a[0]!))[0];
  if (!largest) return null;
  const rings = largest.map(thin);
  const xs = rings[0]!.map((p) => p[0]!);
  const ys = rings[0]!.map((p) => p[1]!);
  const bounds: [number, number, number, number] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const k = Math.cos((((bounds[2] + bounds[3]) / 2) * Math.PI) / 180);
  const near = avoid.filter(([x, y]) => x! >= bounds[0] && x! <= bounds[1] && y! >= bounds[2] && y! <= bounds[3]);
  const clear = (at: LabelPoint) => near.every(([x, y]) => Math.hypot((x! - at.lon) * k, y! - at.lat) >= PLACE_CLEARANCE * at.room * k);
  const best = near.length ? (search(rings, bounds, k, clear) ?? search(rings, bounds, k)) : search(rings, bounds, k);
  if (best) return best;
  // A sliver no grid point falls in: its first vertex, with no room.
  const [lon, lat] = rings[0]![0] as [number, number];
  return { lon, lat, room: 0 };
}

/** The roomiest grid point inside the rings that `accept` takes: a coarse grid over the bounds, then a finer one around the best. */
function search(rings: Position[][], bounds: [number, number, number, number], k: number, accept: (at: LabelPoint) => boolean = () => true): LabelPoint | null {
  let [w, e, s, n] = bounds;
  let best: LabelPoint | null = null;
  for (let pass = 0; pass < 2; pass++) {
    const [dx, dy] = [(e - w) / GRID, (n - s) / GRID];
    for (let i = 0; i <= GRID; i++) {
      for (let j = 0; j <= GRID; j++) {
        const [x, y] = [w + i * dx, s + j * dy];
        if (!inside(x, y, rings)) continue;
        const at = { lon: x, lat: y, room: edgeDistance(x, y, rings, k) / k };
        if ((!best || at.room > best.room) && accept(at)) best = at;
      }
    }
    if (!best) break;
    [w, e, s, n] = [best.lon - 2 * dx, best.lon + 2 * dx, best.lat - 2 * dy, best.lat + 2 * dy];
  }
  return best;
}

/** The zoom from which a name about `widthPx` wide fits across the room at the label's point (MapLibre's 512 px world). */
export function fitZoom(room: number, widthPx = 70): number {
  if (room <= 0) return 24;
  const pxPerDegreeAtZero = 512 / 360;
  return Math.max(0, Math.log2(widthPx / (2 * room * pxPerDegreeAtZero)));
}
