// The one module that owns the MapLibre map: it creates it once, applies changes, and removes it.
// Components talk to this class, never to MapLibre directly.
import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  getWorkerCount,
  setWorkerCount,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { atDate, changed, zoneState, type DateView, type OnState } from '../data/at-date.ts';
import type { Atlas } from '../data/atlas.ts';
import type { Day } from '../time/days.ts';
import { MAX_ZOOM, MIN_ZOOM, type MapView } from '../url/hash.ts';
import { COMPARE_LAYER, INTERACTIVE_LAYERS, LAYER_GROUPS, PATTERNS, SOURCES, atlasLayers, atlasSources, type LayerGroup } from './atlas-layers.ts';
import { FIRST_FRAME_DEADLINE_MS, firstFrameReason, type FirstFrameReason } from './first-frame.ts';
import { baseStyle, type DataUrls } from './style.ts';
import { DEFAULT_BOUNDS } from './view.ts';

// In a production build MapLibre cannot find its worker beside the bundle by itself.
setWorkerUrl(workerUrl);
// MapLibre starts one worker per two cores; the atlas's zones and the 10m land then queue behind
// each other while the first map loads. Two workers tile them side by side.
setWorkerCount(Math.max(2, getWorkerCount()));

/** Something on the map a person can point at: a place or a zone, by atlas id. */
export interface FeatureRef {
  kind: 'place' | 'zone';
  id: string;
}

export interface AtlasMapOptions {
  container: HTMLElement;
  urls: DataUrls;
  /** The view to open at; the default framing of the Far East when null. */
  view: MapView | null;
  /** Called when the camera comes to rest after the user (or the app) moved it. */
  onViewChange: (view: MapView) => void;
  /** The feature under the pointer (null when none), and where on the map it is, in CSS pixels. */
  onHover?: (feature: FeatureRef | null, point: { x: number; y: number } | null) => void;
  /** A click or tap chose a feature, or empty map (null). */
  onSelect?: (feature: FeatureRef | null) => void;
  /** Any camera move a person started (drag, wheel, keys, buttons). */
  onUserMove?: () => void;
  /** The map painted its first frame: complete, unless the deadline passed or the atlas failed. */
  onFirstFrame?: () => void;
}

/** When the map painted its first frame (ms since navigation start), and why then. */
export interface FirstFrame {
  ms: number;
  reason: FirstFrameReason;
}

export interface Camera {
  center: [number, number];
  zoom: number;
  bearing?: number;
}

const SOURCE_OF: Record<FeatureRef['kind'], string> = { place: SOURCES.places, zone: SOURCES.zones };

/** What the debugging hook exposes to the e2e tests and the benchmark. */
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

export class AtlasMap {
  readonly map: MapLibreMap;
  private atlas: Atlas | null = null;
  /** Set once the base style has loaded: sources and layers can only be added after that. */
  private styleLoaded = false;
  private pending: (() => void)[] = [];
  private pendingAtlas: (() => void)[] = [];
  /**
   * Set once the atlas's sources and layers are on the map, and only then: the atlas may be given
   * before the style has loaded, and what waits for the style may run before the atlas is added.
   */
  private atlasOnMap = false;

  /** Date changes are coalesced: at most one is applied per animation frame. */
  private wantedDay: Day | null = null;
  private drawn: { day: Day; view: DateView; current: Set<string> } | null = null;
  private frame = 0;
  /** The opening frame is kept while the layout settles (the dock appears), until anyone moves the map. */
  private keepDefaultFrame: boolean;
  private selected: FeatureRef | null = null;
  private hovered: FeatureRef | null = null;
  private hidden = new Set<LayerGroup>();
  private highlighted: FeatureRef[] = [];
  private compared = new Map<string, OnState>();
  private comparing = false;
  private firstFrame: FirstFrame | null = null;
  /** The atlas's data failed to load: the first frame waits for it no longer. */
  private atlasUnavailable = false;
  /** An image export needs the map drawn now. */
  private paintNow = false;
  private firstFrameDeadline: ReturnType<typeof setTimeout> | undefined;

