// When the map paints its first frame. Pure logic: the bridge (bridge.ts) reads the map's state and
// asks; nothing here touches MapLibre or the DOM.
//
// Why hold frames at all: while a map loads, MapLibre paints a frame each time something arrives
// (the sea, the graticule, each land file, each atlas source, the labels), and each of those frames
// is replaced within a second. Where WebGL is drawn in software (no GPU; SwiftShader), every painted
// frame costs a full raster and a read-back of the canvas, 100–250 ms each on two cores, and those
// frames compete with the workers that are still tiling the data. Painting nothing until the map is
// complete brought the first complete map about 15% sooner there (`npm run bench`, README); with
// a GPU the held frames are cheap either way.

/** After this long, the map paints whatever it has, complete or not (a slow network, a stuck file). */
export const FIRST_FRAME_DEADLINE_MS = 4000;

export interface FirstFrameState {
  /** The style, every source and every tile in view have loaded (MapLibre's `map.loaded()`). */
  loaded: boolean;
  /** Label placement has settled: the next frame would not move or add a label. */
  placed: boolean;
  /** The atlas's layers are on the map. */
  atlasOn: boolean;
  /** The atlas will not come: its data failed to load. */
  atlasUnavailable: boolean;
  /** Something needs the map drawn now, whatever it holds (an image export). */
  forced: boolean;
  /** ms since the map was created. */
  elapsed: number;
}

/**
 * Why the frame about to be drawn is the first one painted, or null to hold it: `complete` (the
 * land, the atlas and its labels), `without atlas` (all but the atlas, which failed to load),
 * `forced`, or `deadline`. Once one frame has been painted, every later one is.
 */
export type FirstFrameReason = 'complete' | 'without atlas' | 'forced' | 'deadline';

export function firstFrameReason(state: FirstFrameState, deadline = FIRST_FRAME_DEADLINE_MS): FirstFrameReason | null {
  const settled = state.loaded && state.placed;
  if (settled && state.atlasOn) return 'complete';
  if (settled && state.atlasUnavailable) return 'without atlas';
  if (state.forced) return 'forced';
  if (state.elapsed >= deadline) return 'deadline';
  return null;
}
