// The hardening budgets of `npm run bench` (alone: `npm run bench -- --budgets`), measured on the
// production build in dist/:
// 1. JavaScript a first visit loads (the entry chunk of dist/index.html and its static imports),
//    gzipped, against MapLibre's own bundle gzipped: at most MapLibre + 60 KB. The lazy chunks and
//    MapLibre's worker are reported apart.
// 2. The atlas data in dist/data/, gzipped: at most 400 KB for atlas.json and the land together.
// 3. Time to the first complete map: the app (navigation start to the first frame after the first
//    'idle' with the atlas on the map) against a bare MapLibre page drawing the same basemap
//    (scripts/bench/bare-map.ts), alternating fresh loads in the same browser: at most 1.2×. Two
//    more pages take the difference apart: the app's map alone (scripts/bench/atlas-map.ts: the
//    bridge with the atlas, no Svelte app), and the same given an empty atlas (nothing of the
//    atlas drawn), so the report says what the app around the map, drawing the atlas, and the map
//    itself each cost. With `--by-kind`, the map is also loaded with one kind of the atlas's
//    features at a time (zones, lines, places, labels), against the empty atlas, to say what each
//    kind costs on its own.
// 4. The JS heap (performance.memory, after a forced GC) after loading and after 500 date steps:
//    growth at most 10%.
// Sizes are in KB of 1,024 bytes (as `npm run data` prints them), gzipped at zlib's default level
// (6), as `npm run data` and most servers compress.
import { cpSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { build, parseAst } from 'vite';
import type { AtlasDebugHook } from '../../src/lib/map/debug-hook.ts';
import { isoFromDay, type Day } from '../../src/lib/time/days.ts';
import { OPENING_DAY, WHOLE_PERIOD } from '../../src/lib/time/period.ts';
import { serveDist } from '../serve.ts';
import { ATLAS_KINDS, type AtlasKind } from './kinds.ts';

const DIST = resolve('dist');
const MAPLIBRE = resolve('node_modules/maplibre-gl/dist/maplibre-gl.mjs');
const MAPLIBRE_WORKER = resolve('node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs');

export const BUDGETS = {
  /** First-load JS may exceed MapLibre's own bundle (gzipped) by this many bytes (60 KB). */
  jsOverMapLibre: 60 * 1024,
  /** atlas.json and the three land files together, gzipped (400 KB). */
  data: 400 * 1024,
  /** The app's first complete map, as a multiple of the bare page's. */
  firstMap: 1.2,
  /** Heap growth over the date steps. */
  heapGrowth: 0.1,
} as const;

/** Loads of each page (after one warm-up each), alternating app and bare page. */
const LOADS = 7;
const HEAP_STEPS = 500;
/** The heap is also read halfway, to tell a one-off growth from a steady one. */
const HEAP_CHECKPOINTS = [250, 500];
/** After the first idle, the app is left alone this long before its heap is read (timers, late fonts). */
const SETTLE_MS = 1000;
const LOAD_TIMEOUT_MS = 120_000;

export interface Size {
  raw: number;
  gz: number;
}

interface Chunk extends Size {
  file: string;
}

interface LazyGroup extends Size {
  /** The chunk a dynamic import() asks for. */
  name: string;
  /** It and its static imports that the first load does not already hold. */
  files: string[];
}

export interface JsReport {
  entry: string;
  firstLoad: Chunk[];
  firstLoadTotal: Size;
  mapLibre: Size & { version: string };
  lazy: LazyGroup[];
  lazyTotal: Size & { files: number };
  /** Scripts the first load starts by URL rather than import (MapLibre's worker). */
  byUrl: (Chunk & { sameAsMapLibre: boolean })[];
  css: Chunk[];
}

export interface DataReport {
  files: Chunk[];
  atlas: Size;
  land: Size;
  total: Size;
}

export type PageKind = 'app' | 'map' | 'empty' | 'bare';

export interface LoadReport {
  /** ms to the first complete map, per load, in order, for each page (PAGES). */
  times: Record<PageKind, number[]>;
  /** Per round, app / bare. */
  ratios: number[];
  mapSize: { width: number; height: number };
  /** Where the time goes, in the load nearest the median (ms since navigation start). */
  marks: Record<PageKind, Record<string, number>>;
}

/** `--by-kind`: the map-alone page with one kind of feature at a time, and with none. */
export interface KindReport {
  /** ms to the first complete map, per load, in order. */
  times: Record<AtlasKind | 'empty', number[]>;
}

export interface HeapReport {
  afterLoad: number;
  checkpoints: { steps: number; bytes: number }[];
  /** Steps after which the bridge had not drawn the date asked for (should be 0). */
  missed: number;
  stepMsMedian: number;
}

export interface BudgetReport {
  browser: string;
  js: JsReport;
  data: DataReport;
  load: LoadReport;
  kinds: KindReport | null;
  heap: HeapReport;
  seconds: number;
}

const sizeOf = (bytes: Buffer): Size => ({ raw: bytes.length, gz: gzipSync(bytes).length });
const fileSize = (path: string): Size => sizeOf(readFileSync(path));
const add = (sizes: Size[]): Size => sizes.reduce((a, b) => ({ raw: a.raw + b.raw, gz: a.gz + b.gz }), { raw: 0, gz: 0 });

// ---------------------------------------------------------------------------------------------
// 1. JavaScript

interface AstNode {
  type: string;
  [key: string]: unknown;
}

/** The relative specifiers a chunk imports statically and dynamically (import()). */
function importsOf(code: string): { statics: string[]; dynamics: string[] } {
  const program = parseAst(code) as unknown as { body: AstNode[] };
  const statics: string[] = [];
  const dynamics: string[] = [];
  const literal = (node: unknown): string | null => {
    const n = node as AstNode | null;
    if (!n) return null;
    if (n.type === 'Literal' && typeof n['value'] === 'string') return n['value'];
    const quasis = n['quasis'] as { value: { cooked: string } }[] | undefined;
    if (n.type === 'TemplateLiteral' && quasis?.length === 1) return quasis[0]!.value.cooked;
    return null;
  };
  for (const node of program.body) {
    if (node.type === 'ImportDeclaration' || node.type === 'ExportAllDeclaration' || node.type === 'ExportNamedDeclaration') {
      const spec = literal(node['source']);
      if (spec) statics.push(spec);
    }
  }
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const v of value) walk(v);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const node = value as AstNode;
    if (node.type === 'ImportExpression') {
      const spec = literal(node['source']);
      if (spec) dynamics.push(spec);
    }
    for (const key in node) if (key !== 'type') walk(node[key]);
  };
  walk(program.body);
  return { statics, dynamics };
}

