// The bare page `npm run bench -- --budgets` compares the app's first map with: MapLibre alone,
// drawing the app's basemap (the same base style, the same three land files, the same opening
// view and options), without the atlas and without the app. scripts/bench/budgets.ts builds it with
// Vite into a temp dir next to a copy of dist/, so that it reads dist's own data/ from the same
// origin. `?w=&h=` size the map like the app's map container. The first frame after the map's
// first 'idle' is recorded in `window.__benchFirstIdle` (ms since navigation start), as the bench's
// probe does for the app.
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import './page.css';
import { baseStyle } from '../../src/lib/map/style.ts';
import { DEFAULT_BOUNDS } from '../../src/lib/map/view.ts';
import { MAX_ZOOM, MIN_ZOOM } from '../../src/lib/url/hash.ts';

setWorkerUrl(workerUrl);

const params = new URLSearchParams(location.search);
const container = document.getElementById('map')!;
container.style.width = `${Number(params.get('w')) || innerWidth}px`;
container.style.height = `${Number(params.get('h')) || innerHeight}px`;

// The page sits one folder below dist's copy: dist's data/ is its sibling's.
const data = (file: string) => new URL(`../data/${file}`, document.baseURI).href;
const map = new MapLibreMap({
  container,
  style: baseStyle({ landWorld: data('land-world.json'), land50m: data('land-50m.json'), land10m: data('land-10m.json') }),
  bounds: DEFAULT_BOUNDS,
  minZoom: MIN_ZOOM,
  maxZoom: MAX_ZOOM,
  fadeDuration: 0,
  pitchWithRotate: false,
  attributionControl: false,
});
map.once('idle', () => {
  requestAnimationFrame(() => {
    (window as unknown as { __benchFirstIdle?: number }).__benchFirstIdle = performance.now();
  });
});
(window as unknown as { __bareMap?: MapLibreMap }).__bareMap = map;
