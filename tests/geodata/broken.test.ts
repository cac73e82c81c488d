// Broken geodata, one kind of mistake per case: each must fail the build with one line naming the
// file, the feature id and the field, and nothing else.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAtlas } from '../../scripts/data/build.ts';
import { DataError } from '../../scripts/data/errors.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- geodata JSON, edited in place by each case
type Json = Record<string, any>;

/** A copy of geodata/ with one file changed. */
function brokenCopy(file: string, change: (data: Json) => Json | string): string {
  const dir = mkdtempSync(join(tmpdir(), 'geodata-broken-'));
  dirs.push(dir);
  cpSync('geodata', dir, { recursive: true });
  const data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const changed = change(data);
  writeFileSync(join(dir, file), typeof changed === 'string' ? changed : JSON.stringify(changed));
  return dir;
}

function errorOf(dir: string): DataError {
  try {
    buildAtlas(dir);
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('the broken data was accepted');
}

const place = (data: Json, id: string) => data.features.find((f: Json) => f.id === id);
const event = (data: Json, id: string) => data.events.find((e: Json) => e.id === id);
const zone = (data: Json, id: string) => data.zones.find((z: Json) => z.id === id);

describe('broken geodata fails with file, id and field', () => {
  it('swapped longitude and latitude', () => {
    const dir = brokenCopy('places.geojson', (d) => {
      place(d, 'vladivostok').geometry.coordinates = [43.11, 131.87];
      return d;
    });
    const e = errorOf(dir);
    expect(e.message).toMatch(/^places\.geojson: vladivostok: geometry\.coordinates: .*swapped/);
  });

  it('a place out at sea', () => {
    const dir = brokenCopy('places.geojson', (d) => {
      place(d, 'hakodate').geometry.coordinates = [150, 40];
      return d;
    });
    expect(errorOf(dir).message).toMatch(/^places\.geojson: hakodate: geometry\.coordinates: \[150, 40\] is over 100 km from land$/);
  });

  it('an unknown place reference', () => {
    const dir = brokenCopy('events.json', (d) => {
      event(d, 'fishery-agreement').places = ['atlantis'];
      return d;
    });
    expect(errorOf(dir).message).toBe('events.json: fishery-agreement: places.0: unknown place "atlantis"');
  });

  it('an end before the start', () => {
    const dir = brokenCopy('zones.json', (d) => {
      zone(d, 'karafuto').end = '1900';
      return d;
    });
    expect(errorOf(dir).message).toMatch(/^zones\.json: karafuto: end: ends before it starts/);
  });

  it('a missing citation', () => {
    const dir = brokenCopy('events.json', (d) => {
      event(d, 'basic-convention-signed').citations = [];
      return d;
    });
    expect(errorOf(dir).message).toBe('events.json: basic-convention-signed: citations: needs at least one citation');
  });

  it('citations that never cite the article', () => {
    const dir = brokenCopy('events.json', (d) => {
      event(d, 'basic-convention-signed').citations = [{ source: 'facts' }];
      return d;
    });
    expect(errorOf(dir).message).toMatch(/^events\.json: basic-convention-signed: citations: needs a citation of the article/);
  });

  it('a footnote the cited paragraph does not carry', () => {
    const dir = brokenCopy('events.json', (d) => {
      event(d, 'fishery-agreement').citations = [{ source: 'ismailov', paragraph: 22, footnote: 9 }];
      return d;
    });
    expect(errorOf(dir).message).toBe('events.json: fishery-agreement: citations.0.footnote: footnote 9 is not in paragraph 22');
  });

  it('an invalid EDTF date', () => {
    const dir = brokenCopy('events.json', (d) => {
      event(d, 'fishery-agreement').when = '1923-13-45';
      return d;
    });
    expect(errorOf(dir).message).toMatch(/^events\.json: fishery-agreement: when: not an EDTF date: "1923-13-45"/);
  });

  it('a day that does not exist', () => {
    const dir = brokenCopy('zones.json', (d) => {
      zone(d, 'korea').start = '1905-02-29';
      return d;
    });
    expect(errorOf(dir).message).toMatch(/^zones\.json: korea: start: no such day: "1905-02-29"/);
  });

  it('a self-intersecting polygon', () => {
    const dir = brokenCopy('zones.json', (d) => {
      zone(d, 'kwantung-japanese').shape.clip = [[121, 38.5], [122.6, 39.5], [122.6, 38.5], [121, 39.5], [121, 38.5]];
      return d;
    });
    expect(errorOf(dir).message).toBe('zones.json: kwantung-japanese: shape.clip: the polygon intersects itself');
  });

  it('a clockwise ring', () => {
    const dir = brokenCopy('zones.json', (d) => {
      zone(d, 'kwantung-japanese').shape.clip.reverse();
      return d;
    });
    expect(errorOf(dir).message).toBe('zones.json: kwantung-japanese: shape.clip: the outer ring must be counter-clockwise (RFC 7946)');
  });

  it('a duplicate id', () => {
    const dir = brokenCopy('places.geojson', (d) => {
      d.features.push({ ...place(d, 'tokyo'), id: 'vladivostok' });
      return d;
    });
    expect(errorOf(dir).message).toMatch(/^places\.geojson: vladivostok: id: duplicate id/);
  });

  it('an id shared across files', () => {
    const dir = brokenCopy('events.json', (d) => {
      event(d, 'fishery-agreement').id = 'karafuto';
      return d;
    });
    expect(errorOf(dir).message).toMatch(/^(events|zones)\.json: karafuto: id: duplicate id/);
  });

  it('malformed JSON', () => {
    const dir = brokenCopy('events.json', () => '{ "events": [ { "id": "x", }');
    expect(errorOf(dir).message).toMatch(/^events\.json: -: -: malformed JSON/);
  });

  it('a place without an English name', () => {
    const dir = brokenCopy('places.geojson', (d) => {
      place(d, 'gensan').properties.names.en = ' ';
      return d;
    });
    expect(errorOf(dir).message).toBe('places.geojson: gensan: properties.names.en: every place needs an English name');
  });
});

describe('a broken story fails like the rest', () => {
  const step = (data: Json, i: number) => data.steps[i];

  it('a date that is not a day', () => {
    const dir = brokenCopy('story.json', (d) => {
      step(d, 3).date = '1920-03';
      return d;
    });
    expect(errorOf(dir).message).toMatch(/^story\.json: step-[a-z-]+: date: a story step goes to one day: YYYY-MM-DD$/);
  });

  it('a day that does not exist', () => {
    const dir = brokenCopy('story.json', (d) => {
      step(d, 3).date = '1921-02-29';
      return d;
    });
    expect(errorOf(dir).message).toMatch(/^story\.json: step-[a-z-]+: date: no such day: "1921-02-29"$/);
  });

  it('an unknown place, zone or event', () => {
    const dir = brokenCopy('story.json', (d) => {
      step(d, 0).zones = ['atlantis'];
      return d;
    });
    expect(errorOf(dir).message).toMatch(/^story\.json: step-[a-z-]+: zones\.0: unknown zone "atlantis"$/);
  });

  it('a camera whose box leaves out a place the step names', () => {
    const dir = brokenCopy('story.json', (d) => {
      const s = step(d, 3);
      s.places = [...s.places, 'geneva'];
      return d;
    });
    expect(errorOf(dir).message).toMatch(/^story\.json: step-[a-z-]+: camera\.bounds: places\.\d+ "geneva" \(6\.15, 46\.2\) lies outside the box the step frames$/);
  });

  it('a step without a citation of the article', () => {
    const dir = brokenCopy('story.json', (d) => {
      step(d, 5).citations = [{ source: 'facts' }];
      return d;
    });
    expect(errorOf(dir).message).toMatch(/^story\.json: step-[a-z-]+: citations: needs a citation of the article/);
  });

  it('steps out of date order', () => {
    const dir = brokenCopy('story.json', (d) => {
      [d.steps[1], d.steps[2]] = [d.steps[2], d.steps[1]];
      return d;
    });
    expect(errorOf(dir).message).toMatch(/^story\.json: step-[a-z-]+: date: steps must be in date order/);
  });
});

describe('npm run data with broken geodata', () => {
  it('exits non-zero with the one-line message and writes nothing', () => {
    const dir = brokenCopy('events.json', (d) => {
      event(d, 'fishery-agreement').places = ['atlantis'];
      return d;
    });
    const out = mkdtempSync(join(tmpdir(), 'atlas-out-'));
    dirs.push(out);
    writeFileSync(join(out, 'atlas.json'), 'previous output');
    const run = spawnSync('npx', ['tsx', 'scripts/build-data.ts', dir, out], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe('geodata error: events.json: fishery-agreement: places.0: unknown place "atlantis"');
    expect(readdirSync(out)).toEqual(['atlas.json']);
    expect(readFileSync(join(out, 'atlas.json'), 'utf8')).toBe('previous output');
  });
});
