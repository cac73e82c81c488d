// Where a zone's name goes when a point is wanted rather than a line along its edge: inside its
// largest part, near the middle. A coast as jagged as Korea's leaves no stretch of outline straight
// enough to write a name along, and MapLibre's own point labels on a polygon repeat on every island
// and every tile. So: the centroid of the largest polygon when it falls inside it, else the middle of
// the widest stretch of that polygon along the centroid's parallel.
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Twice the signed area of a ring (positive counter-clockwise), in square degrees. */
function ringArea2(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += ring[j]![0]! * ring[i]![1]! - ring[i]![0]! * ring[j]![1]!;
  return sum;
}

function ringCentroid(ring: Position[]): [number, number] {
  let [x, y, a] = [0, 0, 0];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const cross = ring[j]![0]! * ring[i]![1]! - ring[i]![0]! * ring[j]![1]!;
    x += (ring[j]![0]! + ring[i]![0]!) * cross;
    y += (ring[j]![1]! + ring[i]![1]!) * cross;
    a += cross;
  }
  return a === 0 ? [ring[0]![0]!, ring[0]![1]!] : [x / (3 * a), y / (3 * a)];
}

/** Where a horizontal line at `lat` crosses the polygon's rings, west to east. */
function crossings(polygon: Position[][], lat: number): number[] {
  const xs: number[] = [];
  for (const ring of polygon) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [x1, y1] = [ring[j]![0]!, ring[j]![1]!];
      const [x2, y2] = [ring[i]![0]!, ring[i]![1]!];
      if (y1 > lat !== y2 > lat) xs.push(x1 + ((lat - y1) / (y2 - y1)) * (x2 - x1));
    }
  }
  return xs.sort((a, b) => a - b);
}

function inside(polygon: Position[][], [lon, lat]: [number, number]): boolean {
  return crossings(polygon, lat).filter((x) => x < lon).length % 2 === 1;
}

/** A point inside the zone's largest part, near its middle, for its name. */
export function labelPoint(geometry: Polygon | MultiPolygon): [number, number] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const largest = polygons.reduce((a, b) => (Math.abs(ringArea2(b[0]!)) > Math.abs(ringArea2(a[0]!)) ? b : a));
  const centroid = ringCentroid(largest[0]!);
  if (inside(largest, centroid)) return centroid;
  const xs = crossings(largest, centroid[1]);
  let best: [number, number] = [largest[0]![0]![0]!, largest[0]![0]![1]!];
  let widest = -1;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    if (xs[i + 1]! - xs[i]! > widest) {
      widest = xs[i + 1]! - xs[i]!;
      best = [(xs[i]! + xs[i + 1]!) / 2, centroid[1]];
    }
  }
  return best;
}