/** The JS a first visit loads, followed from dist/index.html; the lazy chunks; the worker. */
export function measureJs(dist = DIST): JsReport {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]+)"`).exec(tag)?.[1] ?? null;
  const tags = (re: RegExp) => [...html.matchAll(re)].map((m) => m[0]);
  const clean = (href: string) => posix.normalize(href.replace(/^\.\//, ''));
  const entries = tags(/<script\b[^>]*type="module"[^>]*>/g)
    .map((t) => attr(t, 'src'))
    .filter((s): s is string => s !== null)
    .map(clean);
  const preloads = tags(/<link\b[^>]*rel="modulepreload"[^>]*>/g)
    .map((t) => attr(t, 'href'))
    .filter((s): s is string => s !== null)
    .map(clean);
  const styles = tags(/<link\b[^>]*rel="stylesheet"[^>]*>/g)
    .map((t) => attr(t, 'href'))
    .filter((s): s is string => s !== null)
    .map(clean);
  if (entries.length !== 1) throw new Error(`dist/index.html: expected one module script, found ${entries.length}`);
  const entry = entries[0]!;

  const graph = new Map<string, { statics: string[]; dynamics: string[]; code: string }>();
  const resolveSpec = (from: string, spec: string) => (spec.startsWith('.') ? posix.normalize(posix.join(posix.dirname(from), spec)) : null);
  const node = (file: string) => {
    let n = graph.get(file);
    if (!n) {
      const code = readFileSync(join(dist, file), 'utf8');
      const found = importsOf(code);
      const resolveAll = (specs: string[]) => [...new Set(specs.map((s) => resolveSpec(file, s)).filter((s): s is string => s !== null))];
      n = { statics: resolveAll(found.statics), dynamics: resolveAll(found.dynamics), code };
      graph.set(file, n);
    }
    return n;
  };
  const closure = (roots: string[]): Set<string> => {
    const seen = new Set<string>();
    const todo = [...roots];
    while (todo.length) {
      const f = todo.pop()!;
      if (seen.has(f)) continue;
      seen.add(f);
      todo.push(...node(f).statics);
    }
    return seen;
  };

  const first = closure([entry, ...preloads]);
  // Lazy entries: every import() reachable from the first load or from other lazy chunks.
  const lazyRoots: string[] = [];
  const lazyFiles = new Set<string>();
  const queue = [...first];
  while (queue.length) {
    for (const target of node(queue.pop()!).dynamics) {
      if (first.has(target) || lazyRoots.includes(target)) continue;
      lazyRoots.push(target);
      for (const f of closure([target])) {
        if (!first.has(f) && !lazyFiles.has(f)) {
          lazyFiles.add(f);
          queue.push(f);
        }
      }
    }
  }
  const chunk = (file: string): Chunk => ({ file, ...fileSize(join(dist, file)) });
  const name = (file: string) => posix.basename(file).replace(/-[\w-]{8}\.m?js$/, '');
  const lazy: LazyGroup[] = lazyRoots.map((root) => {
    const files = [...closure([root])].filter((f) => !first.has(f));
    return { name: name(root), files, ...add(files.map(chunk)) };
  });

  // Scripts the first load names but does not import: started by URL at run time (the worker).
  const firstCode = [...first].map((f) => graph.get(f)!.code).join('\n');
  const assetsDir = posix.dirname(entry);
  const byUrl = readdirSync(join(dist, assetsDir))
    .filter((f) => /\.m?js$/.test(f))
    .map((f) => posix.join(assetsDir, f))
    .filter((f) => !first.has(f) && !lazyFiles.has(f) && firstCode.includes(posix.basename(f)))
    .map((f) => {
      const bytes = readFileSync(join(dist, f));
      return { file: f, ...sizeOf(bytes), sameAsMapLibre: existsSync(MAPLIBRE_WORKER) && readFileSync(MAPLIBRE_WORKER).equals(bytes) };
    });

  const firstLoad = [...first].map(chunk);
  const version = (JSON.parse(readFileSync(resolve('node_modules/maplibre-gl/package.json'), 'utf8')) as { version: string }).version;
  return {
    entry,
    firstLoad,
    firstLoadTotal: add(firstLoad),
    mapLibre: { ...fileSize(MAPLIBRE), version },
    lazy,
    lazyTotal: { ...add([...lazyFiles].map(chunk)), files: lazyFiles.size },
    byUrl,
    css: styles.map(chunk),
  };
}

// ---------------------------------------------------------------------------------------------
// 2. Data

export function measureData(dist = DIST): DataReport {
  const dir = join(dist, 'data');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort((a, b) => (a === 'atlas.json' ? -1 : b === 'atlas.json' ? 1 : a.localeCompare(b)))
    .map((f) => ({ file: f, ...fileSize(join(dir, f)) }));
  const atlas = files.find((f) => f.file === 'atlas.json');
  if (!atlas) throw new Error('dist/data/atlas.json is missing');
  const land = files.filter((f) => f.file.startsWith('land-'));
  if (land.length !== 3) throw new Error(`dist/data: expected three land files, found ${land.map((f) => f.file).join(', ')}`);
  // The budget is what a first visit loads: the English atlas and the land. A language's text table
  // (text.ru.json, text.ja.json) loads only when that language is chosen, and is listed apart.
  return { files, atlas, land: add(land), total: add([atlas, ...land]) };
}

// ---------------------------------------------------------------------------------------------
// 3. Time to the first complete map, and 4. the heap

/** Records when the map first goes idle with the atlas on it (ms since navigation start). */
export const FIRST_IDLE_PROBE = `(() => {
  let hook;
  Object.defineProperty(window, '__atlas', {
    configurable: true,
    get() { return hook; },
    set(h) {
      hook = h;
      window.__benchMarks = { 'map created': performance.now() };
      h.map.once('style.load', () => { window.__benchMarks['style loaded'] = performance.now(); });
      const onIdle = () => {
        if (!h.hasAtlas() || window.__benchFirstIdle !== undefined) return;
        window.__benchFirstIdle = null;
        h.map.off('idle', onIdle);
        const first = h.firstFrame();
        if (first) window.__benchMarks['first frame painted (' + first.reason + ')'] = first.ms;
        requestAnimationFrame(() => { window.__benchFirstIdle = performance.now(); });
      };
      h.map.on('idle', onIdle);
      const onData = () => {
        if (!h.hasAtlas()) return;
        window.__benchMarks['atlas added'] = performance.now();
        h.map.off('styledata', onData);
      };
      h.map.on('styledata', onData);
    },
  });
})();`;

interface Win {
  __benchFirstIdle?: number | null;
  __benchMarks?: Record<string, number>;
  __atlas?: AtlasDebugHook;
}

/** Builds the bare page and the map-alone page into `outDir` (scripts/bench/{bare,atlas}-map.html), each on its own. */
async function buildPages(outDir: string): Promise<void> {
  for (const page of ['bare-map', 'atlas-map']) {
    await build({
      configFile: false,
      root: resolve('scripts/bench'),
      base: './',
      publicDir: false,
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir: false,
        target: 'es2022',
        chunkSizeWarningLimit: 1500,
        rolldownOptions: { input: resolve(`scripts/bench/${page}.html`) },
      },
    });
  }
}

