// The in-page half of `npm run bench`. scripts/bench.ts bundles this file (with the peer,
// @openhistoricalmap/maplibre-gl-dates) into a temp dir and adds it to the production app's page,
// where it exposes `window.__bench`. Everything here runs on the app's own MapLibre map, reached
// through the bridge's debugging hook `window.__atlas`, over the same land basemap.
//
// One step: apply a date, wait for the map's 'idle' event, then for the next animation frame (the
// first frame after idle); time it with performance.now() and count the map's 'render' events.
import { decimalYearFromDate, filterByDate } from '@openhistoricalmap/maplibre-gl-dates';
import type { FilterSpecification, GeoJSONSourceSpecification, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { GLOW_DAYS } from '../../src/lib/data/at-date.ts';
import type { Atlas } from '../../src/lib/data/atlas.ts';
import type { AtlasDebugHook } from '../../src/lib/map/debug-hook.ts';
import { SOURCES } from '../../src/lib/map/sources.ts';
import { dayFromParts, isoFromDay, type Day } from '../../src/lib/time/days.ts';

export interface Step {
  /** From applying the date to the first animation frame after 'idle'. */
  ms: number;
  /** The map's 'render' events in that time. */
  frames: number;
  /** How long the call that applied the date took by itself (the synchronous part). */
  callMs: number;
  /** When the first animation frame after the call began (ours: the bridge has just applied the date). */
  firstFrameMs: number;
  /** Main-thread time inside MapLibre's render calls (the rest of a frame is the GPU process: SwiftShader). */
  renderJsMs: number;
  /** The date changed nothing on the map, so no frame was asked for (and no 'idle' will come). */
  noop: boolean;
}

/** A layer of the page that the benchmark added, so it can take it away again. */
interface Added {
  layers: string[];
  sources: string[];
}

/** The map's internals the benchmark looks at: whether a frame is scheduled, and its render call. */
interface MapInternals {
  _frameRequest: unknown;
  _render(paintStartTimeStamp: number): unknown;
}

/** Main-thread time spent in `map._render` so far (the method is wrapped once, on the instance). */
let renderJs = 0;
const wrapped = new WeakSet<object>();
function timeRenders(m: MapLibreMap): void {
  if (wrapped.has(m)) return;
  wrapped.add(m);
  const internals = m as unknown as MapInternals;
  const render = internals._render.bind(m);
  internals._render = (t: number) => {
    const start = performance.now();
    try {
      return render(t);
    } finally {
      renderJs += performance.now() - start;
    }
  };
}

const STEP_TIMEOUT_MS = 60_000;
const PEER_SOURCE_LAYER = '_geojsonTileLayer';

function hook(): AtlasDebugHook {
  const h = (window as unknown as { __atlas?: AtlasDebugHook }).__atlas;
  if (!h) throw new Error('window.__atlas is missing: is this the production app, opened with ?debug?');
  return h;
}

function map(): MapLibreMap {
  return hook().map;
}

function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
}

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what}: no 'idle' within ${STEP_TIMEOUT_MS} ms`)), STEP_TIMEOUT_MS);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

/**
 * Times one change: from `apply()` to the first animation frame after the map's 'idle' event.
 * A change that asks for no frame at all (nothing on the map differs) would never see 'idle': it is
 * detected one animation frame later (no render happened, none is scheduled) and marked `noop`.
 */
async function timeStep(m: MapLibreMap, what: string, apply: () => void): Promise<Step> {
  let frames = 0;
  const onRender = () => {
    frames++;
  };
  m.on('render', onRender);
  let idleSeen = false;
  const idle = new Promise<'idle'>((resolve) =>
    m.once('idle', () => {
      idleSeen = true;
      resolve('idle');
    }),
  );
  timeRenders(m);
  const js0 = renderJs;
  const t0 = performance.now();
  apply();
  const callMs = performance.now() - t0;
  // Registered after apply(): it runs after the bridge's coalescing frame and after MapLibre's own
  // render callback when one was scheduled before it.
  let firstFrameMs = 0;
  const settled = nextFrame().then((t) => {
    firstFrameMs = t - t0;
    if (!idleSeen && frames === 0 && !(m as unknown as MapInternals)._frameRequest) return 'noop' as const;
    return idle;
  });
  try {
    const how = await withTimeout(settled, what);
    const t1 = await nextFrame();
    return { ms: t1 - t0, frames, callMs, firstFrameMs, renderJsMs: renderJs - js0, noop: how === 'noop' };
  } finally {
    m.off('render', onRender);
  }
}

/** Waits until the map has nothing left to do (and one more frame). */
async function settle(m: MapLibreMap): Promise<void> {
  await withTimeout(
    new Promise<void>((resolve) => {
      m.once('idle', () => resolve());
      m.triggerRepaint();
    }),
    'settle',
  );
  await nextFrame();
}

// Decimal years, as maplibre-gl-dates reads them (start_decdate / end_decdate).
function decimalYear(day: Day): number {
  return decimalYearFromDate(new Date(day * 86_400_000));
}

function datedProps(start: Day | null, end: Day | null): Record<string, number> {
  const props: Record<string, number> = {};
  if (start !== null) props['start_decdate'] = decimalYear(start);
  if (end !== null) props['end_decdate'] = decimalYear(end);
  return props;
}

/**
 * Replaces every `['feature-state', key]` in a layer by what the peer's data implies: `on` 2 (the
 * filter keeps only features in force), `glow` 1, and any other key unset (a property no feature has).
 */
function withoutFeatureState(value: unknown): unknown {
  if (!Array.isArray(value)) {
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutFeatureState(v)]));
    }
    return value;
  }
  if (value[0] === 'feature-state' && typeof value[1] === 'string') {
    return value[1] === 'on' ? 2 : value[1] === 'glow' ? 1 : ['get', '__bench_unset'];
  }
  return value.map(withoutFeatureState);
}

function readsState(layer: LayerSpecification, key: string): boolean {
  return JSON.stringify([('paint' in layer && layer.paint) || {}, ('layout' in layer && layer.layout) || {}]).includes(`["feature-state","${key}"]`);
}

/**
 * Runs `fn` with MapLibre's complaint about `source-layer` on a GeoJSON source silenced: the peer
 * needs the property (it filters only layers that have one) and MapLibre draws such layers anyway.
 * Any other map error is still reported.
 */
function quietSourceLayer(m: MapLibreMap, fn: () => void): void {
  const onError = (e: { error?: { message?: string } }) => {
    if (!/Source layer "_geojsonTileLayer" does not exist/.test(e.error?.message ?? '')) console.error(e.error ?? e);
  };
  m.on('error', onError);
  try {
    fn();
  } finally {
    m.off('error', onError);
  }
}

function setVisibility(m: MapLibreMap, ids: string[], visible: boolean): void {
  for (const id of ids) m.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
}

function remove(m: MapLibreMap, added: Added): void {
  for (const id of added.layers) if (m.getLayer(id)) m.removeLayer(id);
  for (const id of added.sources) if (m.getSource(id)) m.removeSource(id);
  added.layers = [];
  added.sources = [];
}

/** A small seeded generator (mulberry32): the same points for ours and for the peer. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Points {
  lon: Float64Array;
  lat: Float64Array;
  start: Int32Array;
  end: Int32Array;
}

/** `n` random points over lon 100–160, lat 30–60, each in force over random days within 1855–1956. */
function makePoints(n: number, seed: number): Points {
  const rnd = random(seed);
  const first = dayFromParts(1855, 1, 1);
  const span = dayFromParts(1957, 1, 1) - first;
  const p: Points = { lon: new Float64Array(n), lat: new Float64Array(n), start: new Int32Array(n), end: new Int32Array(n) };
  for (let i = 0; i < n; i++) {
    p.lon[i] = 100 + 60 * rnd();
    p.lat[i] = 30 + 30 * rnd();
    const a = first + Math.floor(span * rnd());
    const b = first + Math.floor(span * rnd());
    p.start[i] = Math.min(a, b);
    p.end[i] = Math.max(a, b) + 1;
  }
  return p;
}

const POINT_PAINT = { 'circle-color': '#b5402c', 'circle-radius': 2.5 } as const;

/**
 * Our mechanism on synthetic points, as the bridge does it for the atlas: a date is coalesced to
 * the next animation frame, diffed against the day drawn before, and only the points whose state
 * changed get `setFeatureState({ on })`, read by `circle-opacity`.
 */
class PointsBridge {
  private wanted: Day | null = null;
  private frame = 0;
  private drawn: Uint8Array | null = null;
  constructor(
    private readonly m: MapLibreMap,
    private readonly source: string,
    private readonly points: Points,
  ) {}

  setDate(day: Day): void {
    this.wanted = day;
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.wanted !== null) this.apply(this.wanted);
    });
  }

  private apply(day: Day): void {
    const { start, end } = this.points;
    const n = start.length;
    const before = this.drawn;
    const now = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const on = start[i]! <= day && day < end[i]! ? 1 : 0;
      now[i] = on;
      if (before === null || before[i] !== on) this.m.setFeatureState({ source: this.source, id: i }, { on: on === 1 });
    }
    this.drawn = now;
  }
}

const state: {
  /** What the benchmark added to the map, to take away between scales. */
  added: Added;
  /** The layers drawn for ours and for the peer at the current scale: one set is hidden while the other runs. */
  modes: Record<'ours' | 'peer', string[]>;
  pointsBridge: PointsBridge | null;
} = { added: { layers: [], sources: [] }, modes: { ours: [], peer: [] }, pointsBridge: null };

export type Method = 'ours' | 'floor' | 'peer';

async function applyAndTime(method: Method, day: Day, what: string): Promise<Step> {
  const m = map();
  switch (method) {
    case 'ours': {
      const bridge = state.pointsBridge;
      return timeStep(m, what, () => (bridge ? bridge.setDate(day) : hook().setDate(day)));
    }
    case 'floor':
      return timeStep(m, what, () => m.triggerRepaint());
    case 'peer':
      return timeStep(m, what, () => filterByDate(m, isoFromDay(day)));
  }
}

const isOurs = (l: LayerSpecification): l is LayerSpecification & { source: string } =>
  'source' in l && (Object.values(SOURCES) as string[]).includes(l.source as string);

const api = {
  /** The WebGL renderer, for the report. */
  renderer(): string {
    const gl = map().getCanvas().getContext('webgl2') ?? map().getCanvas().getContext('webgl');
    if (!gl) return 'unknown';
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    return String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
  },

  /** What the atlas holds, for the report. */
  atlasSize(): { zones: number; lines: number; places: number; layers: number } {
    const style = map().getStyle();
    const count = (source: string) => {
      const data = (style.sources[source] as GeoJSONSourceSpecification | undefined)?.data;
      return typeof data === 'object' && data && 'features' in data ? data.features.length : 0;
    };
    return { zones: count(SOURCES.zones), lines: count(SOURCES.lines), places: count(SOURCES.places), layers: style.layers.filter(isOurs).length };
  },

  /**
   * Runs steps over `days`: for each day, each method in turn (ours and the floor alternate, so
   * both see the same map at the same moment). `warmup` steps first, not recorded.
   */
  async run(methods: Method[], days: Day[], warmup: Day[], sparse?: { method: Method; every: number }): Promise<Record<string, Step[]>> {
    const m = map();
    await settle(m);
    for (const day of warmup) for (const method of methods) await applyAndTime(method, day, `warm-up ${method} ${isoFromDay(day)}`);
    const out: Record<string, Step[]> = Object.fromEntries([...methods, ...(sparse ? [sparse.method] : [])].map((k) => [k, []]));
    for (const [i, day] of days.entries()) {
      for (const method of methods) out[method]!.push(await applyAndTime(method, day, `${method} ${isoFromDay(day)}`));
      // A method run only on every nth day (the peer's floor), right after the others.
      if (sparse && i % sparse.every === 0) out[sparse.method]!.push(await applyAndTime(sparse.method, day, `${sparse.method} ${isoFromDay(day)}`));
    }
    return out;
  },

  /**
   * Shows ours or the peer's layers and hides the other's, then waits until the map is idle
   * (changing visibility reloads the sources: this is not timed). Ours and the peer run in
   * alternating blocks, so that both see the same machine load.
   */
  async mode(which: 'ours' | 'peer'): Promise<void> {
    const m = map();
    setVisibility(m, state.modes[which === 'ours' ? 'peer' : 'ours'], false);
    setVisibility(m, state.modes[which], true);
    await settle(m);
  },

  /** Hides all our atlas layers: the synthetic points are drawn over the bare basemap. */
  async hideOurAtlas(): Promise<void> {
    const m = map();
    setVisibility(
      m,
      m
        .getStyle()
        .layers.filter(isOurs)
        .map((l) => l.id),
      false,
    );
    await settle(m);
  },

  /**
   * The peer at atlas scale: copies of our date-driven layers (those reading feature-state `on` or
   * `glow`: zones, lines, the glow) over GeoJSON sources whose features carry start_decdate /
   * end_decdate, with `source-layer` set so that maplibre-gl-dates filters them. Our other layers
   * (places, names, region labels, comparison outlines) stay as they are and are not filtered, so
   * the peer re-tiles only what it must. Returns the time from adding the sources (ours hidden) to
   * the first frame after 'idle'.
   */
  async addPeerAtlas(firstDay: Day): Promise<Step> {
    const m = map();
    const atlas = (await (await fetch(new URL('data/atlas.json', document.baseURI))).json()) as Atlas;
    const style = m.getStyle();
    const collection = (id: string) => (style.sources[id] as GeoJSONSourceSpecification).data as FeatureCollection;

    // Zones and lines: drawn while possibly in force (the peer has one interval per feature).
    const dated = new Map<string, Record<string, number>>();
    for (const f of [...atlas.zones, ...atlas.lines]) dated.set(f.id, datedProps(f.possibleStart, f.possibleEnd));
    const withDates = (id: string): FeatureCollection => ({
      type: 'FeatureCollection',
      features: collection(id).features.map((f) => ({ ...f, properties: { ...f.properties, ...dated.get(String(f.properties?.['id'])) } })),
    });
    // Glow: one point per event and place, from the event's start until its glow has faded.
    const where = new Map(atlas.places.map((p) => [p.id, [p.lon, p.lat]]));
    const glow: Feature<Point>[] = atlas.events.flatMap((e) =>
      e.places.map((id) => ({
        type: 'Feature' as const,
        properties: { id, ...datedProps(e.start, e.end === null ? null : Math.max(e.start, e.end - 1) + GLOW_DAYS) },
        geometry: { type: 'Point' as const, coordinates: where.get(id) ?? [0, 0] },
      })),
    );
    const peerSource: Record<string, string> = { [SOURCES.zones]: 'peer-zones', [SOURCES.lines]: 'peer-lines', [SOURCES.places]: 'peer-glow' };
    const copies: { layer: LayerSpecification; before: string }[] = [];
    for (const layer of style.layers.filter(isOurs)) {
      const source = peerSource[layer.source];
      if (!source || !(readsState(layer, 'on') || readsState(layer, 'glow'))) continue;
      const copy = withoutFeatureState({ ...layer, id: `peer-${layer.id}`, source, 'source-layer': PEER_SOURCE_LAYER }) as LayerSpecification;
      if ('layout' in copy && copy.layout) delete (copy.layout as Record<string, unknown>)['visibility'];
      copies.push({ layer: copy, before: layer.id });
    }
    state.modes = { ours: copies.map((c) => c.before), peer: copies.map((c) => c.layer.id) };
    setVisibility(m, state.modes.ours, false);
    await settle(m);

    return timeStep(m, 'peer atlas load', () => {
      m.addSource('peer-zones', { type: 'geojson', data: withDates(SOURCES.zones) });
      m.addSource('peer-lines', { type: 'geojson', data: withDates(SOURCES.lines) });
      m.addSource('peer-glow', { type: 'geojson', data: { type: 'FeatureCollection', features: glow } });
      state.added.sources.push('peer-zones', 'peer-lines', 'peer-glow');
      quietSourceLayer(m, () => {
        for (const { layer, before } of copies) {
          m.addLayer(layer, before);
          state.added.layers.push(layer.id);
        }
      });
      filterByDate(m, isoFromDay(firstDay));
    });
  },

  /** The layers the peer filters, for the report. */
  peerLayers(): string[] {
    return [...state.modes.peer];
  },

  /**
   * `n` synthetic dated points as one circle layer: ours (feature-state `on` read by
   * circle-opacity, through a bridge like the atlas's) or the peer's (filtered by maplibre-gl-dates).
   * Returns the time from adding the source (any other points hidden) to the first frame after 'idle'.
   */
  async addPoints(n: number, seed: number, method: 'ours' | 'peer', firstDay: Day): Promise<Step> {
    const m = map();
    setVisibility(m, [...state.modes.ours, ...state.modes.peer], false);
    await settle(m);
    const points = makePoints(n, seed);
    const source = `bench-points-${method}`;
    const features: Feature<Point>[] = new Array(n);
    for (let i = 0; i < n; i++) {
      features[i] = {
        type: 'Feature',
        id: i,
        properties: method === 'peer' ? datedProps(points.start[i]!, points.end[i]!) : {},
        geometry: { type: 'Point', coordinates: [points.lon[i]!, points.lat[i]!] },
      };
    }
    const data: FeatureCollection<Point> = { type: 'FeatureCollection', features };
    const layer: LayerSpecification =
      method === 'ours'
        ? {
            id: source,
            type: 'circle',
            source,
            paint: { ...POINT_PAINT, 'circle-opacity': ['case', ['boolean', ['feature-state', 'on'], false], 0.8, 0] },
          }
        : { id: source, type: 'circle', source, 'source-layer': PEER_SOURCE_LAYER, paint: { ...POINT_PAINT, 'circle-opacity': 0.8 } };
    state.modes[method] = [source];
    return timeStep(m, `${method} ${n} points load`, () => {
      m.addSource(source, { type: 'geojson', data });
      quietSourceLayer(m, () => m.addLayer(layer));
      state.added.sources.push(source);
      state.added.layers.push(source);
      if (method === 'ours') {
        state.pointsBridge = new PointsBridge(m, source, points);
        state.pointsBridge.setDate(firstDay);
      } else {
        filterByDate(m, isoFromDay(firstDay));
      }
    });
  },

  /** Removes everything the benchmark added; our atlas layers stay as they are. */
  clear(): void {
    remove(map(), state.added);
    state.modes = { ours: [], peer: [] };
    state.pointsBridge = null;
  },

  /** The filter on a layer, to check that the peer set one. */
  filterOf(layer: string): FilterSpecification | undefined {
    return map().getFilter(layer) ?? undefined;
  },
};

export type BenchApi = typeof api;

(window as unknown as { __bench: BenchApi }).__bench = api;
