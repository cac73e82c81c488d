// 200 seeded random mutations of valid geodata: the validator either accepts the result or
// rejects it with its one-line message (file: id: field: reason). It never throws anything else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../scripts/data/build.ts';
import { DataError } from '../../scripts/data/errors.ts';

const originals: Record<string, unknown> = Object.fromEntries(
  readdirSync('geodata')
    .filter((f) => /\.(json|geojson)$/.test(f))
    .map((f) => [f, JSON.parse(readFileSync(join('geodata', f), 'utf8'))]),
);

/** A small deterministic generator (Park–Miller), so a failure can be replayed from its seed. */
function random(seed: number) {
  let s = seed % 2147483647 || 1;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

type Json = unknown;
type Path = (string | number)[];

/** Every path to a value inside a JSON document. */
function paths(value: Json, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...at, k], out);
  return out;
}

function get(root: Json, path: Path): Json {
  return path.reduce<Json>((v, k) => (v as Record<string | number, Json>)?.[k], root);
}

function set(root: Json, path: Path, value: Json | undefined): void {
  const parent = get(root, path.slice(0, -1)) as Record<string | number, Json> | Json[];
  const key = path[path.length - 1]!;
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete (parent as Record<string, Json>)[key as string];
  } else (parent as Record<string | number, Json>)[key] = value;
}

const DATES = ['1923-13-01', '1900-02-29', '19230', '1923-21', '[1920,1921]', '', 'yesterday', '1925/1920', '..', '1923-05-21T10:00', '0000'];
const mutations: ((r: () => number, doc: Json) => void)[] = [
  // drop a field or an item
  (r, doc) => {
    const p = pick(r, paths(doc).filter((p) => p.length > 1));
    if (p) set(doc, p, undefined);
  },
  // swap a value's type
  (r, doc) => {
    const p = pick(r, paths(doc).filter((p) => p.length > 1));
    if (!p) return;
    const v = get(doc, p);
    set(doc, p, typeof v === 'string' ? 42 : typeof v === 'number' ? String(v) : Array.isArray(v) ? {} : v && typeof v === 'object' ? [] : 'x');
  },
  // shuffle or corrupt coordinates
  (r, doc) => {
    const p = pick(r, paths(doc).filter((p) => Array.isArray(get(doc, p)) && (get(doc, p) as Json[]).length === 2 && typeof (get(doc, p) as Json[])[0] === 'number'));
    if (!p) return;
    const [a, b] = get(doc, p) as number[];
    const choices: Json[] = [[b, a], [a! * 10, b], [a, -b! * 3], [NaN, b], [a], [a, b, 0]];
    set(doc, p, choices[Math.floor(r() * choices.length)]);
  },
  // break a date
  (r, doc) => {
    const p = pick(r, paths(doc).filter((p) => ['start', 'end', 'when', 'date'].includes(String(p[p.length - 1]))));
    if (p) set(doc, p, DATES[Math.floor(r() * DATES.length)]);
  },
  // point a reference at nothing
  (r, doc) => {
    const p = pick(r, paths(doc).filter((p) => ['places', 'zones', 'events', 'lines', 'route'].includes(String(p[p.length - 2])) && typeof get(doc, p) === 'string'));
    if (p) set(doc, p, r() < 0.5 ? 'no-such-thing' : 'Not An Id');
  },
  // an id that is already taken
  (r, doc) => {
    const p = pick(r, paths(doc).filter((p) => p[p.length - 1] === 'id'));
    if (p) set(doc, p, r() < 0.5 ? 'vladivostok' : 'karafuto');
  },
];

function pick<T>(r: () => number, list: T[]): T | undefined {
  return list.length ? list[Math.floor(r() * list.length)] : undefined;
}

describe('200 random mutations of the geodata', () => {
  it('are each accepted or rejected with one clear line, never a crash', () => {
    const outcomes = { accepted: 0, rejected: 0 };
    for (let seed = 1; seed <= 200; seed++) {
      const r = random(seed * 7919);
      const files = structuredClone(originals);
      const names = Object.keys(files);
      const file = names[Math.floor(r() * names.length)]!;
      for (let n = 1 + Math.floor(r() * 3); n > 0; n--) mutations[Math.floor(r() * mutations.length)]!(r, files[file]);
      try {
        buildAtlas((name) => {
          if (!(name in files)) throw new DataError(name, '-', '-', 'file is missing or unreadable');
          return structuredClone(files[name]);
        });
        outcomes.accepted++;
      } catch (e) {
        expect(e, `seed ${seed} (${file}) threw ${String(e)}`).toBeInstanceOf(DataError);
        const message = (e as DataError).message;
        expect(message, `seed ${seed}`).not.toContain('\n');
        expect(message, `seed ${seed}`).toMatch(/^[a-z]+\.(json|geojson): [^:]+: [^:]*: .+$/);
        outcomes.rejected++;
      }
    }
    // The mutations do break things: most are caught.
    expect(outcomes.rejected).toBeGreaterThan(120);
  }, 240_000);
});