/** Opens `url` in a fresh context (empty cache) and waits for `window.__benchFirstIdle`. */
async function openFresh(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
  problems: string[],
  probe: boolean,
): Promise<{ context: BrowserContext; page: Page; ms: number }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`page error (${url}): ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console (${url}): ${m.text()}`);
  });
  if (probe) await page.addInitScript({ content: FIRST_IDLE_PROBE });
  await page.goto(url);
  await page.waitForFunction(() => typeof (window as unknown as Win).__benchFirstIdle === 'number', null, { timeout: LOAD_TIMEOUT_MS });
  const ms = await page.evaluate(() => (window as unknown as Win).__benchFirstIdle!);
  return { context, page, ms };
}

/** Milestones of a load: when the scripts and data arrived (resource timing), and the probe's marks. */
async function marks(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const e of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      const file = e.name.split('/').pop()!.split('?')[0]!;
      const key = /worker/.test(file) ? 'worker script' : /\.m?js$/.test(file) ? 'page scripts' : file;
      if (/\.(m?js|json)$/.test(file)) out[`${key} received`] = Math.max(out[`${key} received`] ?? 0, e.responseEnd);
    }
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (nav) out['DOMContentLoaded'] = nav.domContentLoadedEventEnd;
    const w = window as unknown as Win;
    for (const [k, v] of Object.entries(w.__benchMarks ?? {})) out[k] = v;
    out['first complete map'] = w.__benchFirstIdle ?? NaN;
    return out;
  });
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** A bench page's URL for a map container of `size` (`?w=&h=`, read by scripts/bench/*-map.ts). */
function sized(url: string, size: LoadReport['mapSize']): string {
  return `${url}?w=${size.width}&h=${size.height}`;
}

