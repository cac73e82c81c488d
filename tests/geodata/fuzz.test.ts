// Random mutations of the real geodata, by fast-check (seeded, so a failure replays; shrinking, so it
// replays as the smallest mutation that fails): the validator either accepts the result or rejects
// it with its one-line message (file: id: field: reason). It never throws anything else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { buildAtlas } from '../../scripts/data/build.ts';
import { DataError } from '../../scripts/data/errors.ts';

// How far a place lies from land is the slowest check of a build by far (a second for every place
// against the whole 10m land), and the same for every build of the same coordinates. It is pure, so
// it is remembered here, with the same results: the runs then spend their time on the validator.
vi.mock('../../scripts/data/check.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../scripts/data/check.ts')>();
  const known = new WeakMap<object, Map<string, number>>();
  const kmFromLand: typeof original.kmFromLand = (point, land) => {
    const byPoint = known.get(land) ?? new Map<string, number>();
    known.set(land, byPoint);
    const key = point.join(',');
    if (!byPoint.has(key)) byPoint.set(key, original.kmFromLand(point, land));
    return byPoint.get(key)!;
  };
  return { ...original, kmFromLand };
});

const originals: Record<string, unknown> = Object.fromEntries(
  readdirSync('geodata')
    .filter((f) => /\.(json|geojson)$/.test(f))
    .map((f) => [f, JSON.parse(readFileSync(join('geodata', f), 'utf8'))]),
);
const FILES = Object.keys(originals).sort();

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

const last = (p: Path) => String(p[p.length - 1]);
const DATES = ['1923-13-01', '1900-02-29', '19230', '1923-21', '[1920,1921]', '', 'yesterday', '1925/1920', '..', '1923-05-21T10:00', '0000'];

/**
 * The kinds of mistake, each a choice among the paths where it can happen (`at`, taken modulo their
 * number) and among the values it can put there (`choice`). Small numbers shrink to the first path
 * and the first value.
 */
const MUTATIONS: { name: string; where: (doc: Json, p: Path) => boolean; value: (doc: Json, p: Path, choice: number) => Json | undefined }[] = [
  { name: 'drop a field or an item', where: (_, p) => p.length > 1, value: () => undefined },
  {
    name: "swap a value's type",
    where: (_, p) => p.length > 1,
    value: (doc, p) => {
      const v = get(doc, p);
      return typeof v === 'string' ? 42 : typeof v === 'number' ? String(v) : Array.isArray(v) ? {} : v && typeof v === 'object' ? [] : 'x';
    },
  },
  {
    name: 'shuffle or corrupt coordinates',
    where: (doc, p) => Array.isArray(get(doc, p)) && (get(doc, p) as Json[]).length === 2 && typeof (get(doc, p) as Json[])[0] === 'number',
    value: (doc, p, choice) => {
      const [a, b] = get(doc, p) as number[];
      const choices: Json[] = [[b, a], [a! * 10, b], [a, -b! * 3], [NaN, b], [a], [a, b, 0]];
      return choices[choice % choices.length];
    },
  },
  { name: 'break a date', where: (_, p) => ['start', 'end', 'when', 'date'].includes(last(p)), value: (_, __, choice) => DATES[choice % DATES.length] },
  {
    name: 'point a reference at nothing',
    where: (doc, p) => ['places', 'zones', 'events', 'lines', 'route'].includes(String(p[p.length - 2])) && typeof get(doc, p) === 'string',
    value: (_, __, choice) => (choice % 2 ? 'Not An Id' : 'no-such-thing'),
  },
  { name: 'an id that is already taken', where: (_, p) => last(p) === 'id', value: (_, __, choice) => (choice % 2 ? 'karafuto' : 'vladivostok') },
];

const mutation = fc.record({ kind: fc.nat({ max: MUTATIONS.length - 1 }), at: fc.nat(), choice: fc.nat({ max: 20 }) });
const mutated = fc.record({ file: fc.nat({ max: FILES.length - 1 }), mutations: fc.array(mutation, { minLength: 1, maxLength: 3 }) });

describe('random mutations of the geodata', () => {
  it('are each accepted or rejected with one clear line, never a crash', () => {
    const outcomes = { accepted: 0, rejected: 0 };
    fc.assert(
      fc.property(mutated, ({ file: f, mutations }) => {
        const files = structuredClone(originals);
        const file = FILES[f]!;
        for (const { kind, at, choice } of mutations) {
          const m = MUTATIONS[kind]!;
          const doc = files[file];
          const where = paths(doc).filter((p) => m.where(doc, p));
          const p = where[at % Math.max(1, where.length)];
          if (p) set(doc, p, m.value(doc, p, choice));
        }
        try {
          buildAtlas((name) => {
            if (!(name in files)) throw new DataError(name, '-', '-', 'file is missing or unreadable');
            return structuredClone(files[name]);
          });
          outcomes.accepted++;
        } catch (e) {
          expect(e, `${file} threw ${String(e)}`).toBeInstanceOf(DataError);
          const message = (e as DataError).message;
          expect(message).not.toContain('\n');
          expect(message).toMatch(/^[a-z]+\.(json|geojson): [^:]+: [^:]*: .+$/);
          outcomes.rejected++;
        }
      }),
      { seed: 1925, numRuns: 200 },
    );
    // The mutations do break things: most are caught.
    expect(outcomes.rejected).toBeGreaterThan(120);
  }, 120_000);
});