  constructor(options: AtlasMapOptions) {
    const { container, urls, view, onViewChange, onHover, onSelect, onUserMove, onFirstFrame } = options;
    this.keepDefaultFrame = view === null;
    this.map = new MapLibreMap({
      container,
      style: baseStyle(urls),
      ...(view ? { center: [view.lon, view.lat], zoom: view.zoom } : { bounds: DEFAULT_BOUNDS }),
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      // Labels appear at once: the default 300 ms fade multiplies the work of every date step.
      fadeDuration: 0,
      pitchWithRotate: false,
      attributionControl: false,
    });
    this.holdFirstFrame(onFirstFrame);
    this.map.touchPitch.disable();
    this.map.keyboard.enable();
    this.map.getCanvas().setAttribute('aria-label', 'Map of the Far East. Use the arrow keys to pan, plus and minus to zoom.');

    this.map.addControl(new NavigationControl({ visualizePitch: false }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
    this.map.addControl(
      new AttributionControl({
        compact: false,
        customAttribution: 'Land: <a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener">Natural Earth</a>',
      }),
      'bottom-right',
    );

    // The opening view is reported too, so a garbage hash is replaced by the view actually shown.
    this.map.once('load', () => onViewChange(this.getView()));
    this.map.on('movestart', (e) => {
      if (!e.originalEvent) return;
      this.keepDefaultFrame = false;
      onUserMove?.();
    });
    this.map.on('mousemove', (e) => {
      const hit = this.featureAt(e.point);
      this.setHovered(hit);
      this.map.getCanvas().style.cursor = hit ? 'pointer' : '';
      onHover?.(hit, hit ? { x: e.point.x, y: e.point.y } : null);
    });
    this.map.on('mouseout', () => {
      this.setHovered(null);
      onHover?.(null, null);
    });
    // A finger is less precise than a mouse: a wider box around the tap finds the place meant.
    const coarse = typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
    this.map.on('click', (e) => onSelect?.(this.featureAt(e.point, coarse ? 14 : 6)));
    this.map.on('resize', () => {
      if (this.keepDefaultFrame) this.map.fitBounds(DEFAULT_BOUNDS, { animate: false });
    });
    this.map.on('moveend', () => onViewChange(this.getView()));

    const hook: AtlasDebugHook = {
      map: this.map,
      idle: () => this.idle(),
      hasAtlas: () => this.hasAtlas(),
      drawnDay: () => this.drawn?.day ?? null,
      setDate: (day) => this.setDate(day),
      firstFrame: () => this.firstFrame,
    };
    (window as unknown as { __atlas?: AtlasDebugHook }).__atlas = hook;

    this.map.once('style.load', () => {
      this.styleLoaded = true;
      for (const run of this.pending.splice(0)) run();
    });
  }

  /**
   * Paints nothing until the first complete map (first-frame.ts says why and when), then hands the
   * painting back to MapLibre. MapLibre goes on loading, tiling and placing labels meanwhile; only
   * its painter's draw is skipped. The painter and `_placementDirty` are not MapLibre's public API:
   * if a later MapLibre lacks them, the map paints as it loads (and the e2e test of the first frame
   * fails, to say so).
   */
  private holdFirstFrame(onFirstFrame: (() => void) | undefined): void {
    const created = performance.now();
    const internals = this.map as unknown as { painter?: { render?: (...args: unknown[]) => void }; _placementDirty?: boolean };
    const painter = internals.painter;
    const render = painter?.render;
    if (!painter || typeof render !== 'function') {
      this.map.once('render', () => onFirstFrame?.());
      return;
    }
    painter.render = (...args: unknown[]) => {
      const reason = firstFrameReason({
        loaded: this.map.loaded(),
        placed: internals._placementDirty !== true,
        atlasOn: this.hasAtlas(),
        atlasUnavailable: this.atlasUnavailable,
        forced: this.paintNow,
        elapsed: performance.now() - created,
      });
      if (!reason) return;
      painter.render = render;
      clearTimeout(this.firstFrameDeadline);
      this.firstFrame = { ms: performance.now(), reason };
      render.apply(painter, args);
      onFirstFrame?.();
    };
    // MapLibre draws only when something changes: at the deadline, one frame is asked for.
    this.firstFrameDeadline = setTimeout(() => this.map.triggerRepaint(), FIRST_FRAME_DEADLINE_MS);
  }

  /** The atlas's data could not be loaded: the map shows its land without waiting for it. */
  setAtlasUnavailable(): void {
    if (this.atlasUnavailable) return;
    this.atlasUnavailable = true;
    this.map.triggerRepaint();
  }

  /**
   * The place or zone at a point: a place within a few pixels (more for a finger) before any zone,
   * and a zone only while it is drawn, i.e. in force on the day shown.
   */
  private featureAt(point: { x: number; y: number }, slop = 6): FeatureRef | null {
    if (!this.hasAtlas()) return null;
    const box: [[number, number], [number, number]] = [[point.x - slop, point.y - slop], [point.x + slop, point.y + slop]];
    const visible = (layers: readonly string[]) => layers.filter((id) => this.map.getLayer(id) && this.map.getLayoutProperty(id, 'visibility') !== 'none');
    const placeLayers = visible(INTERACTIVE_LAYERS.places);
    const place = placeLayers.length ? this.map.queryRenderedFeatures(box, { layers: placeLayers })[0] : undefined;
    if (place) return { kind: 'place', id: String(place.properties['id']) };
    const zoneLayers = visible(INTERACTIVE_LAYERS.zones);
    if (!zoneLayers.length) return null;
    const zones = this.map.queryRenderedFeatures([point.x, point.y], { layers: zoneLayers });
    const drawn = zones.find((f) => (this.drawn?.view.zones.get(String(f.properties['id'])) ?? 0) > 0);
    return drawn ? { kind: 'zone', id: String(drawn.properties['id']) } : null;
  }

  private setHovered(next: FeatureRef | null): void {
    if (this.hovered?.id === next?.id && this.hovered?.kind === next?.kind) return;
    if (this.hovered) this.map.setFeatureState({ source: SOURCE_OF[this.hovered.kind], id: this.hovered.id }, { hover: false });
    if (next) this.map.setFeatureState({ source: SOURCE_OF[next.kind], id: next.id }, { hover: true });
    this.hovered = next;
  }

  /** Highlights the selected feature (it stays so while the date moves); null clears it. */
  select(next: FeatureRef | null): void {
    this.whenAtlas(() => {
      if (this.selected) this.map.setFeatureState({ source: SOURCE_OF[this.selected.kind], id: this.selected.id }, { selected: false });
      if (next) this.map.setFeatureState({ source: SOURCE_OF[next.kind], id: next.id }, { selected: true });
      this.selected = next;
    });
  }

  /** Rings what the current story step points at; an empty list clears it. */
  highlight(refs: FeatureRef[]): void {
    this.whenAtlas(() => {
      for (const r of this.highlighted) this.map.setFeatureState({ source: SOURCE_OF[r.kind], id: r.id }, { story: false });
      for (const r of refs) this.map.setFeatureState({ source: SOURCE_OF[r.kind], id: r.id }, { story: true });
      this.highlighted = refs;
    });
  }

  /** Outlines the zones in force on a second date over the current date's fills; null clears. */
  setCompareDate(day: Day | null): void {
    // Nothing outlined and nothing asked for: no state to clear.
    if (day === null && !this.comparing) return;
    this.comparing = day !== null;
    this.whenAtlas(() => {
      const next = new Map(this.atlas!.zones.map((z): [string, OnState] => [z.id, day === null ? 0 : zoneState(z, day)]));
      for (const [id, cmp] of changed(this.compared, next)) this.map.setFeatureState({ source: SOURCES.zones, id }, { cmp });
      this.compared = next;
      this.showCompareLayer();
    });
  }

  /** The compare outlines are drawn only while comparing: unused, they would still cost every frame. */
  private showCompareLayer(): void {
    const on = this.comparing && !this.hidden.has('zones');
    this.map.setLayoutProperty(COMPARE_LAYER, 'visibility', on ? 'visible' : 'none');
  }

  /**
   * The map as drawn, copied onto a 2D canvas at its CSS size. The copy is made inside the render
   * event, while the WebGL frame is still there to read (the map keeps no drawing buffer).
   */
  snapshot(): Promise<HTMLCanvasElement> {
    this.paintNow = true;
    return new Promise((resolve) => {
      this.map.once('render', () => {
        const source = this.map.getCanvas();
        const { width, height } = this.map.getContainer().getBoundingClientRect();
        const out = document.createElement('canvas');
        out.width = Math.round(width);
        out.height = Math.round(height);
        out.getContext('2d')!.drawImage(source, 0, 0, out.width, out.height);
        resolve(out);
      });
      this.map.triggerRepaint();
    });
  }

  /** Shows or hides a group of layers (Layers panel). */
  setGroupVisible(group: LayerGroup, visible: boolean): void {
    if (visible) this.hidden.delete(group);
    else this.hidden.add(group);
    this.whenAtlas(() => {
      for (const id of LAYER_GROUPS[group].layers) {
        if (id !== COMPARE_LAYER) this.map.setLayoutProperty(id, 'visibility', visible ? 'visible' : 'none');
      }
      this.showCompareLayer();
    });
  }

  /** Moves the camera: a flight, or a jump when motion should be reduced. */
  moveTo(camera: Camera, animate: boolean): void {
    this.keepDefaultFrame = false;
    const options = { center: camera.center, zoom: camera.zoom, bearing: camera.bearing ?? 0 };
    if (animate) this.map.flyTo({ ...options, duration: 1800, essential: false });
    else this.map.jumpTo(options);
  }

  /** Runs `fn` once the atlas layers exist. */
  private whenAtlas(fn: () => void): void {
    if (this.atlasOnMap) fn();
    else this.pendingAtlas.push(fn);
  }

  /** Runs `fn` now if the style has loaded, else as soon as it has. */
  private whenStyleLoaded(fn: () => void): void {
    if (this.styleLoaded) fn();
    else this.pending.push(fn);
  }

  /** Resolves once the map has loaded and drawn a frame with nothing left to load. */
  idle(): Promise<void> {
    return new Promise((resolve) => {
      this.map.once('idle', () => resolve());
      this.map.triggerRepaint();
    });
  }

  getView(): MapView {
    const c = this.map.getCenter();
    return { zoom: this.map.getZoom(), lat: c.lat, lon: c.lng };
  }

  /** Moves the camera without animation (a link was opened, the hash was edited). */
  jumpTo(view: MapView): void {
    this.keepDefaultFrame = false;
    this.map.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom });
  }

