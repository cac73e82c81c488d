// A disk cache for the state pieces, the one slow part of the data build (cutting and simplifying
// Natural Earth 10m takes tens of seconds; everything else takes a few). The key is a hash of
// everything the pieces depend on: their recipes, the code that follows them, and the versions of
// the packages their shapes come from; change any of these and the pieces are derived afresh. The
// cache lives in node_modules/.cache, so a clean clone (as in CI) starts without one.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REGIONS } from './regions.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const DIR = join(root, 'node_modules', '.cache', 'recognition-atlas');

/** Source files whose code decides what the pieces look like. */
/** What the cache holds, and how many entries of each to keep (the most recent): sets of simplified pieces, one per list of recipes; and single pieces at full detail, one per recipe. */
const KEEP = { pieces: 4, piece: 120 } as const;
export type CacheKind = keyof typeof KEEP;

const CODE = [
  'scripts/data/shapes.ts',
  'scripts/data/partition.ts',
  'scripts/data/check.ts',
  'scripts/data/land.ts',
  'scripts/data/regions.ts',
  'scripts/data/cache.ts',
];
const PACKAGES = ['world-atlas', 'topojson-server', 'topojson-simplify', 'topojson-client', '@turf/turf', 'd3-geo'];

let fingerprint: string | null = null;

function inputs(): string {
  fingerprint ??= JSON.stringify({
    code: CODE.map((f) => readFileSync(join(root, f), 'utf8')),
    // The vendored regions (scripts/data/regions/) are data the pieces are cut from.
    regions: readdirSync(REGIONS)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) =>
        createHash('sha256')
          .update(readFileSync(join(REGIONS, f)))
          .digest('hex'),
      ),
    packages: PACKAGES.map((p) => `${p}@${(JSON.parse(readFileSync(join(root, 'node_modules', p, 'package.json'), 'utf8')) as { version: string }).version}`),
  });
  return fingerprint;
}

export function cacheKey(what: unknown): string {
  return createHash('sha256').update(inputs()).update(JSON.stringify(what)).digest('hex').slice(0, 32);
}

export function readCache<T>(kind: CacheKind, key: string): T | null {
  if (process.env['ATLAS_NO_CACHE']) return null;
  try {
    return JSON.parse(readFileSync(join(DIR, kind, `${key}.json`), 'utf8')) as T;
  } catch {
    return null;
  }
}

/** Written to a temporary name and moved into place, so a reader never sees half a file. */
export function writeCache(kind: CacheKind, key: string, value: unknown): void {
  if (process.env['ATLAS_NO_CACHE']) return;
  const dir = join(DIR, kind);
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = join(dir, `${key}.${process.pid}.tmp`);
    writeFileSync(tmp, JSON.stringify(value));
    renameSync(tmp, join(dir, `${key}.json`));
    // Keep the most recent entries (another branch's pieces, say), not every edit's.
    const entries = readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs }));
    for (const { f } of entries.sort((a, b) => b.t - a.t).slice(KEEP[kind])) rmSync(join(dir, f), { force: true });
  } catch {
    // A cache that cannot be written only costs time.
  }
}
