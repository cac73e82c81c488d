// The one module that owns the MapLibre map: it creates it once, applies changes, and removes it.
// Components talk to this class, never to MapLibre directly.
import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { atDate, changed, type DateView } from '../data/at-date.ts';
import type { Atlas } from '../data/atlas.ts';
import type { Day } from '../time/days.ts';
import { MAX_ZOOM, MIN_ZOOM, type MapView } from '../url/hash.ts';
import { PATTERNS, SOURCES, atlasLayers, atlasSources } from './atlas-layers.ts';
import { baseStyle, type DataUrls } from './style.ts';
import { DEFAULT_BOUNDS } from './view.ts';

// In a production build MapLibre cannot find its worker beside the bundle by itself.
setWorkerUrl(workerUrl);

export interface AtlasMapOptions {
  container: HTMLElement;
  urls: DataUrls;
  /** The view to open at; the default framing of the Far East when null. */
  view: MapView | null;
  /** Called when the camera comes to rest after the user (or the app) moved it. */
  onViewChange: (view: MapView) => void;
}

/** What the debugging hook exposes to the e2e tests and the benchmark. */
export interface AtlasDebugHook {
  map: MapLibreMap;
  idle(): Promise<void>;
  hasAtlas(): boolean;
  /** The day last drawn, after coalescing. */
  drawnDay(): Day | null;
}

export class AtlasMap {
  readonly map: MapLibreMap;
  private atlas: Atlas | null = null;
  /** Set once the base style has loaded: sources and layers can only be added after that. */
  private styleLoaded = false;
  private pending: (() => void)[] = [];

  /** Date changes are coalesced: at most one is applied per animation frame. */
  private wantedDay: Day | null = null;
  private drawn: { day: Day; view: DateView; current: Set<string> } | null = null;
  private frame = 0;
  /** The opening frame is kept while the layout settles (the dock appears), until anyone moves the map. */
  private keepDefaultFrame: boolean;

  constructor(options: AtlasMapOptions) {
    const { container, urls, view, onViewChange } = options;
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
      if (e.originalEvent) this.keepDefaultFrame = false;
    });
    this.map.on('resize', () => {
      if (this.keepDefaultFrame) this.map.fitBounds(DEFAULT_BOUNDS, { animate: false });
    });
    this.map.on('moveend', () => onViewChange(this.getView()));

    const hook: AtlasDebugHook = {
      map: this.map,
      idle: () => this.idle(),
      hasAtlas: () => this.hasAtlas(),
      drawnDay: () => this.drawn?.day ?? null,
    };
    (window as unknown as { __atlas?: AtlasDebugHook }).__atlas = hook;

    this.map.once('style.load', () => {
      this.styleLoaded = true;
      for (const run of this.pending.splice(0)) run();
    });
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
      this.drawn = null;
      if (this.wantedDay !== null) this.applyDate(this.wantedDay);
    });
  }

  /** True once the atlas's layers are on the map. */
  hasAtlas(): boolean {
    return this.atlas !== null && this.styleLoaded;
  }

  /**
   * Shows the atlas as it was on `day`. Cheap to call on every input event: the work happens once
   * per animation frame, and only features whose state changed are touched, through feature-state
   * read by paint properties, so MapLibre repaints without re-tiling.
   */
  setDate(day: Day): void {
    this.wantedDay = day;
    if (this.frame || !this.hasAtlas()) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.wantedDay !== null) this.applyDate(this.wantedDay);
    });
  }

  private applyDate(day: Day): void {
    const atlas = this.atlas;
    if (!atlas || !this.styleLoaded || this.drawn?.day === day) return;
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
    this.map.remove();
  }
}
