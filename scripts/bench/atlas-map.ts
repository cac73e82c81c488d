// A third page for the first-map budget of `npm run bench`, to tell what the atlas costs to draw
// from what the app around it costs: the app's own map (the bridge, AtlasMap, with its controls,
// the atlas's sources and layers and the opening date) loaded as the app loads it (its fonts, then
// atlas.json), but without the Svelte app (no dock, masthead, search or panels). Built and served
// like scripts/bench/bare-map.ts, one folder below dist's copy; `?w=&h=` size the map like the
// app's. The bench's probe records the first complete map through the bridge's hook.
// `?atlas=empty` gives the bridge an atlas with nothing to draw (no zones, lines, places or labels):
// the same page and the same loading, so that it tells what the map costs before the atlas draws.
// `?atlas=zones` (or lines, places, labels) gives it that kind of feature only (`--by-kind`).
import { en } from '../../src/lib/i18n/messages/en.ts';
import '@fontsource/noto-sans-jp/400.css';
import './page.css';
import { fontsReady, registerFonts } from '../../src/fonts.ts';
import { loadAtlas } from '../../src/lib/data/load.ts';
import { AtlasMap } from '../../src/lib/map/bridge.ts';
import { installDebugHook } from '../../src/lib/map/debug-hook.ts';
import { OPENING_DAY } from '../../src/lib/time/period.ts';
import { ATLAS_KINDS } from './kinds.ts';

registerFonts();

const params = new URLSearchParams(location.search);
const container = document.getElementById('map')!;
container.style.width = `${Number(params.get('w')) || innerWidth}px`;
container.style.height = `${Number(params.get('h')) || innerHeight}px`;

// dist's copy is the parent folder: its data/ is where the app reads it.
const base = new URL('../', document.baseURI).href;
const data = (file: string) => new URL(`data/${file}`, base).href;
const map = new AtlasMap({
  container,
  urls: { landWorld: data('land-world.json'), land50m: data('land-50m.json'), land10m: data('land-10m.json') },
  view: null,
  words: en.mapWords,
  onViewChange: () => {},
});
// A bench page: the hook the bench's probe records the first complete map through, always.
installDebugHook(map);
map.setDate(OPENING_DAY);
const [atlas] = await Promise.all([loadAtlas(base), fontsReady()]);
const asked = params.get('atlas');
if (asked !== null && asked !== 'empty' && !(ATLAS_KINDS as readonly string[]).includes(asked)) throw new Error(`atlas-map: unknown ?atlas=${asked}`);
// No parameter draws every kind, a kind only itself, `empty` none; a kind not drawn is given empty.
const omitted = ATLAS_KINDS.filter((kind) => asked !== null && asked !== kind);
map.setAtlas({ ...atlas, ...Object.fromEntries(omitted.map((kind) => [kind, []])) });
