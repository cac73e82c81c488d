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
import type { Atlas } from '../data/atlas.ts';
import { MAX_ZOOM, MIN_ZOOM, type MapView } from '../url/hash.ts';
import { atlasLayers, atlasSources, baseStyle, type DataUrls } from './style.ts';
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

export class AtlasMap {
  readonly map: MapLibreMap;
  private atlas: Atlas | null = null;
  /** Set once the base style has loaded: sources and layers can only be added after that. */
  private styleLoaded = false;
  private pending: (() => void)[] = [];

  constructor(options: AtlasMapOptions) {
    const { container, urls, view, onViewChange } = options;
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
    this.map.on('moveend', () => onViewChange(this.getView()));
    // A debugging handle, used by the e2e tests and the benchmark to reach the live map.
    (window as unknown as { __atlas?: unknown }).__atlas = {
      map: this.map,
      idle: () => this.idle(),
      hasAtlas: () => this.hasAtlas(),
    };

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
    this.map.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom });
  }

  /** Adds the atlas's sources and layers; waits for the style if it is still loading. */
  setAtlas(atlas: Atlas): void {
    this.atlas = atlas;
    const add = () => {
      for (const [id, source] of Object.entries(atlasSources(atlas))) {
        if (!this.map.getSource(id)) this.map.addSource(id, source);
      }
      for (const layer of atlasLayers()) {
        if (!this.map.getLayer(layer.id)) this.map.addLayer(layer);
      }
    };
    this.whenStyleLoaded(add);
  }

  /** True once the atlas's layers are on the map. */
  hasAtlas(): boolean {
    return this.atlas !== null && this.styleLoaded;
  }

  destroy(): void {
    this.map.remove();
  }
}