/** What every load of the first-map measurements needs. */
interface Loader {
  browser: Browser;
  viewport: { width: number; height: number };
  problems: string[];
  log: (s: string) => void;
}

/**
 * LOADS rounds of one fresh load of each page, the order rotating each round so that no page always
 * follows the same one; ms to the first complete map per page, in round order. `after` reads what
 * it needs from a loaded page before it closes.
 */
async function loadRounds<K extends string>(
  loader: Loader,
  pages: readonly K[],
  open: (page: K) => { url: string; probe: boolean },
  what: string,
  after?: (page: K, loaded: Page) => Promise<void>,
): Promise<Record<K, number[]>> {
  const times = Object.fromEntries(pages.map((p) => [p, [] as number[]])) as Record<K, number[]>;
  for (let i = 0; i < LOADS; i++) {
    loader.log(`budgets: ${what}: round ${i + 1} of ${LOADS}`);
    for (let k = 0; k < pages.length; k++) {
      const page = pages[(k + i) % pages.length]!;
      const { url, probe } = open(page);
      const run = await openFresh(loader.browser, url, loader.viewport, loader.problems, probe);
      await after?.(page, run.page);
      await run.context.close();
      times[page].push(run.ms);
    }
  }
  return times;
}

async function measureLoads(loader: Loader, urls: Record<'app' | 'map' | 'bare', string>): Promise<LoadReport> {
  const { browser, viewport, problems, log } = loader;
  // A warm-up load of each, not counted; the app's also tells the size of its map.
  log('budgets: first complete map: warm-up loads');
  const warm = await openFresh(browser, urls.app, viewport, problems, true);
  const mapSize = await warm.page.evaluate(() => {
    const r = (window as unknown as Win).__atlas!.map.getContainer().getBoundingClientRect();
    return { width: Math.round(r.width), height: Math.round(r.height) };
  });
  await warm.context.close();
  const url: Record<PageKind, string> = {
    app: urls.app,
    map: sized(urls.map, mapSize),
    empty: `${sized(urls.map, mapSize)}&atlas=empty`,
    bare: sized(urls.bare, mapSize),
  };
  const probe = (kind: PageKind) => kind !== 'bare';
  for (const kind of ['map', 'empty', 'bare'] as const) await (await openFresh(browser, url[kind], viewport, problems, probe(kind))).context.close();

  const allMarks: Record<PageKind, Record<string, number>[]> = { app: [], map: [], empty: [], bare: [] };
  const times = await loadRounds(
    loader,
    ['app', 'map', 'empty', 'bare'] as const,
    (kind) => ({ url: url[kind], probe: probe(kind) }),
    'first complete map (the app, its map alone, with an empty atlas, the bare page)',
    async (kind, page) => {
      allMarks[kind].push(await marks(page));
    },
  );
  const ratios = times.app.map((t, i) => t / times.bare[i]!);
  // The milestones of the load whose time is the median (or nearest to it).
  const nearest = (kind: PageKind) => {
    const ts = times[kind];
    const m = median(ts);
    let best = 0;
    ts.forEach((t, i) => {
      if (Math.abs(t - m) < Math.abs(ts[best]! - m)) best = i;
    });
    return allMarks[kind][best]!;
  };
  return { times, ratios, mapSize, marks: { app: nearest('app'), map: nearest('map'), empty: nearest('empty'), bare: nearest('bare') } };
}

