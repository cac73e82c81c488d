// Where the camera goes: the opening frame, the view a person is taken to, and the part of the map
// left visible around the panels (the camera padding).
import type { Geometry } from 'geojson';
import type { Place } from '../data/atlas.ts';

// The opening view: the Far East from Transbaikal to Kamchatka, the Sea of Okhotsk to Kyushu
// (Nagasaki, where Ioffe landed, lies at 32.7°N). At 1280×800 this frames about lon 115–155,
// lat 31.5–60.
export const DEFAULT_BOUNDS: Bounds = [
  [115, 31.5],
  [155, 60],
];

/** `[[west, south], [east, north]]`; east may exceed 180 for a box across the antimeridian. */
export type Bounds = [[number, number], [number, number]];

/**
 * A camera the app moves the map to: a point and a zoom (a place), or a box to frame in the visible
 * part of the map (a story step, a zone), whose zoom then depends on the screen.
 */
export type Camera = PointCamera | BoxCamera;
export interface PointCamera {
  center: [number, number];
  zoom: number;
  bearing?: number;
}
export interface BoxCamera {
  bounds: Bounds;
  bearing?: number;
  /** No closer than this, however small the box (a single town). */
  maxZoom?: number;
}

/** How far panels, sheets and the masthead reach into the map from each edge, in CSS pixels. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/** Space kept between what a camera frames and the edge of the visible part. */
export const FRAME_MARGIN = 24;

/**
 * The camera that shows a place chosen by search or an event: at least zoom 5 around it, or the
 * zoom shown if closer. Places far from the Far East (Moscow, Geneva, Portsmouth) are shown at a
 * continental scale instead.
 */
export function cameraForPlace(place: Pick<Place, 'lon' | 'lat'>, currentZoom: number | null): PointCamera {
  const far = place.lon < 90 || place.lon > 170;
  return { center: [place.lon, place.lat], zoom: far ? 2.5 : Math.max(currentZoom ?? 4, 5) };
}

/**
 * The box around a geometry's coordinates (a zone's), for a camera that frames it; across the
 * antimeridian (west > east) when that box is the narrower (Chukotka reaches past 180°).
 */
export function boundsOf(geometry: Geometry): Bounds {
  const lons: number[] = [];
  let [s, n] = [Infinity, -Infinity];
  const visit = (g: Geometry): void => {
    if (g.type === 'GeometryCollection') return g.geometries.forEach(visit);
    const walk = (c: unknown): void => {
      if (typeof (c as number[])[0] !== 'number') return (c as unknown[]).forEach(walk);
      const [lon, lat] = c as [number, number];
      lons.push(lon);
      [s, n] = [Math.min(s, lat), Math.max(n, lat)];
    };
    walk(g.coordinates);
  };
  visit(geometry);
  const [w, e] = [Math.min(...lons), Math.max(...lons)];
  // The same box with the western hemisphere moved east of 180°: narrower for a shape across it.
  const shifted = lons.map((lon) => (lon < 0 ? lon + 360 : lon));
  const [w2, e2] = [Math.min(...shifted), Math.max(...shifted)];
  if (e2 - w2 < e - w)
    return [
      [w2 > 180 ? w2 - 360 : w2, s],
      [e2 > 180 ? e2 - 360 : e2, n],
    ];
  return [
    [w, s],
    [e, n],
  ];
}

/** Whether two insets differ by more than `tolerance` pixels on some side (a sheet that grew by a line of text). */
export function insetsDiffer(a: Insets, b: Insets, tolerance = 4): boolean {
  return (['top', 'right', 'bottom', 'left'] as const).some((side) => Math.abs(a[side] - b[side]) > tolerance);
}

/** The part of a map of this size left visible by the insets, less a margin (less of it where there is no room for it all). */
export function visibleRect(size: { width: number; height: number }, insets: Insets, margin = 0): { left: number; top: number; right: number; bottom: number } {
  const span = (from: number, to: number): [number, number] => {
    const m = Math.max(0, Math.min(margin, (to - from - 2) / 2));
    return [from + m, to - m];
  };
  const [left, right] = span(insets.left, size.width - insets.right);
  const [top, bottom] = span(insets.top, size.height - insets.bottom);
  return { left, top, right, bottom };
}

