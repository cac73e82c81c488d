// `npm run bench`: how much a date step costs, in a real Chromium, on the production build.
// Not a test: it prints figures (a Markdown table on stdout, progress on stderr) and exits 0; it
// fails only if it cannot run.
//
// In one browser session, on the app's own map (dist/, through the bridge's hook window.__atlas):
// - scrub: 120 dates evenly spaced over 1917-01-01..1926-12-31; per step, the time from applying
//   the date to the first animation frame after the map's 'idle' event, and the frames rendered;
// - the floor: as many plain repaints of the same map (triggerRepaint, then the same wait),
//   interleaved with our steps so both see the same map at the same moment;
// - the peer: the same data and dates through @openhistoricalmap/maplibre-gl-dates;
// - scale: the atlas, then 10,000 and 100,000 random dated points made here at run time.
// The in-page half is scripts/bench/harness.ts, bundled into a temp dir at run time.
//
// Then the hardening budgets (scripts/bench/budgets.ts): first-load JS, atlas data, time to the
// first complete map against a bare MapLibre page, and the JS heap over 500 date steps, printed as
// a second table. `npm run bench -- --steps` runs only the date steps, `-- --budgets` only the
// budgets; no flag runs both. `--write` also writes each part's summary into docs/performance.md.
// `--by-kind` adds to the budgets the map loaded with one kind of the atlas's features at a time.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { arch, cpus, platform, release, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'vite';
import { launchOptions } from '../e2e/browser.ts';
import { dayFromParts, isoFromDay, type Day } from '../src/lib/time/days.ts';
import { FIRST_IDLE_PROBE, budgetLines, budgetSummaryLines, runBudgets } from './bench/budgets.ts';
import type { BenchApi, Method, Step } from './bench/harness.ts';
import { PERFORMANCE_DOC, findBlock, replaceBlock } from './bench/blocks.ts';
import { serveDist } from './serve.ts';

const VIEWPORT = { width: 1200, height: 800 };
const NOTEBOOK = resolve(PERFORMANCE_DOC);
const STEPS = 120;
const FIRST = dayFromParts(1917, 1, 1);
const LAST = dayFromParts(1926, 12, 31);
/** Steps run before each series and thrown away: shaders compile, the JIT warms up. */
const WARMUP = 3;
/** At 100,000 points a frame takes about half a second: every fourth date only, for all three. */
const EVERY_100K = 4;
/** Ours and the peer alternate in blocks of this many dates. */
const BLOCK = 40;
/** The peer's own floor (atlas only) is sampled on every nth date. */
const PEER_FLOOR_EVERY = 4;
const SEED = 1925;
const TARGETS = {
  atlas: { floor: 1.1, peer: 3 },
  10_000: { floor: 1.3, peer: null },
  100_000: { floor: 1.6, peer: null },
} as const;

const log = (s: string) => process.stderr.write(`${s}\n`);

const days: Day[] = Array.from({ length: STEPS }, (_, i) => Math.round(FIRST + (i * (LAST - FIRST)) / (STEPS - 1)));
const warmupDays = Array.from({ length: WARMUP }, (_, i) => days[Math.floor(((i + 0.5) * STEPS) / WARMUP)]!);

/** Bundles the in-page harness (and the peer, a CommonJS file) into one script in a temp dir. */
async function buildHarness(dir: string): Promise<string> {
  await build({
    configFile: false,
    root: process.cwd(),
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir: dir,
      emptyOutDir: false,
      copyPublicDir: false,
      minify: false,
      target: 'es2022',
      lib: { entry: resolve('scripts/bench/harness.ts'), formats: ['iife'], name: 'AtlasBench', fileName: () => 'harness.js' },
    },
  });
  return join(dir, 'harness.js');
}

/** Calls `window.__bench[name](...args)` in the page. */
function call<K extends keyof BenchApi>(page: Page, name: K, ...args: Parameters<BenchApi[K]>): Promise<Awaited<ReturnType<BenchApi[K]>>> {
  return page.evaluate(({ name, args }) => (window as unknown as { __bench: Record<string, (...a: unknown[]) => unknown> }).__bench[name]!(...args), {
    name: name as string,
    args: args as unknown[],
  }) as Promise<Awaited<ReturnType<BenchApi[K]>>>;
}

// FIRST_IDLE_PROBE (budgets.ts) records when the map first goes idle with the atlas on it.

/** Figures over the steps that drew something; `noop` counts the steps that changed nothing. */
interface Summary {
  n: number;
  median: number;
  p95: number;
  framesMean: number;
  framesMin: number;
  framesMax: number;
  oneFrame: number;
  noop: number;
  callMedian: number;
  firstFrameMedian: number;
  renderJsMedian: number;
}

