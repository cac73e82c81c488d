// The one module that owns the MapLibre map: it creates it once, applies changes, and removes it.
// MapView is the only component that talks to it; the app's state reaches it through MapView's
// effects (what is shown) and the map channel (camera moves and snapshots, state/map-channel.svelte.ts).
import type { Point } from 'geojson';
import {
  AttributionControl,
  LngLat,
  Map as MapLibreMap,
  type GeoJSONSource,
  NavigationControl,
  ScaleControl,
  getWorkerCount,
  setWorkerCount,
  setWorkerUrl,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { atDate, atSpan, zoneState, type DateView } from '../data/at-date.ts';
import type { Atlas } from '../data/atlas.ts';
import { zoneLabelOn, zoneLook, type Reading } from '../data/look.ts';
import { indexAtlas, type AtlasIndex, type FeatureRef } from '../data/lookup.ts';
import type { Day } from '../time/days.ts';
import { MAX_ZOOM, MIN_ZOOM, type MapView } from '../url/hash.ts';
import { AGENT_LABEL_LAYER, COMPARE_LAYERS, GROUP_LAYERS, INTERACTIVE_LAYERS, atlasLayers, type LayerGroup } from './atlas-layers.ts';
import { FeatureStates } from './feature-states.ts';
import { FIRST_FRAME_DEADLINE_MS, firstFrameReason, type FirstFrameReason } from './first-frame.ts';
import { mapNames, type MapNames } from './labels.ts';
import { PATTERNS } from './patterns.ts';
import { SOURCES, atlasSources, zoneLabelId } from './sources.ts';
import { baseStyle, type DataUrls } from './style.ts';
import { MOUSE_REACH, TOUCH_REACH, pickPlace } from './pick.ts';
import {
  DEFAULT_BOUNDS,
  FRAME_MARGIN,
  NO_INSETS,
  edgePointer,
  insetsDiffer,
  mapCentre,
  revealDelta,
  visibleRect,
  type Camera,
  type EdgePointer,
  type Insets,
} from './view.ts';

// In a production build MapLibre cannot find its worker beside the bundle by itself.
setWorkerUrl(workerUrl);
// MapLibre starts one worker per two cores; the atlas's zones and the 10m land then queue behind
// each other while the first map loads. Two workers tile them side by side.
setWorkerCount(Math.max(2, getWorkerCount()));

/** How far inside the visible part of the map an edge marker sits (pointerTowards). */
const EDGE_MARGIN = 8;

export interface AtlasMapOptions {
  container: HTMLElement;
  urls: DataUrls;
  /** The view to open at; the default framing of the Far East when null. */
  view: MapView | null;
  /** The map's own words, in the reader's language (the messages' mapWords); setWords changes them. */
  words: MapWords;
  /** Called when the camera comes to rest after the user (or the app) moved it. */
  onViewChange: (view: MapView) => void;
  /** The feature under the pointer (null when none), and where on the map it is, in CSS pixels. */
  onHover?: (feature: FeatureRef | null, point: { x: number; y: number } | null) => void;
  /** A click or tap chose a feature, or empty map (null). */
  onSelect?: (feature: FeatureRef | null) => void;
  /** Any camera move a person started (drag, wheel, keys, buttons). */
  onUserMove?: () => void;
  /** The camera moved, by a person or a flight: once per frame while it moves. */
  onCameraMove?: () => void;
  /** The map painted its first frame: complete, unless the deadline passed or the atlas failed. */
  onFirstFrame?: () => void;
  /** How long the first frame may be held, in ms (FIRST_FRAME_DEADLINE_MS unless a test asks to wait: Infinity). */
  firstFrameDeadline?: number;
}

/** The map's own words (its controls, its description), in the reader's language. */
export interface MapWords {
  map: string;
  zoomIn: string;
  zoomOut: string;
  resetBearing: string;
  /** Before "Natural Earth" in the attribution: "Land:". */
  land: string;
  /** The button that shows the attribution where it is folded away. */
  attribution: string;
}

/** When the map painted its first frame (ms since navigation start), and why then. */
export interface FirstFrame {
  ms: number;
  reason: FirstFrameReason;
}

/** What the app asks of the map besides showing its state: camera moves and a picture (state/map-channel.svelte.ts). */
export interface MapCommands {
  moveTo(camera: Camera, animate: boolean): void;
  /** The panels and sheets over the map changed: what the camera frames stays in the part left visible. */
  setInsets(insets: Insets, animate: boolean): void;
  jumpTo(view: MapView): void;
  snapshot(): Promise<HTMLCanvasElement>;
  printSnapshot(longSidePx: number): HTMLCanvasElement;
}

export class AtlasMap implements MapCommands {
  readonly map: MapLibreMap;
  private atlas: Atlas | null = null;
  private index: AtlasIndex | null = null;
  /** Set once the base style has loaded: sources and layers can only be added after that. */
  private styleLoaded = false;
  private pending: (() => void)[] = [];
  private pendingAtlas: (() => void)[] = [];
  /**
   * Set once the atlas's sources and layers are on the map, and only then: the atlas may be given
   * before the style has loaded, and what waits for the style may run before the atlas is added.
   */
  private atlasOnMap = false;

  /** Date changes are coalesced: at most one is applied per animation frame. `until`: a span's end, or null. */
  private wanted: { day: Day; until: Day | null } | null = null;
  private drawn: { day: Day; until: Day | null; view: DateView } | null = null;
  private frame = 0;
  /**
   * What the camera was last asked to show (the opening frame, a story step's box, a place), kept
   * until a person moves the map: when the layout changes (the dock appears, a panel opens, a sheet
   * grows) the camera shows it again in the part of the map left visible.
   */
  private intent: Camera | null;
  /** How far panels and sheets reach over the map: MapLibre's camera padding. */
  private insets: Insets = NO_INSETS;
  /**
   * What was last chosen on the map (a place's dot, or where a zone was clicked), kept in the
   * visible part when a panel or sheet opens over it, until the camera is moved or the choice is undone.
   */
  private revealAt: [number, number] | null = null;
  /** Every feature-state the map reads, set through one synchroniser that touches only what changed. */
  private states: FeatureStates;
  private hovered: FeatureRef | null = null;
  /** The Layers panel's switches, as last given (the app's state holds them: AtlasState.layers). */
  private visibility: Partial<Record<LayerGroup, boolean>> = {};
  private comparing = false;
  private agentsLoud = false;
  /** Zones drawn by their holder in fact or in law (AtlasState.reading). */
  private reading: Reading = 'fact';
  /** The comparison date outlined, if any. */
  private compareDay: Day | null = null;
  private firstFrame: FirstFrame | null = null;
  /** The atlas's data failed to load: the first frame waits for it no longer. */
  private atlasUnavailable = false;
  private words: MapWords | null = null;
  private attribution: AttributionControl | null = null;
  /** The names the map writes (labels.ts), as last applied; null: the atlas's English ones. */
  private names: MapNames | null = null;
  /** An image export needs the map drawn now. */
  private paintNow = false;
  private firstFrameDeadline: ReturnType<typeof setTimeout> | undefined;

  constructor(options: AtlasMapOptions) {
    const {
      container,
      urls,
      view,
      words,
      onViewChange,
      onHover,
      onSelect,
      onUserMove,
      onCameraMove,
      onFirstFrame,
      firstFrameDeadline = FIRST_FRAME_DEADLINE_MS,
    } = options;
    this.intent = view === null ? { bounds: DEFAULT_BOUNDS } : null;
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
    this.states = new FeatureStates(this.map);
    this.holdFirstFrame(onFirstFrame, firstFrameDeadline);
    this.map.touchPitch.disable();
    this.map.keyboard.enable();
    this.map.addControl(new NavigationControl({ visualizePitch: false }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
    this.setWords(words);

    // The opening view is reported too, so a garbage hash is replaced by the view actually shown.
    this.map.once('load', () => onViewChange(this.getView()));
    this.map.on('movestart', (e) => {
      if (!e.originalEvent) return;
      this.intent = null;
      this.revealAt = null;
      onUserMove?.();
    });
    this.map.on('mousemove', (e) => {
      const hit = this.featureAt(e.point, MOUSE_REACH);
      this.setHovered(hit);
      this.map.getCanvas().style.cursor = hit ? 'pointer' : '';
      onHover?.(hit, hit ? { x: e.point.x, y: e.point.y } : null);
    });
    this.map.on('mouseout', () => {
      this.setHovered(null);
      onHover?.(null, null);
    });
    // A finger is less precise than a mouse: it reaches further for the place meant.
    const coarse = typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;
    this.map.on('click', (e) => {
      const hit = this.featureAt(e.point, coarse ? TOUCH_REACH : MOUSE_REACH);
      // A person chose on the map as it is: what the camera was last asked to show gives way to
      // what was chosen, kept in view (a place at its dot, a zone where it was clicked) when a
      // panel or sheet opens over it.
      this.intent = null;
      const place = hit?.kind === 'place' ? this.index?.place(hit.id) : undefined;
      this.revealAt = place ? [place.lon, place.lat] : hit ? [e.lngLat.lng, e.lngLat.lat] : null;
      onSelect?.(hit);
    });
    this.map.on('resize', () => {
      if (this.intent && 'bounds' in this.intent) this.show(this.intent, false);
    });
    this.map.on('moveend', () => onViewChange(this.getView()));
    if (onCameraMove) this.map.on('move', onCameraMove);

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
  private holdFirstFrame(onFirstFrame: (() => void) | undefined, deadline: number): void {
    const created = performance.now();
    const internals = this.map as unknown as { painter?: { render?: (...args: unknown[]) => void }; _placementDirty?: boolean };
    const painter = internals.painter;
    const render = painter?.render;
    if (!painter || typeof render !== 'function') {
      this.map.once('render', () => onFirstFrame?.());
      return;
    }
    painter.render = (...args: unknown[]) => {
      const reason = firstFrameReason(
        {
          loaded: this.map.loaded(),
          placed: internals._placementDirty !== true,
          atlasOn: this.hasAtlas(),
          atlasUnavailable: this.atlasUnavailable,
          forced: this.paintNow,
          elapsed: performance.now() - created,
        },
        deadline,
      );
      if (!reason) return;
      painter.render = render;
      clearTimeout(this.firstFrameDeadline);
      this.firstFrame = { ms: performance.now(), reason };
      render.apply(painter, args);
      onFirstFrame?.();
    };
    // MapLibre draws only when something changes: at the deadline, one frame is asked for.
    if (Number.isFinite(deadline)) this.firstFrameDeadline = setTimeout(() => this.map.triggerRepaint(), deadline);
  }

  /** The atlas's data could not be loaded: the map shows its land without waiting for it. */
  setAtlasUnavailable(): void {
    if (this.atlasUnavailable) return;
    this.atlasUnavailable = true;
    this.map.triggerRepaint();
  }

  /**
   * The place or zone at a point: the place meant (pick.ts: the dot or name under the pointer, else
   * the nearest dot within reach, none when two are as near), else the zone under the pointer, only
   * while it is drawn, i.e. in force on the day shown. Between two places, nothing.
   */
  private featureAt(point: { x: number; y: number }, reach: number): FeatureRef | null {
    if (!this.hasAtlas()) return null;
    const visible = (layers: readonly string[]) => layers.filter((id) => this.map.getLayer(id) && this.map.getLayoutProperty(id, 'visibility') !== 'none');
    const placeLayers = visible(INTERACTIVE_LAYERS.places);
    if (placeLayers.length) {
      const box: [[number, number], [number, number]] = [
        [point.x - reach, point.y - reach],
        [point.x + reach, point.y + reach],
      ];
      const near = this.map.queryRenderedFeatures(box, { layers: placeLayers });
      const dots = near
        .filter((f) => f.layer.type === 'circle' && f.geometry.type === 'Point')
        .map((f) => ({ id: String(f.properties['id']), ...this.map.project((f.geometry as Point).coordinates as [number, number]) }));
      const labels = this.map
        .queryRenderedFeatures([point.x, point.y], { layers: placeLayers.filter((id) => this.map.getLayer(id)?.type === 'symbol') })
        .map((f) => String(f.properties['id']));
      const id = pickPlace(point, dots, labels, { reach });
      if (id !== null) return { kind: 'place', id };
      // Near places, but none clearly meant: nothing, rather than the zone beneath them.
      if (dots.length || labels.length) return null;
    }
    const zoneLayers = visible(INTERACTIVE_LAYERS.zones);
    if (!zoneLayers.length) return null;
    const zones = this.map.queryRenderedFeatures([point.x, point.y], { layers: zoneLayers });
    const drawn = zones.filter((f) => (this.drawn?.view.zones.get(String(f.properties['id'])) ?? 0) > 0);
    // An overlay (Karafuto, an occupation) says more than the state piece beneath it.
    const hit = drawn.find((f) => f.properties['layer'] !== 'state') ?? drawn[0];
    return hit ? { kind: 'zone', id: String(hit.properties['id']) } : null;
  }

  private setHovered(next: FeatureRef | null): void {
    if (this.hovered?.id === next?.id && this.hovered?.kind === next?.kind) return;
    this.hovered = next;
    if (this.hasAtlas()) this.states.flag('hover', next ? [next] : []);
  }

  /** Highlights the selected feature (it stays so while the date moves); null clears it. */
  select(next: FeatureRef | null): void {
    if (!next) this.revealAt = null;
    this.whenAtlas(() => this.states.flag('selected', next ? [next] : []));
  }

  /** Rings what the current story step points at; an empty list clears it. */
  highlight(refs: readonly FeatureRef[]): void {
    this.whenAtlas(() => this.states.flag('story', refs));
  }

  /** Outlines the zones a focused or hovered legend entry describes; an empty list clears them. */
  emphasise(zones: readonly string[]): void {
    this.whenAtlas(() => this.states.update(SOURCES.zones, 'legend', new Map(zones.map((id) => [id, true])), false));
  }

  /**
   * The 1923 agent network drawn fully (wider arcs, their labels) or quietly. The labels' layer is
   * shown only while loud: hidden, it costs nothing, and shown it would take room from place names.
   */
  setAgentsLoud(loud: boolean): void {
    if (loud === this.agentsLoud) return;
    this.agentsLoud = loud;
    this.whenAtlas(() => {
      const arcs = this.atlas!.lines.filter((l) => l.kind === 'agent-plan');
      this.states.update(SOURCES.lines, 'loud', new Map(loud ? arcs.map((l) => [l.id, true]) : []), false);
      this.applyVisibility();
    });
  }

  /** Outlines the zones in force on a second date over the current date's fills; null clears. */
  setCompareDate(day: Day | null): void {
    // Nothing outlined and nothing asked for: no state to clear.
    if (day === null && !this.comparing) return;
    this.comparing = day !== null;
    this.compareDay = day;
    this.whenAtlas(() => {
      this.drawCompare(day);
      this.applyVisibility();
    });
  }

  /** The comparison's states: in force on its date (`cmp`), and its holder then (`cmpHolder`), in the reading shown. */
  private drawCompare(day: Day | null): void {
    const zones = this.atlas!.zones;
    const cmp = new Map(day === null ? [] : zones.map((z) => [z.id, zoneState(z, day)]));
    const holders = new Map<string, string>();
    if (day !== null) for (const z of zones) holders.set(z.id, zoneLook(z, day, this.reading)?.holder ?? '');
    for (const source of [SOURCES.zones, SOURCES.zoneNames]) {
      this.states.update(source, 'cmp', cmp, 0);
      this.states.update(source, 'cmpHolder', holders, '');
    }
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

  /**
   * The map as drawn, at print resolution: the same view redrawn with `longSidePx` pixels along its
   * longer side (within MapLibre's largest canvas), copied onto a 2D canvas, and the screen's pixel
   * ratio restored. Synchronous, for the browser's `beforeprint`, after which it prints at once: the
   * tiles of the view are already there, and a pixel ratio needs no new ones. The view is the one on
   * the screen: by the time print media apply, the page around the map has its print layout, so the
   * container is held at the size the canvas last had while the snapshot is made.
   */
  printSnapshot(longSidePx: number): HTMLCanvasElement {
    const source = this.map.getCanvas();
    const container = this.map.getContainer();
    const width = parseFloat(source.style.width) || container.clientWidth;
    const height = parseFloat(source.style.height) || container.clientHeight;
    container.style.width = `${width}px`;
    container.style.height = `${height}px`;
    try {
      this.map.setPixelRatio(Math.max(1, longSidePx / Math.max(width, height, 1)));
      this.map.redraw();
      const out = document.createElement('canvas');
      out.width = source.width;
      out.height = source.height;
      out.getContext('2d')!.drawImage(source, 0, 0);
      return out;
    } finally {
      container.style.width = '';
      container.style.height = '';
      // null gives the ratio back to the screen's devicePixelRatio (MapLibre's declared type says number).
      this.map.setPixelRatio(null as unknown as number);
    }
  }

  /** Shows the groups of layers switched on in the Layers panel and hides the others. */
  setLayerVisibility(visibility: Record<LayerGroup, boolean>): void {
    this.visibility = { ...visibility };
    this.whenAtlas(() => this.applyVisibility());
  }

  /**
   * Each layer's visibility from its group's switch. The compare outlines are drawn only while
   * comparing too, and the agent network's labels only while it is loud: unused, they would still
   * cost every frame. Only layers whose visibility differs
   * are touched: a layout change makes MapLibre tile the layer's source again, even to 'visible'
   * from the unset default.
   */
  private applyVisibility(): void {
    for (const [group, ids] of Object.entries(GROUP_LAYERS) as [LayerGroup, string[]][]) {
      const on = this.visibility[group] !== false;
      for (const id of ids) {
        const wanted = on && (!COMPARE_LAYERS.includes(id) || this.comparing) && (id !== AGENT_LABEL_LAYER || this.agentsLoud) ? 'visible' : 'none';
        if ((this.map.getLayoutProperty(id, 'visibility') ?? 'visible') !== wanted) this.map.setLayoutProperty(id, 'visibility', wanted);
      }
    }
  }

  /** Moves the camera: a flight, or a jump when motion should be reduced. A box is framed in the part of the map left visible. */
  moveTo(camera: Camera, animate: boolean): void {
    this.intent = camera;
    this.revealAt = null;
    this.show(camera, animate);
  }

  /**
   * The panels and sheets over the map changed. What the camera was last asked to show (until a
   * person moved the map) is shown again in the part left visible; else nothing moves, unless the
   * selected place is now covered, which then comes back into view beside the panel.
   */
  setInsets(insets: Insets, animate: boolean): void {
    if (!insetsDiffer(insets, this.insets, 1)) return;
    this.insets = insets;
    if (this.intent) this.show(this.intent, animate && !this.map.isMoving() ? 'ease' : animate);
    else this.reveal(animate);
  }

  /**
   * Where a marker for a point beyond the part of the map left visible by these insets sits, on
   * its edge; null when the point can be seen. (The insets are given, not this.insets: the caller's
   * may be newer than those the camera was last told of.)
   */
  pointerTowards(lonLat: [number, number], insets: Insets): EdgePointer | null {
    const { width, height } = this.map.getContainer().getBoundingClientRect();
    return edgePointer(this.map.project(lonLat), visibleRect({ width, height }, insets, EDGE_MARGIN));
  }

  /** Brings the selected place (or where a zone was clicked) into the part of the map left visible, by the shortest pan. */
  private reveal(animate: boolean): void {
    if (!this.revealAt) return;
    const { width, height } = this.map.getContainer().getBoundingClientRect();
    const d = revealDelta(this.map.project(this.revealAt), visibleRect({ width, height }, this.insets, FRAME_MARGIN));
    if (d.x || d.y) this.map.panBy([-d.x, -d.y], { duration: animate ? 300 : 0, essential: false });
  }

  /**
   * Shows a camera in the part of the map left visible: a flight (or, for a change of insets
   * alone, a short ease) or a jump. The map itself keeps no padding (see mapCentre).
   */
  private show(camera: Camera, motion: boolean | 'ease'): void {
    const insets = this.insets;
    const bearing = camera.bearing ?? 0;
    let visible: { center: [number, number]; zoom: number };
    if ('bounds' in camera) {
      const m = FRAME_MARGIN;
      const fit = this.map.cameraForBounds(camera.bounds, {
        padding: { top: insets.top + m, right: insets.right + m, bottom: insets.bottom + m, left: insets.left + m },
        absolutePadding: true,
        bearing,
        ...(camera.maxZoom !== undefined ? { maxZoom: camera.maxZoom } : {}),
      });
      if (!fit?.center || fit.zoom === undefined) return;
      const c = LngLat.convert(fit.center);
      visible = { center: [c.lng, c.lat], zoom: fit.zoom };
    } else visible = { center: camera.center, zoom: camera.zoom };
    const target = { center: mapCentre(visible.center, visible.zoom, insets), zoom: visible.zoom, bearing };
    if (motion === 'ease') this.map.easeTo({ ...target, duration: 300, essential: false });
    else if (motion) this.map.flyTo({ ...target, duration: 1800, essential: false });
    else this.map.jumpTo(target);
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

  /** Moves the camera without animation (a link was opened, the hash was edited, Back or Forward). */
  jumpTo(view: MapView): void {
    this.intent = null;
    this.revealAt = null;
    this.map.jumpTo({ center: [view.lon, view.lat], zoom: view.zoom });
  }

  /** Adds the atlas's sources, patterns and layers; waits for the style if it is still loading. */
  setAtlas(atlas: Atlas): void {
    if (this.atlas === atlas) return;
    this.atlas = atlas;
    this.index = indexAtlas(atlas);
    // What the sources are built with, to compare later names against: the atlas's English ones unless set.
    this.names ??= mapNames(atlas, 'en', 'reader', 0);
    this.whenStyleLoaded(() => {
      for (const [id, pattern] of Object.entries(PATTERNS)) {
        if (!this.map.hasImage(id)) this.map.addImage(id, pattern, { pixelRatio: 1 });
      }
      for (const [id, source] of Object.entries(atlasSources(atlas, this.index!, this.names))) {
        if (!this.map.getSource(id)) this.map.addSource(id, source);
      }
      for (const layer of atlasLayers()) {
        if (!this.map.getLayer(layer.id)) this.map.addLayer(layer);
      }
      this.atlasOnMap = true;
      this.drawn = null;
      this.states.reset();
      if (this.wanted !== null) this.applyDate(this.wanted.day, this.wanted.until);
      this.applyVisibility();
      for (const run of this.pendingAtlas.splice(0)) run();
    });
  }

  /**
   * Writes the places, regions and the plan's arcs in other words (a language, or the names of the
   * time). Only the sources whose words changed get new data, once: a layout change, so never called
   * while the date moves (the app calls it when the language or the settled date changes).
   */
  setNames(names: MapNames): void {
    const previous = this.names;
    this.names = names;
    if (!this.atlasOnMap || !this.atlas) return;
    const same = (a: Record<string, string | string[]> | undefined, b: Record<string, string | string[]>) =>
      a !== undefined && Object.keys(b).every((k) => String(a[k]) === String(b[k]));
    const sources = atlasSources(this.atlas, indexAtlas(this.atlas), names);
    const changed = [
      [SOURCES.places, same(previous?.places, names.places)],
      [SOURCES.labels, same(previous?.regions, names.regions)],
      [SOURCES.lines, same(previous?.arcs, names.arcs)],
      [SOURCES.zoneNames, same(previous?.compare, names.compare)],
      [SOURCES.zoneLabels, same(previous?.zones, names.zones) && previous?.lang === names.lang],
    ] as const;
    for (const [id, unchanged] of changed) {
      if (unchanged) continue;
      // A zone's label features are numbered by its names in one language: the day's are shown anew.
      if (id === SOURCES.zoneLabels) this.states.update(SOURCES.zoneLabels, 'on', new Map(), 0);
      const spec = sources[id];
      const source = this.map.getSource<GeoJSONSource>(id);
      if (spec?.type === 'geojson' && source) source.setData(spec.data as GeoJSON.GeoJSON);
      if (id === SOURCES.zoneLabels && this.drawn) this.drawZoneLabels(this.drawn.day, this.drawn.view.looks);
    }
  }

  /**
   * The map's own words in the reader's language: the canvas's description, the zoom buttons, the
   * attribution. MapLibre reads its words once, when a control is made, so the buttons are renamed in
   * place and the attribution is made anew.
   */
  setWords(words: MapWords): void {
    if (this.words && Object.entries(words).every(([k, v]) => this.words?.[k as keyof MapWords] === v)) return;
    this.words = words;
    const container = this.map.getContainer();
    this.map.getCanvas().setAttribute('aria-label', words.map);
    const buttons = [
      ['.maplibregl-ctrl-zoom-in', words.zoomIn],
      ['.maplibregl-ctrl-zoom-out', words.zoomOut],
      ['.maplibregl-ctrl-compass', words.resetBearing],
    ] as const;
    for (const [selector, title] of buttons) {
      const button = container.querySelector(selector);
      button?.setAttribute('title', title);
      button?.setAttribute('aria-label', title);
    }
    if (this.attribution) this.map.removeControl(this.attribution);
    // The attribution is HTML; the words in it are ours, never the data's.
    this.attribution = new AttributionControl({
      compact: false,
      customAttribution: `${words.land} <a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener">Natural Earth</a>`,
    });
    this.map.addControl(this.attribution, 'bottom-right');
    const toggle = container.querySelector('.maplibregl-ctrl-attrib-button');
    toggle?.setAttribute('title', words.attribution);
    toggle?.setAttribute('aria-label', words.attribution);
  }

  /** True once the atlas's layers are on the map. */
  hasAtlas(): boolean {
    return this.atlasOnMap;
  }

  /** The day last drawn, after coalescing; null before the first. */
  drawnDay(): Day | null {
    return this.drawn?.day ?? null;
  }

  /** The first frame the map painted; null while it holds its frames (first-frame.ts). */
  firstFramePainted(): FirstFrame | null {
    return this.firstFrame;
  }

  /**
   * Shows the atlas as it was on `day`, or over the span from `day` to `until` (inclusive). Cheap
   * to call on every input event: a date is applied at once if none was applied in this animation
   * frame, else the latest one waits for the next frame, so there is at most one application per
   * frame and no frame of delay for a single step. Only features whose state changed are touched,
   * through feature-state read by paint properties, so MapLibre repaints without re-tiling.
   */
  setDate(day: Day, until: Day | null = null): void {
    this.wanted = { day, until };
    if (this.frame || !this.hasAtlas()) return;
    this.applyDate(day, until);
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const wanted = this.wanted;
      if (wanted !== null && (wanted.day !== this.drawn?.day || wanted.until !== this.drawn.until)) this.setDate(wanted.day, wanted.until);
    });
  }

  /**
   * Draws the zones by their holder in law or in fact: feature-state only, like a date step (one
   * frame, no re-tiling), and only the zones whose holder or status differ are touched.
   */
  setReading(reading: Reading): void {
    if (reading === this.reading) return;
    this.reading = reading;
    const drawn = this.drawn;
    this.drawn = null;
    if (drawn) this.applyDate(drawn.day, drawn.until);
    // The comparison's outlines take their holder in the same reading.
    if (this.compareDay !== null) this.drawCompare(this.compareDay);
  }

  /** A span draws what was in force at any time in it, each zone as strong as the share it covered, and rings its events' places. */
  private applyDate(day: Day, until: Day | null): void {
    const atlas = this.atlas;
    if (!atlas || !this.atlasOnMap || (this.drawn?.day === day && this.drawn.until === until)) return;
    const span = until === null ? null : atSpan(atlas, day, until, this.reading);
    const view = span ?? atDate(atlas, day, this.reading);
    const looks = view.looks;
    const marked = span ? span.events.flatMap((i) => atlas.events[i]!.places) : (view.current?.places ?? []);
    this.states.update(SOURCES.zones, 'on', view.zones, 0);
    this.states.update(SOURCES.zones, 'cover', span?.cover ?? new Map(), 1);
    this.states.update(SOURCES.zones, 'holder', new Map([...looks].map(([id, look]) => [id, look.holder])), '');
    this.states.update(SOURCES.zones, 'status', new Map([...looks].map(([id, look]) => [id, look.status])), '');
    this.drawZoneLabels(day, looks);
    this.states.update(SOURCES.lines, 'on', view.lines, 0);
    this.states.update(SOURCES.places, 'glow', view.glow, 0);
    this.states.update(SOURCES.places, 'current', new Map(marked.map((id) => [id, true])), false);
    this.drawn = { day, until, view };
  }

  /** Each overlay drawn shows its name of the day, in the names' language (one label feature per name of the time). */
  private drawZoneLabels(day: Day, looks: ReadonlyMap<string, { on: number }>): void {
    const labels = new Map<string, number>();
    const names = this.names;
    if (names) {
      for (const [id, texts] of Object.entries(names.zones)) {
        const look = looks.get(id);
        if (look) labels.set(zoneLabelId(id, texts.indexOf(zoneLabelOn(this.index!.zone(id)!, day, names.lang))), look.on);
      }
    }
    this.states.update(SOURCES.zoneLabels, 'on', labels, 0);
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.firstFrameDeadline);
    this.map.remove();
  }
}