/**
 * The map's own centre for a camera whose centre is meant for the part of the map left visible:
 * MapLibre's centre is the middle of the whole map, which lies half the difference of the insets
 * away from the middle of the visible part. The map keeps no padding of its own, so that a panel
 * opening or closing moves nothing, and a link's `map=` means the middle of the map on any screen.
 * (Web Mercator at MapLibre's 512-pixel tiles, north up.)
 */
export function mapCentre(visibleCentre: [number, number], zoom: number, insets: Insets): [number, number] {
  const world = 512 * 2 ** zoom;
  const x = ((visibleCentre[0] + 180) / 360) * world + (insets.right - insets.left) / 2;
  const sin = Math.sin((visibleCentre[1] * Math.PI) / 180);
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * world + (insets.bottom - insets.top) / 2;
  const lon = (x / world) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / world))) * 180) / Math.PI;
  return [lon, lat];
}

/** How far (in pixels) a point must move to come inside a rectangle: zero when it is inside. */
export function revealDelta(point: { x: number; y: number }, rect: ReturnType<typeof visibleRect>): { x: number; y: number } {
  const shift = (v: number, lo: number, hi: number) => (v < lo ? lo - v : v > hi ? hi - v : 0);
  return { x: shift(point.x, rect.left, rect.right), y: shift(point.y, rect.top, rect.bottom) };
}

/** A marker on the edge of the visible part of the map, pointing at something beyond it. */
export interface EdgePointer {
  /** Where on the edge, in CSS pixels from the map's top left. */
  x: number;
  y: number;
  /** The direction to the point, in degrees clockwise from east (CSS rotate). */
  angle: number;
  /** The edge it sits on: the marker lies inside it. */
  side: keyof Insets;
}

/**
 * Where a marker for a point outside a rectangle sits: on the rectangle's edge, on the line from
 * its middle to the point, so that it points the way the map must pan. Null when the point is
 * inside (it can be seen) or not a number (MapLibre projects some far points to NaN).
 */
export function edgePointer(point: { x: number; y: number }, rect: ReturnType<typeof visibleRect>): EdgePointer | null {
  if (!Number.isFinite(point.x) || !Number.isFinite(point.y)) return null;
  if (point.x >= rect.left && point.x <= rect.right && point.y >= rect.top && point.y <= rect.bottom) return null;
  const cx = (rect.left + rect.right) / 2;
  const cy = (rect.top + rect.bottom) / 2;
  const dx = point.x - cx;
  const dy = point.y - cy;
  // The fraction of the way to the point at which the line leaves the rectangle: the nearer of its
  // crossings of the vertical and the horizontal edges.
  const tx = dx === 0 ? Infinity : (dx > 0 ? rect.right - cx : rect.left - cx) / dx;
  const ty = dy === 0 ? Infinity : (dy > 0 ? rect.bottom - cy : rect.top - cy) / dy;
  const t = Math.min(tx, ty);
  const side = tx <= ty ? (dx > 0 ? 'right' : 'left') : dy > 0 ? 'bottom' : 'top';
  return { x: cx + dx * t, y: cy + dy * t, angle: (Math.atan2(dy, dx) * 180) / Math.PI, side };
}

/** A rectangle on the map's stage, in CSS pixels from its top left. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Moves an edge marker's box along the edge it sits on until it clears an obstacle over the map (the
 * on-map key): above or below it on the left or right edge, beside it on the top or bottom edge,
 * whichever is nearer and stays inside the stage. Returned unchanged when they do not overlap, or
 * when no way along the edge clears it.
 */
export function clearOf(box: Box, obstacle: Box | null, side: keyof Insets, stage: { width: number; height: number }, gap = 8): Box {
  if (!obstacle || box.right <= obstacle.left || box.left >= obstacle.right || box.bottom <= obstacle.top || box.top >= obstacle.bottom) return box;
  const along = side === 'left' || side === 'right' ? 'vertical' : 'horizontal';
  const size = along === 'vertical' ? box.bottom - box.top : box.right - box.left;
  const [start, end, limit] = along === 'vertical' ? [obstacle.top, obstacle.bottom, stage.height] : [obstacle.left, obstacle.right, stage.width];
  const from = along === 'vertical' ? box.top : box.left;
  const candidates = [start - gap - size, end + gap].filter((at) => at >= gap && at + size <= limit - gap);
  if (candidates.length === 0) return box;
  const to = candidates.reduce((a, b) => (Math.abs(b - from) < Math.abs(a - from) ? b : a));
  return along === 'vertical' ? { ...box, top: to, bottom: to + size } : { ...box, left: to, right: to + size };
}