function quantile(sorted: number[], q: number): number {
  // Nearest rank.
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)]!;
}

function median(sorted: number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function summarise(all: Step[]): Summary {
  const steps = all.filter((s) => !s.noop);
  const sorted = (f: (s: Step) => number) => steps.map(f).sort((a, b) => a - b);
  const ms = sorted((s) => s.ms);
  const frames = steps.map((s) => s.frames);
  return {
    n: steps.length,
    median: median(ms),
    p95: quantile(ms, 0.95),
    framesMean: frames.reduce((a, b) => a + b, 0) / frames.length,
    framesMin: Math.min(...frames),
    framesMax: Math.max(...frames),
    oneFrame: frames.filter((f) => f === 1).length,
    noop: all.length - steps.length,
    callMedian: median(sorted((s) => s.callMs)),
    firstFrameMedian: median(sorted((s) => s.firstFrameMs)),
    renderJsMedian: median(sorted((s) => s.renderJsMs)),
  };
}

/** The median of ours/floor step by step (they alternate, so each pair saw the same map and moment). */
function pairedRatio(ours: Step[], floor: Step[]): number {
  return median(
    ours
      .map((s, i) => (s.noop ? null : s.ms / floor[i]!.ms))
      .filter((r): r is number => r !== null)
      .sort((a, b) => a - b),
  );
}

interface ScaleResult {
  label: string;
  key: keyof typeof TARGETS;
  ours: Summary;
  floor: Summary;
  peer: Summary;
  /** Plain repaints with the peer's layers drawn instead of ours (atlas only). */
  peerFloor: Summary | null;
  paired: number;
  loadOurs: number;
  loadOursHow: string;
  loadPeer: number;
}

const ms = (x: number) => (x >= 1000 ? x.toFixed(0) : x.toFixed(1));
const ratio = (x: number) => `${x.toFixed(2)}×`;
const frames = (s: Summary) => (s.framesMin === s.framesMax ? `${s.framesMin}` : `${s.framesMean.toFixed(2)} (${s.framesMin}–${s.framesMax})`);
const met = (ok: boolean) => (ok ? 'met' : '**missed**');

interface Series {
  ours: Step[];
  floor: Step[];
  peer: Step[];
  peerFloor: Step[];
}

/**
 * Ours with the floor (alternating step by step), then the peer (with its own floor when asked), in
 * alternating blocks of BLOCK dates, so that all of them see the same machine load: on two cores
 * with software WebGL, frame times drift by tens of per cent within a minute.
 */
async function alternate(page: Page, days: Day[], warmup: Day[], peerFloor: boolean): Promise<Series> {
  const series: Series = { ours: [], floor: [], peer: [], peerFloor: [] };
  const sparse = peerFloor ? { method: 'floor' as Method, every: PEER_FLOOR_EVERY } : undefined;
  await call(page, 'mode', 'ours');
  await call(page, 'run', ['ours', 'floor'], [], warmup);
  await call(page, 'mode', 'peer');
  await call(page, 'run', ['peer'], [], warmup);
  for (let i = 0; i < days.length; i += BLOCK) {
    const block = days.slice(i, i + BLOCK);
    await call(page, 'mode', 'ours');
    const a = await call(page, 'run', ['ours', 'floor'], block, []);
    series.ours.push(...a['ours']!);
    series.floor.push(...a['floor']!);
    await call(page, 'mode', 'peer');
    const b = await call(page, 'run', ['peer'], block, [], sparse);
    series.peer.push(...b['peer']!);
    series.peerFloor.push(...(b['floor'] ?? []));
  }
  return series;
}

function summariseSeries(s: Series): Pick<ScaleResult, 'ours' | 'floor' | 'peer' | 'peerFloor' | 'paired'> {
  return {
    ours: summarise(s.ours),
    floor: summarise(s.floor),
    peer: summarise(s.peer),
    peerFloor: s.peerFloor.length ? summarise(s.peerFloor) : null,
    paired: pairedRatio(s.ours, s.floor),
  };
}

/**
 * `--steps`, `--budgets`: run only that part; no flag (or both) runs both. `--write`: also write
 * the summary of each part run into docs/performance.md, between its markers (scripts/bench/blocks.ts).
 * `--by-kind`: the budgets also load the map with one kind of feature at a time (about 2 minutes more).
 */
function parseArgs(argv: string[]): { steps: boolean; budgets: boolean; write: boolean; byKind: boolean } {
  const known = ['--steps', '--budgets', '--write', '--by-kind'];
  const unknown = argv.filter((a) => !known.includes(a));
  if (unknown.length) throw new Error(`npm run bench: unknown argument ${unknown.join(' ')} (use ${known.join(', ')})`);
  const steps = argv.includes('--steps');
  const budgets = argv.includes('--budgets');
  const write = argv.includes('--write');
  const byKind = argv.includes('--by-kind');
  if (byKind && steps && !budgets) throw new Error('npm run bench: --by-kind belongs to the budgets, not to --steps');
  return steps || budgets ? { steps, budgets, write, byKind } : { steps: true, budgets: true, write, byKind };
}

async function main(): Promise<void> {
  const parts = parseArgs(process.argv.slice(2));
  const tmp = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  const started = performance.now();
  // Precise memory info: performance.memory in whole bytes, for the heap budget.
  const browser = await chromium.launch(launchOptions(['--enable-precise-memory-info']));
  const problems: string[] = [];
  // Checked before the run, not after it: a notebook without its markers should not cost a whole run.
  const notebook = parts.write ? readFileSync(NOTEBOOK, 'utf8') : '';
  if (parts.write)
    for (const [part, name] of [
      [parts.steps, 'steps'],
      [parts.budgets, 'budgets'],
    ] as const)
      if (part) findBlock(notebook, name);
  const date = new Date().toISOString().slice(0, 10);
  try {
    const out: string[] = [];
    const blocks: [string, string[]][] = [];
    if (parts.steps) {
      const steps = await runSteps(browser, tmp, problems);
      out.push(...print(steps.results, { ...steps.env, seconds: (performance.now() - started) / 1000 }));
      blocks.push(['steps', stepSummaryLines(steps.results, steps.env, date)]);
    }
    if (parts.budgets) {
      const budgets = await runBudgets(browser, join(tmp, 'budgets'), VIEWPORT, problems, log, parts.byKind);
      if (out.length) out.push('');
      out.push(...budgetLines(budgets));
      blocks.push(['budgets', budgetSummaryLines(budgets, date)]);
    }
    console.log(out.join('\n'));
    if (parts.write) {
      writeFileSync(
        NOTEBOOK,
        blocks.reduce((text, [name, lines]) => replaceBlock(text, name, lines), notebook),
      );
      log(`bench: ${PERFORMANCE_DOC}: wrote the ${blocks.map(([name]) => name).join(' and ')} summary`);
    }
  } finally {
    if (problems.length) log(`bench: the page reported:\n  ${problems.join('\n  ')}`);
    await browser.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The date-step benchmark: its results, and what the report says about the machine. */
async function runSteps(
  browser: Browser,
  tmp: string,
  problems: string[],
): Promise<{ results: ScaleResult[]; env: { renderer: string; version: string; peerLayers: string[] } }> {
  const server = await serveDist();
  try {
    log('bench: bundling the in-page harness');
    const harness = await buildHarness(tmp);
    // bypassCSP: the app's Content-Security-Policy (script-src 'self') would refuse the harness's script tag.
    const page = await browser.newPage({ viewport: VIEWPORT, bypassCSP: true });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    await page.addInitScript({ content: FIRST_IDLE_PROBE });

    // `?debug`: the app installs the hook (window.__atlas) the harness drives its map through.
    log(`bench: opening the production app (${server.url}?debug)`);
    await page.goto(`${server.url}?debug`);
    await page.waitForFunction(() => typeof (window as unknown as { __benchFirstIdle?: number | null }).__benchFirstIdle === 'number', null, {
      timeout: 120_000,
    });
    const appLoad = await page.evaluate(() => (window as unknown as { __benchFirstIdle: number }).__benchFirstIdle);
    await page.addScriptTag({ path: harness });

    const renderer = await call(page, 'renderer');
    const atlasSize = await call(page, 'atlasSize');
    const results: ScaleResult[] = [];

    // The atlas: ours is the app's own bridge; the peer redraws its date-driven layers.
    log(`bench: atlas: peer layers`);
    const peerAtlasLoad = await call(page, 'addPeerAtlas', days[0]!);
    const peerLayers = await call(page, 'peerLayers');
    const peerFilter = await call(page, 'filterOf', peerLayers[0]!);
    if (!Array.isArray(peerFilter) || peerFilter[0] !== 'let') throw new Error(`the peer did not filter ${peerLayers[0]}: ${JSON.stringify(peerFilter)}`);
    log(`bench: atlas: ${STEPS} steps each for ours, the floor, the peer and the peer's floor`);
    const atlas = await alternate(page, days, warmupDays, true);
    await call(page, 'clear');
    results.push({
      label: `atlas (${atlasSize.zones} zones, ${atlasSize.lines} lines, ${atlasSize.places} places; ${atlasSize.layers} layers)`,
      key: 'atlas',
      ...summariseSeries(atlas),
      loadOurs: appLoad,
      loadOursHow: 'page',
      loadPeer: peerAtlasLoad.ms,
    });

    // Synthetic points over the bare basemap.
    await call(page, 'hideOurAtlas');
    for (const n of [10_000, 100_000] as const) {
      const label = n.toLocaleString('en');
      const scaleDays = n === 100_000 ? days.filter((_, i) => i % EVERY_100K === 0) : days;
      const scaleWarmup = n === 100_000 ? warmupDays.slice(0, 3) : warmupDays;
      log(`bench: ${label} points: loading ours and the peer's`);
      const oursLoad = await call(page, 'addPoints', n, SEED, 'ours', days[0]!);
      const peerLoad = await call(page, 'addPoints', n, SEED, 'peer', days[0]!);
      log(`bench: ${label} points: ${scaleDays.length} steps each for ours, the floor and the peer`);
      const series = await alternate(page, scaleDays, scaleWarmup, false);
      await call(page, 'clear');
      results.push({ label: `${label} points`, key: n, ...summariseSeries(series), loadOurs: oursLoad.ms, loadOursHow: 'add', loadPeer: peerLoad.ms });
    }
    await page.close();
    return { results, env: { renderer, version: browser.version(), peerLayers } };
  } finally {
    await server.close();
  }
}

function print(results: ScaleResult[], env: { renderer: string; version: string; seconds: number; peerLayers: string[] }): string[] {
  const cpu = cpus();
  const out: string[] = [];
  out.push('## Date-step benchmark (`npm run bench`)', '');
  out.push(
    `Machine: ${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${platform()} ${release()} ${arch()}; Node ${process.version}; ` +
      `Chromium ${env.version} headless, WebGL by ${env.renderer}; viewport ${VIEWPORT.width}×${VIEWPORT.height}. Rerun: \`npm run bench\` ` +
      `(builds dist/ first; this run took ${Math.round(env.seconds)} s).`,
  );
  out.push('');
  out.push(
    `Steps: ${STEPS} dates evenly spaced over ${isoFromDay(FIRST)}..${isoFromDay(LAST)}, one date per step, after ${WARMUP} warm-up steps that are not counted; ` +
      `at 100,000 points every ${ordinal(EVERY_100K)} date only (${Math.ceil(STEPS / EVERY_100K)} steps), as a frame there takes about half a second. ` +
      "A step is timed in the page (performance.now()) from applying the date to the first animation frame after the map's `idle` event; " +
      "frames are the map's `render` events in between. Ours and the floor alternate step by step on the same map; " +
      `ours and the peer alternate in blocks of ${BLOCK} dates (switching between them is not timed).`,
  );
  out.push('');
  out.push('| scale | method | steps | median ms | p95 ms | frames/step | JS in render, ms | load to first idle, ms |');
  out.push('|---|---|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    const row = (method: string, s: Summary, load: string) =>
      out.push(
        `| ${r.label} | ${method} | ${s.n}${s.noop ? ` (+${s.noop} changing nothing: 0 frames)` : ''} | ${ms(s.median)} | ${ms(s.p95)} | ${frames(s)} | ` +
          `${ms(s.renderJsMedian)} | ${load} |`,
      );
    row('ours: feature-state', r.ours, `${ms(r.loadOurs)}${r.loadOursHow === 'page' ? ' (opening the app)' : ''}`);
    row('floor: `triggerRepaint()`', r.floor, '–');
    row('peer: maplibre-gl-dates', r.peer, ms(r.loadPeer));
    if (r.peerFloor) row("peer's floor: `triggerRepaint()` with the peer's layers", r.peerFloor, '–');
  }
  out.push('');
  out.push(...targetLines(results));
  out.push('');
  out.push('Notes:');
  out.push(
    "- Ours at atlas scale is the production app driven through `window.__atlas.setDate(day)`, the bridge's own `setDate`: the date is applied in the next animation frame " +
      '(coalescing), `setFeatureState` is called only for the features whose state changed, and the map draws in the frame after that. ' +
      `The wait for the coalescing frame is part of ours (median ms from the call to that frame: ${r0(results, (r) => r.ours.firstFrameMedian)}). ` +
      'A date on which no zone, line or glow differs from the date before asks for no frame at all: such steps are listed apart and left out of the medians. ' +
      'Ours on the synthetic points is a copy of the same mechanism (coalesced, diffed, feature-state `on` read by `circle-opacity`).',
  );
  out.push(
    "- Ratios are of medians; in brackets, the median of the step-by-step ratio, which cancels drift in the machine's speed. Load time: for ours at atlas scale, from navigation start " +
      'to the first idle with the atlas drawn; elsewhere, from adding the source and layers, with the first date applied, to the first idle. ' +
      "JS in render: main-thread time inside MapLibre's render calls during the step; the rest of a frame is SwiftShader drawing in the GPU process.",
  );
  out.push(
    `- The peer at atlas scale redraws the ${env.peerLayers.length} layers that change with the date (${env.peerLayers.map((l) => l.replace(/^peer-/, '')).join(', ')}) ` +
      'from GeoJSON copies whose features carry `start_decdate`/`end_decdate` (zones and lines: the interval they are possibly in force; the glow: one point per event and place ' +
      'until it has faded), each with `source-layer: _geojsonTileLayer` so that the plugin filters it; our other layers (places, names, labels) stay, unfiltered. ' +
      `\`filterByDate(map, date)\` is called directly, once per step; the call itself takes (median ms) ${r0(results, (r) => r.peer.callMedian)}; the rest is re-tiling on the worker and frames.`,
  );
  out.push(
    `- Synthetic points: uniform over lon 100–160, lat 30–60, each in force between two random days within 1855–1956 (seed ${SEED}), made in the page at run time; one circle layer. ` +
      `On two cores with software WebGL single frames vary a lot from moment to moment: compare medians and ratios, not single steps.`,
  );
  return out;
}

/** Each scale against its targets: the table the report and the notebook's summary share. */
function targetLines(results: ScaleResult[]): string[] {
  const out = [
    '| scale | ours / floor: median (paired) | target | peer / ours: median | target | ours: frames per step | target |',
    '|---|---:|---|---:|---|---|---|',
  ];
  for (const r of results) {
    const t = TARGETS[r.key];
    const f = r.ours.median / r.floor.median;
    const p = r.peer.median / r.ours.median;
    const one = r.ours.oneFrame === r.ours.n;
    out.push(
      `| ${r.label} | ${ratio(f)} (${ratio(r.paired)}) | ≤ ${t.floor.toFixed(2)}×: ${met(f <= t.floor)} | ${ratio(p)} | ${t.peer ? `≥ ${t.peer}×: ${met(p >= t.peer)}` : '–'} | ` +
        `1 on ${r.ours.oneFrame} of ${r.ours.n} steps that change the map${r.ours.noop ? `; 0 on the ${r.ours.noop} that change nothing` : ''} | exactly 1: ${met(one)} |`,
    );
  }
  return out;
}

/** The notebook's summary of the date steps (`npm run bench -- --steps --write`), between its markers. */
function stepSummaryLines(results: ScaleResult[], env: { renderer: string; version: string }, date: string): string[] {
  const cpu = cpus();
  return [
    `The date steps of one \`npm run bench\` run on ${date}: ${cpu.length} cores, Chromium ${env.version} headless with WebGL by ${env.renderer}, a ` +
      `${VIEWPORT.width}×${VIEWPORT.height} page; ms from applying a date to the first frame after idle, ${STEPS} dates over ${isoFromDay(FIRST)}..${isoFromDay(LAST)}. ` +
      "Written by `--write`; the bench's own output has every figure.",
    '',
    '| scale | ours (feature-state): median / p95 ms | floor (plain repaint) | peer (maplibre-gl-dates) | frames per step: ours / peer |',
    '|---|---|---|---|---|',
    ...results.map(
      (r) =>
        `| ${r.label} | ${ms(r.ours.median)} / ${ms(r.ours.p95)} | ${ms(r.floor.median)} / ${ms(r.floor.p95)} | ${ms(r.peer.median)} / ${ms(r.peer.p95)} | ` +
        `${frames(r.ours)} / ${frames(r.peer)} |`,
    ),
    '',
    ...targetLines(results),
  ];
}

/** A figure per scale: "atlas 7.7, 10,000 points 9.0, 100,000 points 10.9". */
function r0(results: ScaleResult[], f: (r: ScaleResult) => number): string {
  return results.map((r) => `${r.key === 'atlas' ? 'atlas' : r.label} ${ms(f(r))}`).join(', ');
}

function ordinal(n: number): string {
  return ['', '', 'second', 'third', 'fourth', 'fifth'][n] ?? `${n}th`;
}

await main();