  /** Adds the atlas's sources, patterns and layers; waits for the style if it is still loading. */
  setAtlas(atlas: Atlas): void {
    if (this.atlas === atlas) return;
    this.atlas = atlas;
    this.whenStyleLoaded(() => {
      for (const [id, pattern] of Object.entries(PATTERNS)) {
        if (!this.map.hasImage(id)) this.map.addImage(id, pattern, { pixelRatio: 1 });
      }
      for (const [id, source] of Object.entries(atlasSources(atlas))) {
        if (!this.map.getSource(id)) this.map.addSource(id, source);
      }
      for (const layer of atlasLayers()) {
        if (!this.map.getLayer(layer.id)) this.map.addLayer(layer);
      }
      this.atlasOnMap = true;
      this.drawn = null;
      if (this.wantedDay !== null) this.applyDate(this.wantedDay);
      for (const group of this.hidden) this.setGroupVisible(group, false);
      this.showCompareLayer();
      for (const run of this.pendingAtlas.splice(0)) run();
    });
  }

  /** True once the atlas's layers are on the map. */
  hasAtlas(): boolean {
    return this.atlasOnMap;
  }

  /**
   * Shows the atlas as it was on `day`. Cheap to call on every input event: a date is applied at
   * once if none was applied in this animation frame, else the latest one waits for the next
   * frame, so there is at most one application per frame and no frame of delay for a single step.
   * Only features whose state changed are touched, through feature-state read by paint
   * properties, so MapLibre repaints without re-tiling.
   */
  setDate(day: Day): void {
    this.wantedDay = day;
    if (this.frame || !this.hasAtlas()) return;
    this.applyDate(day);
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.wantedDay !== null && this.wantedDay !== this.drawn?.day) this.setDate(this.wantedDay);
    });
  }

  private applyDate(day: Day): void {
    const atlas = this.atlas;
    if (!atlas || !this.atlasOnMap || this.drawn?.day === day) return;
    const view = atDate(atlas, day);
    const before = this.drawn?.view ?? null;
    const set = (source: string, id: string, state: Record<string, unknown>) => this.map.setFeatureState({ source, id }, state);
    for (const [id, on] of changed(before?.zones ?? null, view.zones)) set(SOURCES.zones, id, { on });
    for (const [id, on] of changed(before?.lines ?? null, view.lines)) set(SOURCES.lines, id, { on });
    for (const [id, glow] of changed(before?.glow ?? null, view.glow)) set(SOURCES.places, id, { glow });
    const current = new Set(view.current?.places ?? []);
    const wasCurrent = this.drawn?.current ?? new Set<string>();
    for (const id of wasCurrent) if (!current.has(id)) set(SOURCES.places, id, { current: false });
    for (const id of current) if (!wasCurrent.has(id)) set(SOURCES.places, id, { current: true });
    this.drawn = { day, view, current };
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.firstFrameDeadline);
    this.map.remove();
  }
}
