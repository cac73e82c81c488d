// The hook the e2e tests, the benchmark and the screenshot script drive the map through
// (`window.__atlas`). It is installed only when the page asks for it with `?debug` in its query,
// so a visitor's page exposes no handle on the map.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Day } from '../time/days.ts';
import type { AtlasMap, FirstFrame } from './bridge.ts';

export interface AtlasDebugHook {
  map: MapLibreMap;
  idle(): Promise<void>;
  hasAtlas(): boolean;
  /** The day last drawn, after coalescing. */
  drawnDay(): Day | null;
  /**
   * Applies a date exactly as the app does (`AtlasMap.setDate`, coalesced to the next animation
   * frame), without going through the dock: `npm run bench` times date steps through it.
   */
  setDate(day: Day): void;
  /** The first frame the map painted; null while it holds its frames (first-frame.ts). */
  firstFrame(): FirstFrame | null;
}

/** True when the page's query asks for the hook: `?debug` (any value). */
export function wantsDebugHook(search: string): boolean {
  return new URLSearchParams(search).has('debug');
}

/**
 * With `?debug&firstframe=wait`, the map holds its first frame until it is complete, however long
 * that takes: the e2e test of that rule then holds on a machine of any speed, where the deadline
 * (first-frame.ts) would otherwise paint an incomplete map first. Undefined: the usual deadline.
 */
export function firstFrameDeadline(search: string): number | undefined {
  const query = new URLSearchParams(search);
  return query.has('debug') && query.get('firstframe') === 'wait' ? Infinity : undefined;
}

export function installDebugHook(atlasMap: AtlasMap): void {
  const hook: AtlasDebugHook = {
    map: atlasMap.map,
    idle: () => atlasMap.idle(),
    hasAtlas: () => atlasMap.hasAtlas(),
    drawnDay: () => atlasMap.drawnDay(),
    setDate: (day) => atlasMap.setDate(day),
    firstFrame: () => atlasMap.firstFramePainted(),
  };
  (window as unknown as { __atlas?: AtlasDebugHook }).__atlas = hook;
}