/** Rounds of one load of the map-alone page per kind of feature, and one with an empty atlas. */
async function measureKinds(loader: Loader, mapUrl: string): Promise<KindReport> {
  const times = await loadRounds(
    loader,
    ['empty', ...ATLAS_KINDS] as const,
    (kind) => ({ url: `${mapUrl}&atlas=${kind}`, probe: true }),
    `by kind (the map given only its ${ATLAS_KINDS.join(', ')}, or nothing)`,
  );
  return { times };
}

/**
 * The scrub: from the opening day to the end of the period, back to its start, and forward to the
 * opening day again, in HEAP_STEPS even steps, so the map ends as it began.
 */
function scrubDays(): Day[] {
  const { min, max } = WHOLE_PERIOD;
  const legs = [max - OPENING_DAY, max - min, OPENING_DAY - min];
  const total = legs[0]! + legs[1]! + legs[2]!;
  return Array.from({ length: HEAP_STEPS }, (_, i) => {
    const s = ((i + 1) * total) / HEAP_STEPS;
    if (s <= legs[0]!) return Math.round(OPENING_DAY + s);
    if (s <= legs[0]! + legs[1]!) return Math.round(max - (s - legs[0]!));
    return Math.round(min + (s - legs[0]! - legs[1]!));
  });
}

async function measureHeap(
  browser: Browser,
  appUrl: string,
  viewport: { width: number; height: number },
  problems: string[],
  log: (s: string) => void,
): Promise<HeapReport> {
  log(`budgets: heap: loading the app, then ${HEAP_STEPS} date steps`);
  const { context, page } = await openFresh(browser, appUrl, viewport, problems, true);
  try {
    await page.waitForTimeout(SETTLE_MS);
    await page.evaluate(() => (window as unknown as Win).__atlas!.idle());
    const cdp = await context.newCDPSession(page);
    const heap = async () => {
      // Twice: the first collection can leave garbage that only its finalizers released.
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      return page.evaluate(() => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize);
    };
    const afterLoad = await heap();
    const days = scrubDays();
    if (days[days.length - 1] !== OPENING_DAY) throw new Error(`the scrub ends on ${isoFromDay(days[days.length - 1]!)}, not the opening day`);
    const checkpoints: HeapReport['checkpoints'] = [];
    let missed = 0;
    const stepMs: number[] = [];
    let done = 0;
    for (const at of HEAP_CHECKPOINTS) {
      const r = await page.evaluate(
        async (chunk) => {
          const h = (window as unknown as Win).__atlas!;
          let missed = 0;
          const ms: number[] = [];
          for (const day of chunk) {
            const t0 = performance.now();
            h.setDate(day);
            await h.idle();
            ms.push(performance.now() - t0);
            if (h.drawnDay() !== day) missed++;
          }
          return { missed, ms };
        },
        days.slice(done, at),
      );
      done = at;
      missed += r.missed;
      stepMs.push(...r.ms);
      checkpoints.push({ steps: at, bytes: await heap() });
      log(`budgets: heap: ${at} steps`);
    }
    return { afterLoad, checkpoints, missed, stepMsMedian: median(stepMs) };
  } finally {
    await context.close();
  }
}

/** Runs all four budgets; `tmp` is a scratch folder the caller removes. */
export async function runBudgets(
  browser: Browser,
  tmp: string,
  viewport: { width: number; height: number },
  problems: string[],
  log: (s: string) => void,
  byKind: boolean,
): Promise<BudgetReport> {
  const started = performance.now();
  log('budgets: sizes of the JavaScript and the data');
  const js = measureJs();
  const data = measureData();

  // dist/ and the two pages side by side, served from one origin: site/ is dist's copy, site/bench/ the pages.
  log('budgets: building the bare MapLibre page and the map-alone page');
  const site = join(tmp, 'site');
  cpSync(DIST, site, { recursive: true });
  await buildPages(join(site, 'bench'));
  const server = await serveDist(site);
  try {
    // The app installs the hook the probe and the heap steps use only when asked (`?debug`).
    const app = `${server.url}?debug`;
    const urls = { app, map: `${server.url}bench/atlas-map.html`, bare: `${server.url}bench/bare-map.html` };
    const loader = { browser, viewport, problems, log };
    const load = await measureLoads(loader, urls);
    const kinds = byKind ? await measureKinds(loader, sized(urls.map, load.mapSize)) : null;
    const heap = await measureHeap(browser, app, viewport, problems, log);
    return { browser: browser.version(), js, data, load, kinds, heap, seconds: (performance.now() - started) / 1000 };
  } finally {
    await server.close();
  }
}

