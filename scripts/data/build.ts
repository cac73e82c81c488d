// The data build: read geodata/, check it, derive what the map draws, and write public/data/.
// Nothing is written unless everything passes, so a broken file never leaves half an atlas.
import { mkdirSync, renameSync, rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Feature, Point } from 'geojson';
import { ATLAS_FORMAT, type Atlas, type LabelProperties } from '../../src/lib/data/atlas.ts';
import { DataError } from './errors.ts';
import { buildLand } from './land.ts';
import { readList } from './read.ts';
import { Label } from './schema.ts';

export interface BuildResult {
  /** File name → serialized JSON, exactly as written. */
  files: Record<string, string>;
}

function uniqueIds(items: { file: string; id: string }[]): void {
  const seen = new Map<string, string>();
  for (const { file, id } of items) {
    const first = seen.get(id);
    if (first !== undefined) throw new DataError(file, id, 'id', `duplicate id (also in ${first})`);
    seen.set(id, file);
  }
}

/** Reads and checks geodata from `dir` and returns the output files; throws DataError on bad data. */
export function buildAtlas(dir: string): Atlas {
  const labels = readList(dir, 'labels.json', 'labels', Label);
  uniqueIds(labels.map((l) => ({ file: 'labels.json', id: l.id })));

  return {
    format: ATLAS_FORMAT,
    labels: {
      type: 'FeatureCollection',
      features: labels.map(
        (l): Feature<Point, LabelProperties> => ({
          type: 'Feature',
          properties: { id: l.id, text: l.text, kind: l.kind, rank: l.rank },
          geometry: { type: 'Point', coordinates: l.at },
        }),
      ),
    },
  };
}

export function buildAll(dir: string): BuildResult {
  const atlas = buildAtlas(dir);
  const files: Record<string, string> = { 'atlas.json': JSON.stringify(atlas) };
  for (const [name, fc] of Object.entries(buildLand())) files[name] = JSON.stringify(fc);
  return { files };
}

/** Writes every file into a temporary folder beside `outDir`, then moves them in place. */
export function writeOutputs(outDir: string, files: Record<string, string>): void {
  mkdirSync(outDir, { recursive: true });
  const tmp = mkdtempSync(join(outDir, '.tmp-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(tmp, name), text);
    for (const name of Object.keys(files)) renameSync(join(tmp, name), join(outDir, name));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export function sizeReport(files: Record<string, string>): string {
  const rows = Object.entries(files).map(([name, text]) => {
    const raw = Buffer.byteLength(text);
    const gz = gzipSync(text).length;
    return { name, raw, gz };
  });
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const total = rows.reduce((a, r) => ({ raw: a.raw + r.raw, gz: a.gz + r.gz }), { raw: 0, gz: 0 });
  return [
    ...rows.map((r) => `  ${r.name.padEnd(18)} ${kb(r.raw).padStart(10)}  ${kb(r.gz).padStart(10)} gzipped`),
    `  ${'total'.padEnd(18)} ${kb(total.raw).padStart(10)}  ${kb(total.gz).padStart(10)} gzipped`,
  ].join('\n');
}
