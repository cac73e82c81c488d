// Overlays made of state pieces (Korea under Japan is the two Korean pieces; Manchukuo is Manchuria
// and southern Liaodong) would repeat the pieces' coastlines in atlas.json. They are written
// without geometry, naming their pieces, and put back together when the atlas is loaded: the
// pieces come from one topology (scripts/data/partition.ts), so where two meet their rings run
// through the same points in opposite directions, and dissolving them is a matter of dropping the
// edges that appear both ways and walking what is left. Pure and dependency-free: the app runs it.
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Atlas, Zone } from './atlas.ts';

/** A zone as written in atlas.json: an overlay made of pieces carries no geometry of its own. */
export type StoredZone = Omit<Zone, 'geometry'> & { geometry?: Zone['geometry'] };
export type StoredAtlas = Omit<Atlas, 'zones'> & { zones: StoredZone[] };

/**
 * A point as one number: coordinates are on the atlas's grid (4 decimals), so they fit exactly in
 * integers, and two integers in one double (|x| <= 1.8e6 and |y| <= 9e5 on that grid). Numbers
 * make the edge bookkeeping several times faster than strings, on the main thread at load.
 */
const key = (p: Position) => Math.round(p[0]! * 1e4) * 4e6 + Math.round(p[1]! * 1e4);

/** Twice the signed area (positive counter-clockwise). */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 1; i < ring.length; i++) sum += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
  return sum;
}

function inRing(p: Position, ring: Position[]): boolean {
  const [x, y] = p as [number, number];
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * The union of polygons that meet only along shared edges, wound per RFC 7946 (outer rings
 * counter-clockwise): the edges they share cancel out, and the rest are walked into rings.
 */
export function dissolve(parts: (Polygon | MultiPolygon)[]): MultiPolygon {
  // From each point, the points edges lead to; an edge met both ways is shared, and dropped.
  const leaving = new Map<number, number[]>();
  const at = new Map<number, Position>();
  for (const part of parts) {
    const polygons = part.type === 'Polygon' ? [part.coordinates] : part.coordinates;
    for (const ring of polygons.flat()) {
      let from = key(ring[0]!);
      at.set(from, ring[0]!);
      for (let i = 1; i < ring.length; i++) {
        const to = key(ring[i]!);
        at.set(to, ring[i]!);
        const back = leaving.get(to);
        const j = back ? back.indexOf(from) : -1;
        if (j >= 0) back!.splice(j, 1);
        else {
          const list = leaving.get(from);
          if (list) list.push(to);
          else leaving.set(from, [to]);
        }
        from = to;
      }
    }
  }
  const rings: Position[][] = [];
  for (const [start, list] of leaving) {
    while (list.length > 0) {
      const ring: Position[] = [at.get(start)!];
      let from = start;
      for (;;) {
        const next = leaving.get(from)?.shift();
        if (next === undefined) break;
        ring.push(at.get(next)!);
        from = next;
        if (next === start) break;
      }
      if (ring.length >= 4 && from === start) rings.push(ring);
    }
  }
  const outers = rings.filter((r) => signedArea(r) > 0).map((r) => ({ ring: r, area: signedArea(r), holes: [] as Position[][] }));
  for (const hole of rings.filter((r) => signedArea(r) < 0)) {
    const home = outers.filter((o) => inRing(hole[1] ?? hole[0]!, o.ring)).sort((a, b) => a.area - b.area)[0];
    home?.holes.push(hole);
  }
  return { type: 'MultiPolygon', coordinates: outers.map((o) => [o.ring, ...o.holes]) };
}

/** The atlas as written: overlays made of pieces lose their geometry, which `expandAtlas` rebuilds. */
export function compactAtlas(atlas: Atlas): StoredAtlas {
  return { ...atlas, zones: atlas.zones.map((z): StoredZone => (z.pieces ? (({ geometry: _, ...rest }) => rest)(z) : z)) };
}

/** The atlas as the app uses it: every zone with its geometry. */
export function expandAtlas(stored: StoredAtlas): Atlas {
  const byId = new Map(stored.zones.map((z) => [z.id, z]));
  const zones = stored.zones.map((z): Zone => {
    if (z.geometry) return z as Zone;
    const parts = (z.pieces ?? []).map((id) => byId.get(id)?.geometry).filter((g): g is Zone['geometry'] => g !== undefined);
    return { ...z, geometry: dissolve(parts) };
  });
  return { ...stored, zones };
}