// ---------------------------------------------------------------------------------------------
// The report

const kB = (bytes: number) => `${(bytes / 1024).toLocaleString('en', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} KB`;
const MB = (bytes: number) => `${(bytes / 1e6).toFixed(2)} MB`;
const pct = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`;
const msf = (x: number) => `${Math.round(x).toLocaleString('en')}`;
const met = (ok: boolean) => (ok ? 'met' : '**missed**');
const base = (file: string) => posix.basename(file);

/** What the report and the notebook's summary both say, computed once. */
function figures(r: BudgetReport) {
  const { js, load, heap } = r;
  const medians: Record<PageKind, number> = {
    app: median(load.times.app),
    map: median(load.times.map),
    empty: median(load.times.empty),
    bare: median(load.times.bare),
  };
  const last = heap.checkpoints[heap.checkpoints.length - 1]!;
  return {
    jsLimit: js.mapLibre.gz + BUDGETS.jsOverMapLibre,
    medians,
    loadRatio: medians.app / medians.bare,
    pairedRatio: median(load.ratios),
    last,
    growth: last.bytes / heap.afterLoad - 1,
  };
}

/** The pages of the first-map budget, as the report and the notebook list them. */
const PAGES: [PageKind, string][] = [
  ['app', 'the app'],
  ['map', "the app's map alone (bridge + atlas, no Svelte app)"],
  ['empty', 'the same map given an empty atlas (nothing of the atlas drawn)'],
  ['bare', 'bare MapLibre, same basemap'],
];

/** The app's first-map ratio taken apart, page by page. */
function ratioApart(m: Record<PageKind, number>): string {
  return (
    `app / map alone ${(m.app / m.map).toFixed(2)}× (the app around the map) × map alone / empty atlas ${(m.map / m.empty).toFixed(2)}× (drawing the atlas) × ` +
    `empty atlas / bare ${(m.empty / m.bare).toFixed(2)}× (the map before the atlas draws)`
  );
}

/**
 * `--by-kind`: each kind of feature alone against the empty atlas, loaded in the same rounds (the
 * bare page was loaded in other rounds, so it is not compared here).
 */
function kindLines(k: KindReport): string[] {
  const empty = median(k.times.empty);
  /** "+604 ms (+30%)", "−35 ms (−2%)". */
  const change = (m: number) => {
    const sign = m < empty ? '−' : '+';
    return `${sign}${msf(Math.abs(m - empty))} ms (${sign}${Math.abs((m / empty - 1) * 100).toFixed(0)}%)`;
  };
  return [
    `| the map given only its … (\`--by-kind\`, ${k.times.empty.length} loads each) | median ms | vs the empty atlas |`,
    '|---|---:|---:|',
    ...(['empty', ...ATLAS_KINDS] as const).map((kind) => {
      const m = median(k.times[kind]);
      return `| ${kind === 'empty' ? 'nothing (the empty atlas)' : kind} | ${msf(m)} | ${kind === 'empty' ? '–' : change(m)} |`;
    }),
  ];
}

/** The notebook's summary of a run (`npm run bench -- --budgets --write`), between its markers. */
export function budgetSummaryLines(r: BudgetReport, date: string): string[] {
  const { js, data, load } = r;
  const f = figures(r);
  const m = f.medians;
  return [
    `The budgets of one \`npm run bench\` run on ${date}: Chromium ${r.browser} headless with SwiftShader, a 1200×800 page whose map is ` +
      `${load.mapSize.width}×${load.mapSize.height}, ${load.times.app.length} loads of each page. Written by \`--write\`; the bench's own output has every figure.`,
    '',
    '| budget | measured | limit | result |',
    '|---|---|---|---|',
    `| JavaScript a first visit loads, gzipped | ${kB(js.firstLoadTotal.gz)} | MapLibre's own bundle (${kB(js.mapLibre.gz)}) + 60 KB | ${met(js.firstLoadTotal.gz <= f.jsLimit)} |`,
    `| lazily loaded chunks (${js.lazy.map((g) => g.name).join(', ')}) | ${kB(js.lazyTotal.gz)} gzipped | out of the first load | ${met(js.lazy.length > 0)} |`,
    `| atlas data, gzipped: atlas.json (${kB(data.atlas.gz)}) + land (${kB(data.land.gz)}) | ${kB(data.total.gz)} | ${kB(BUDGETS.data)} | ${met(data.total.gz <= BUDGETS.data)} |`,
    `| time to the first complete map: the app ÷ a bare MapLibre page with the same land | ${msf(m.app)} ms ÷ ${msf(m.bare)} ms = ${f.loadRatio.toFixed(2)}× ` +
      `(paired per round: ${f.pairedRatio.toFixed(2)}×) | ${BUDGETS.firstMap.toFixed(1)}× | ${met(f.loadRatio <= BUDGETS.firstMap)} |`,
    `| JS heap after ${f.last.steps} date steps vs after load (after GC) | ${pct(f.growth)} | +${(BUDGETS.heapGrowth * 100).toFixed(0)}% | ${met(f.growth <= BUDGETS.heapGrowth)} |`,
    '',
    '| first complete map | median ms | vs bare |',
    '|---|---:|---:|',
    ...PAGES.map(([kind, label]) => `| ${label} | ${msf(m[kind])} | ${(m[kind] / m.bare).toFixed(2)}× |`),
    '',
    `Taken apart: ${ratioApart(m)}.`,
    ...(r.kinds ? ['', ...kindLines(r.kinds)] : []),
  ];
}

