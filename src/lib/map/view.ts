// Where the camera goes: the opening frame, and the view a person is taken to.
import type { Place } from '../data/atlas.ts';

// The opening view: the Far East from Transbaikal to Kamchatka, the Sea of Okhotsk to Kyushu
// (Nagasaki, where Ioffe landed, lies at 32.7°N). At 1280×800 this frames about lon 115–155,
// lat 31.5–60.
export const DEFAULT_BOUNDS: [[number, number], [number, number]] = [
  [115, 31.5],
  [155, 60],
];

/** A camera the app moves the map to: a story step's, or a place's. */
export interface Camera {
  center: [number, number];
  zoom: number;
  bearing?: number;
}

/**
 * The camera that shows a place chosen by search or an event: at least zoom 5 around it, or the
 * zoom shown if closer. Places far from the Far East (Moscow, Geneva, Portsmouth) are shown at a
 * continental scale instead.
 */
export function cameraForPlace(place: Pick<Place, 'lon' | 'lat'>, currentZoom: number | null): Camera {
  const far = place.lon < 90 || place.lon > 170;
  return { center: [place.lon, place.lat], zoom: far ? 2.5 : Math.max(currentZoom ?? 4, 5) };
}
