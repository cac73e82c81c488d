// The app's one channel to the map. The state asks for camera moves and pictures here; MapView,
// the only component that talks to the bridge, connects the bridge when the map exists. A move
// asked for before then (a link's view, a linked story step) is where the map starts.
import { SvelteMap } from 'svelte/reactivity';
import type { MapCommands } from '../map/bridge.ts';
import { NO_INSETS, type Box, type Camera, type Insets } from '../map/view.ts';
import type { MapView } from '../url/hash.ts';

/** The edge of the map a panel, a sheet or the masthead reaches in from. */
export type Side = keyof Insets;

export class MapChannel {
  /** The map cannot be drawn: why (today only 'webgl', said as the messages' noWebgl). The atlas is then shown as text. */
  failure = $state<'webgl' | null>(null);
  /** The map has painted its first frame (it holds its frames until the map is complete). */
  drawn = $state(false);

  /** What covers the map, by who covers it (components/layout.ts measures them): the side and how far in. */
  #covers = new SvelteMap<string, { side: Side; reach: number }>();
  /** How far panels, sheets and the masthead reach over the map from each edge: the camera's padding. */
  insets: Insets = $derived.by(() => {
    const insets = { ...NO_INSETS };
    for (const { side, reach } of this.#covers.values()) insets[side] = Math.max(insets[side], reach);
    return insets;
  });

  /** The on-map key's box over the stage, while it is shown: the edge marker keeps clear of it. */
  key = $state<Box | null>(null);

  #map: MapCommands | null = null;
  /** The view to create the map at: a link's, or null for the default frame. */
  #initialView: MapView | null = null;
  /** A move asked for before the map existed, made at once (no flight) when it does. */
  #pending: Camera | null = null;

  get initialView(): MapView | null {
    return this.#initialView;
  }

  connect(map: MapCommands): void {
    this.#map = map;
    if (this.#pending) map.moveTo(this.#pending, false);
    this.#pending = null;
  }

  disconnect(): void {
    this.#map = null;
  }

  /** Flies (or jumps, when motion should be reduced) to a camera: a story step, a place. */
  moveTo(camera: Camera, animate: boolean): void {
    if (this.#map) this.#map.moveTo(camera, animate);
    else this.#pending = camera;
  }

  /** Moves without animation: a link was opened, the hash was edited. */
  jumpTo(view: MapView): void {
    if (this.#map) this.#map.jumpTo(view);
    else {
      this.#initialView = view;
      this.#pending = null;
    }
  }

  cover(key: string, side: Side, reach: number): void {
    const now = this.#covers.get(key);
    if (now?.side !== side || now.reach !== reach) this.#covers.set(key, { side, reach });
  }

  uncover(key: string): void {
    this.#covers.delete(key);
  }

  /** The map as drawn at print resolution (`longSidePx` along its longer side), at once; null without a map. */
  printSnapshot(longSidePx: number): HTMLCanvasElement | null {
    return this.#map ? this.#map.printSnapshot(longSidePx) : null;
  }

  /** The map as drawn, for a saved image; null without a map. */
  async snapshot(): Promise<HTMLCanvasElement | null> {
    return this.#map ? this.#map.snapshot() : null;
  }
}