export function budgetLines(r: BudgetReport): string[] {
  const { js, data, load, heap } = r;
  const out: string[] = [];
  const { jsLimit, medians, loadRatio, pairedRatio, last, growth } = figures(r);
  const { app: appMedian, bare: bareMedian } = medians;

  out.push('## Budgets (`npm run bench -- --budgets`)', '');
  out.push(
    `Sizes in KB of 1,024 bytes (as \`npm run data\` prints them), gzipped by zlib at its default level (6). Times and heap: Chromium ${r.browser} headless ` +
      `(WebGL by SwiftShader where there is no GPU), a 1200×800 page whose map is ${load.mapSize.width}×${load.mapSize.height}; these measurements took ${Math.round(r.seconds)} s.`,
  );
  out.push('');
  out.push('| budget | measured | limit | result |');
  out.push('|---|---|---|---|');
  out.push(
    `| JavaScript a first visit loads, gzipped (${js.firstLoad.map((c) => `\`${base(c.file)}\``).join(' + ')}${js.firstLoad.length === 1 ? ', no static imports' : ''}) | ` +
      `${kB(js.firstLoadTotal.gz)} | ≤ MapLibre ${js.mapLibre.version} (\`maplibre-gl.mjs\`, ${kB(js.mapLibre.gz)}) + 60 KB = ${kB(jsLimit)} | ${met(js.firstLoadTotal.gz <= jsLimit)} |`,
  );
  out.push(
    `| Atlas data, gzipped: atlas.json + the three land files (atlas.json alone: ${kB(data.atlas.gz)}) | ${kB(data.total.gz)} | ≤ ${kB(BUDGETS.data)}, for the total | ${met(data.total.gz <= BUDGETS.data)} |`,
  );
  out.push(
    `| Time to the first complete map: the app (median of ${load.times.app.length}: ${msf(appMedian)} ms) / a bare MapLibre page with the same basemap (${msf(bareMedian)} ms) | ` +
      `${loadRatio.toFixed(2)}× (paired: ${pairedRatio.toFixed(2)}×) | ≤ ${BUDGETS.firstMap.toFixed(1)}× | ${met(loadRatio <= BUDGETS.firstMap)} |`,
  );
  out.push(
    `| JS heap after ${last.steps} date steps vs after load (\`usedJSHeapSize\` after a forced GC: ${MB(heap.afterLoad)} → ${MB(last.bytes)}) | ${pct(growth)} | ≤ +${(BUDGETS.heapGrowth * 100).toFixed(0)}% | ${met(growth <= BUDGETS.heapGrowth)} |`,
  );
  out.push('');

  out.push('| JavaScript | files | raw | gzipped | loaded |');
  out.push('|---|---|---:|---:|---|');
  out.push(
    `| first load: the entry chunk and its static imports | ${js.firstLoad.map((c) => `\`${base(c.file)}\``).join(', ')} | ${kB(js.firstLoadTotal.raw)} | ${kB(js.firstLoadTotal.gz)} | on the first visit |`,
  );
  out.push(
    `| reference: MapLibre's own bundle | \`maplibre-gl/dist/maplibre-gl.mjs\` ${js.mapLibre.version} | ${kB(js.mapLibre.raw)} | ${kB(js.mapLibre.gz)} | – |`,
  );
  for (const w of js.byUrl) {
    out.push(
      `| MapLibre's worker${w.sameAsMapLibre ? " (byte for byte MapLibre's own `maplibre-gl-worker.mjs`)" : ''} | \`${base(w.file)}\` | ${kB(w.raw)} | ${kB(w.gz)} | on the first visit, started by MapLibre; not in the budget (MapLibre's, on both sides) |`,
    );
  }
  for (const g of js.lazy) {
    out.push(`| lazy: ${g.name} | ${g.files.map((f) => `\`${base(f)}\``).join(', ')} | ${kB(g.raw)} | ${kB(g.gz)} | on first use |`);
  }
  out.push(`| lazy chunks together, each once | ${js.lazyTotal.files} files | ${kB(js.lazyTotal.raw)} | ${kB(js.lazyTotal.gz)} | – |`);
  for (const c of js.css) out.push(`| CSS of the first load (not budgeted) | \`${base(c.file)}\` | ${kB(c.raw)} | ${kB(c.gz)} | on the first visit |`);
  out.push('');

  out.push('| atlas data (`dist/data/`) | raw | gzipped |');
  out.push('|---|---:|---:|');
  for (const f of data.files) out.push(`| \`${f.file}\` | ${kB(f.raw)} | ${kB(f.gz)} |`);
  out.push(`| land, three files | ${kB(data.land.raw)} | ${kB(data.land.gz)} |`);
  out.push(`| **total** (the budget) | ${kB(data.total.raw)} | ${kB(data.total.gz)} |`);
  out.push('');

  out.push('| first complete map | loads, ms (in order) | median ms | vs bare | milestones of the median load, ms since navigation start |');
  out.push('|---|---|---:|---:|---|');
  const milestones = (m: Record<string, number>) =>
    Object.entries(m)
      .filter(([, v]) => Number.isFinite(v))
      .sort((a, b) => a[1] - b[1])
      .map(([k, v]) => `${k} ${msf(v)}`)
      .join('; ');
  const pageRow = (label: string, kind: PageKind, m: number) =>
    out.push(`| ${label} | ${load.times[kind].map(msf).join(', ')} | ${msf(m)} | ${(m / bareMedian).toFixed(2)}× | ${milestones(load.marks[kind])} |`);
  for (const [kind, label] of PAGES) pageRow(label, kind, medians[kind]);
  out.push('');
  if (r.kinds) out.push(...kindLines(r.kinds), '');

  out.push('| JS heap (`usedJSHeapSize` after a forced GC) | bytes | vs after load |');
  out.push('|---|---:|---:|');
  out.push(`| after load (first complete map, then ${SETTLE_MS} ms) | ${MB(heap.afterLoad)} | – |`);
  for (const c of heap.checkpoints) out.push(`| after ${c.steps} date steps | ${MB(c.bytes)} | ${pct(c.bytes / heap.afterLoad - 1)} |`);
  out.push('');

  out.push('Notes:');
  out.push(
    "- First load: `dist/index.html`'s module script and, transitively, its static `import`s (read from the built chunks); lazy: every `import()` target with the static imports " +
      'the first load does not already hold (a chunk shared by two lazy entries is listed under both, counted once in the line below them).',
  );
  out.push(
    `- First complete map: ${LOADS} rounds of one load of each page, the order rotating, each load in a fresh browser context (empty cache), after one warm-up load of each; ` +
      "from navigation start to the first animation frame after the map's first `idle` with the atlas on it (`window.__atlas.hasAtlas()`), or, on the bare page, after the map's " +
      "first `idle`. The bare page: MapLibre with the app's `baseStyle` over the same three land files from the same origin, the same opening bounds and map options, no controls, " +
      "no atlas, no app, in a container the size of the app's map. The map alone: the app's bridge (`AtlasMap`, with its controls) given the atlas and the opening date after " +
      `the app's fonts and atlas.json, in the same container, without the Svelte app. The empty atlas: the map alone given the atlas with its zones, lines, places and ` +
      `labels removed (its sources and layers added, nothing in them). Paired: the median of the per-round app / bare ratios. ` +
      `The app's ratio, taken apart: ${ratioApart(medians)}.`,
  );
  out.push(
    `- Heap: one fresh load of the app, ${HEAP_STEPS} dates through \`window.__atlas.setDate(day)\`, each followed by \`idle()\`, evenly over ${isoFromDay(OPENING_DAY)} → ` +
      `${isoFromDay(WHOLE_PERIOD.max)} → ${isoFromDay(WHOLE_PERIOD.min)} → ${isoFromDay(OPENING_DAY)} (the map ends as it began); median step ${msf(heap.stepMsMedian)} ms; ` +
      `${heap.missed} of ${HEAP_STEPS} steps ended on another date than asked. GC by CDP \`HeapProfiler.collectGarbage\` (twice) before each reading; ` +
      "Chromium started with `--enable-precise-memory-info`. The main thread's heap only: MapLibre's worker has its own.",
  );
  return out;
}
