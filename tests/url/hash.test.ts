import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_LAT,
  MAX_ZOOM,
  MIN_ZOOM,
  parseHash,
  parseDatePart,
  parseMapPart,
  readParts,
  writeHash,
  writeMapPart,
  writeParts,
  wrapLon,
  type UrlState,
} from '../../src/lib/url/hash.ts';
import { dayFromParts } from '../../src/lib/time/days.ts';
import { WHOLE_PERIOD } from '../../src/lib/time/period.ts';
import { GARBAGE } from '../fixtures/garbage-hashes.ts';

/** fast-check runs seeded, so a failure is replayed exactly; it shrinks to the smallest case. */
const SEEDED = { seed: 1925, numRuns: 300 };

describe('map part', () => {
  it('round-trips a view with OpenStreetMap precision', () => {
    const view = { zoom: 5.25, lat: 50.2, lon: 141.3 };
    const written = writeMapPart(view);
    expect(written).toBe('5.25/50.2000/141.3000');
    expect(parseMapPart(written)).toEqual(view);
  });

  it('rounds zoom to 2 decimals and lat/lon to 4', () => {
    expect(writeMapPart({ zoom: 3.78912, lat: 46.123456, lon: 135.987654 })).toBe('3.79/46.1235/135.9877');
    expect(writeMapPart({ zoom: 4, lat: 0, lon: 0 })).toBe('4/0.0000/0.0000');
  });

  it('reads what it writes, for any view in range, to its written precision', () => {
    const view = fc.record({
      zoom: fc.double({ min: MIN_ZOOM, max: MAX_ZOOM, noNaN: true }),
      lat: fc.double({ min: -MAX_LAT, max: MAX_LAT, noNaN: true }),
      lon: fc.double({ min: -180, max: 179.99994, noNaN: true }),
    });
    fc.assert(
      fc.property(view, (v) => {
        const back = parseMapPart(writeMapPart(v))!;
        expect(Math.abs(back.zoom - v.zoom)).toBeLessThanOrEqual(0.005 + 1e-9);
        expect(Math.abs(back.lat - v.lat)).toBeLessThanOrEqual(0.00005 + 1e-9);
        expect(Math.abs(back.lon - v.lon)).toBeLessThanOrEqual(0.00005 + 1e-9);
      }),
      SEEDED,
    );
  });

  it('clamps zoom and latitude, wraps longitude', () => {
    expect(parseMapPart('99/50/140')).toEqual({ zoom: MAX_ZOOM, lat: 50, lon: 140 });
    expect(parseMapPart('-3/50/140')).toEqual({ zoom: MIN_ZOOM, lat: 50, lon: 140 });
    expect(parseMapPart('5/91/140')?.lat).toBe(MAX_LAT);
    expect(parseMapPart('5/-1000/140')?.lat).toBe(-MAX_LAT);
    expect(parseMapPart('5/50/190')?.lon).toBeCloseTo(-170, 9);
    expect(parseMapPart('5/50/-540')?.lon).toBeCloseTo(180 - 360, 9);
    expect(wrapLon(180)).toBe(-180);
    expect(wrapLon(0)).toBe(0);
  });

  it('rejects parts that are not three plain numbers', () => {
    for (const bad of ['', '5/50', '5/50/140/1', 'a/b/c', '5/NaN/140', '5/Infinity/140', '5/50/1e3', '5/ 50/140', '0x10/50/140', '5//140']) {
      expect(parseMapPart(bad), bad).toBeNull();
    }
    expect(parseMapPart(undefined)).toBeNull();
  });
});

describe('named parts', () => {
  it('reads each part on its own', () => {
    const parts = readParts('#map=5/50/140&date=1923-05-21&place=vladivostok');
    expect([...parts]).toEqual([
      ['map', '5/50/140'],
      ['date', '1923-05-21'],
      ['place', 'vladivostok'],
    ]);
  });

  it('skips pieces without a name or with broken escapes, keeps the rest', () => {
    const parts = readParts('#=x&junk&map=5/50/140&bad=%E0%A4%A&place=a%20b');
    expect(parts.get('map')).toBe('5/50/140');
    expect(parts.has('bad')).toBe(false);
    expect(parts.get('place')).toBe('a b');
    expect(parts.size).toBe(2);
  });

  it('keeps the first of repeated names', () => {
    expect(readParts('map=1/2/3&map=4/5/6').get('map')).toBe('1/2/3');
  });

  it('ignores absurdly long hashes', () => {
    expect(readParts('#map=5/50/140&x=' + 'a'.repeat(5000)).size).toBe(0);
  });

  it('writes parts in order, escaping what would break the hash', () => {
    expect(
      writeParts([
        ['map', '5/50/140'],
        ['date', null],
        ['place', 'a&b=c'],
      ]),
    ).toBe('#map=5/50/140&place=a%26b%3Dc');
    expect(writeParts([['map', null]])).toBe('');
  });
});

/** A hash that says nothing: every part absent. */
const NONE: UrlState = { view: null, date: null, selected: null, step: null, compare: null, lang: null, labels: null, reading: null };

/** The date part of one day. */
const one = (y: number, m: number, d: number) => ({ day: dayFromParts(y, m, d), until: null });

describe('whole hash', () => {
  it('drops a bad map part without failing', () => {
    expect(parseHash('#map=banana/%%%/NaN&<b>x</b>')).toEqual(NONE);
    expect(parseHash('')).toEqual(NONE);
  });

  it('round-trips', () => {
    const state = {
      view: { zoom: 6.5, lat: 50.2, lon: 141.3 },
      date: one(1923, 5, 21),
      selected: { kind: 'place' as const, id: 'vladivostok' },
      step: 3,
      compare: dayFromParts(1910, 9, 1),
      lang: 'ja' as const,
      labels: 'then' as const,
      reading: 'law' as const,
    };
    expect(parseHash(writeHash(state))).toEqual(state);
  });
});

describe('date part', () => {
  it('reads YYYY, YYYY-MM and YYYY-MM-DD as the first day of the span', () => {
    expect(parseDatePart('1923-05-21')).toBe(dayFromParts(1923, 5, 21));
    expect(parseDatePart('1923-05')).toBe(dayFromParts(1923, 5, 1));
    expect(parseDatePart('1923')).toBe(dayFromParts(1923, 1, 1));
  });

  it('drops dates that do not exist or lie outside 1855-1956', () => {
    for (const bad of ['0000-00-00', '99999', '1923-02-30', '1854-12-31', '1957-01-01', 'tomorrow', '', '1923-5-1']) {
      expect(parseDatePart(bad), bad).toBeNull();
    }
    expect(parseDatePart('1855-01-01')).toBe(dayFromParts(1855, 1, 1));
    expect(parseDatePart('1956-12-31')).toBe(dayFromParts(1956, 12, 31));
  });

  it('keeps a good map part when the date part is bad, and the other way round', () => {
    expect(parseHash('#map=5/50/140&date=1923-13-01')).toEqual({ ...NONE, view: { zoom: 5, lat: 50, lon: 140 } });
    expect(parseHash('#map=x&date=1923-05-21')).toEqual({ ...NONE, date: one(1923, 5, 21) });
  });

  it('writes the date as YYYY-MM-DD after the map', () => {
    expect(writeHash({ ...NONE, view: { zoom: 4, lat: 46, lon: 135 }, date: one(1923, 5, 21) })).toBe('#map=4/46.0000/135.0000&date=1923-05-21');
    expect(writeHash({ ...NONE, date: one(1855, 2, 7) })).toBe('#date=1855-02-07');
  });
});

describe('a span in the date part', () => {
  it('reads an EDTF interval, its end the last day of what it names', () => {
    expect(parseHash('#date=1918-08-02/1922-10-25').date).toEqual({ day: dayFromParts(1918, 8, 2), until: dayFromParts(1922, 10, 25) });
    expect(parseHash('#date=1918/1922').date).toEqual({ day: dayFromParts(1918, 1, 1), until: dayFromParts(1922, 12, 31) });
    expect(parseHash('#date=1923-02/1923-02').date).toEqual({ day: dayFromParts(1923, 2, 1), until: dayFromParts(1923, 2, 28) });
    // A span of one day is that day.
    expect(parseHash('#date=1923-05-21/1923-05-21').date).toEqual(one(1923, 5, 21));
  });

  it('drops a span that runs backwards, is open, or has a bad end; the other parts stay', () => {
    for (const bad of ['1922-10-25/1918-08-02', '1918-08-02/..', '../1922', '1918-08-02/', '1918-08-02/1923-02-30', '1918/1922/1925', '1850/1860']) {
      const url = parseHash(`#map=5/50/140&date=${bad}`);
      expect(url.date, bad).toBeNull();
      expect(url.view, bad).toEqual({ zoom: 5, lat: 50, lon: 140 });
    }
  });

  it('writes a span as START/END with its slash unescaped', () => {
    expect(writeHash({ ...NONE, date: { day: dayFromParts(1918, 8, 2), until: dayFromParts(1922, 10, 25) } })).toBe('#date=1918-08-02/1922-10-25');
  });
});

describe('selection part', () => {
  it('reads place= or zone= ids, and ignores what is not an id', () => {
    expect(parseHash('#place=vladivostok').selected).toEqual({ kind: 'place', id: 'vladivostok' });
    expect(parseHash('#zone=karafuto').selected).toEqual({ kind: 'zone', id: 'karafuto' });
    for (const bad of ['<img src=x>', 'Vladivostok', '', 'a'.repeat(100), '../x', 'a--b']) {
      expect(parseHash(`#place=${encodeURIComponent(bad)}`).selected, bad).toBeNull();
    }
  });

  it('writes it last', () => {
    expect(writeHash({ ...NONE, date: one(1923, 5, 21), selected: { kind: 'zone', id: 'korea' } })).toBe('#date=1923-05-21&zone=korea');
  });
});

describe('story step and compare date', () => {
  it('reads step=N and compare=DATE on their own', () => {
    expect(parseHash('#step=5').step).toBe(5);
    expect(parseHash('#compare=1910-09-01').compare).toBe(dayFromParts(1910, 9, 1));
    for (const bad of ['0', '-1', '1.5', 'x', '100', '05']) expect(parseHash(`#step=${bad}`).step, bad).toBeNull();
    expect(parseHash('#compare=1800-01-01').compare).toBeNull();
  });

  it('reads view=law or view=fact, and writes it last', () => {
    expect(parseHash('#view=law').reading).toBe('law');
    expect(parseHash('#view=fact').reading).toBe('fact');
    for (const bad of ['', 'LAW', 'laws', 'de-jure']) expect(parseHash(`#view=${bad}`).reading, bad).toBeNull();
    expect(writeHash({ ...NONE, date: one(1923, 5, 21), reading: 'law' })).toBe('#date=1923-05-21&view=law');
  });

  it('writes them after the selection', () => {
    expect(writeHash({ ...NONE, date: one(1923, 5, 21), step: 9, compare: dayFromParts(1910, 9, 1) })).toBe('#date=1923-05-21&step=9&compare=1910-09-01');
  });
});

describe('any hash at all', () => {
  /** Hashes that look like ours: named parts with our names and others, values of every sort. */
  const name = fc.constantFrom('map', 'date', 'place', 'zone', 'step', 'compare', 'view', 'x', '', '日本');
  const value = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.constantFrom('5/50/140', '5.123/50.123456/-179.99999', '1923-05-21', '1923-05', 'vladivostok', '%E0%A4%A', '%%', '1e308/NaN/-0'),
  );
  const shaped = fc.array(fc.tuple(name, value), { maxLength: 8 }).map((parts) => '#' + parts.map(([n, v]) => `${n}=${v}`).join('&'));
  const anyHash = fc.oneof(fc.constantFrom(...GARBAGE.map((g) => `#${g}`)), shaped, fc.string({ unit: 'binary' }), fc.string({ maxLength: 3000 }));

  it('is read without throwing, into a view, a date and a selection the app can use, or nothing', () => {
    fc.assert(
      fc.property(anyHash, (hash) => {
        const url = parseHash(hash);
        if (url.view) {
          expect(url.view.zoom).toBeGreaterThanOrEqual(MIN_ZOOM);
          expect(url.view.zoom).toBeLessThanOrEqual(MAX_ZOOM);
          expect(Math.abs(url.view.lat)).toBeLessThanOrEqual(MAX_LAT);
          expect(url.view.lon).toBeGreaterThanOrEqual(-180);
          expect(url.view.lon).toBeLessThan(180);
        }
        if (url.date?.until != null) expect(url.date.until).toBeGreaterThan(url.date.day);
        for (const day of [url.date?.day ?? null, url.date?.until ?? null, url.compare]) {
          if (day !== null) expect(day >= WHOLE_PERIOD.min && day <= WHOLE_PERIOD.max, String(day)).toBe(true);
        }
        if (url.selected) expect(url.selected.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        if (url.step !== null) expect(url.step >= 1 && url.step <= 99).toBe(true);
        // What it read, once written, is a canonical hash: read and written again, it is the same.
        const written = writeHash(url);
        expect(writeHash(parseHash(written))).toBe(written);
      }),
      SEEDED,
    );
  });

  it('round-trips every state the app can be in', () => {
    const day = fc.integer({ min: WHOLE_PERIOD.min, max: WHOLE_PERIOD.max });
    const id = fc.stringMatching(/^[a-z0-9]{1,12}(-[a-z0-9]{1,12}){0,3}$/);
    const state = fc.record({
      view: fc.constant(null),
      date: fc.option(
        fc.oneof(
          day.map((d) => ({ day: d, until: null })),
          fc
            .tuple(day, day)
            .filter(([a, b]) => a !== b)
            .map(([a, b]) => ({ day: Math.min(a, b), until: Math.max(a, b) })),
        ),
      ),
      selected: fc.option(fc.record({ kind: fc.constantFrom('place' as const, 'zone' as const), id })),
      step: fc.option(fc.integer({ min: 1, max: 99 })),
      compare: fc.option(day),
      lang: fc.option(fc.constantFrom('en' as const, 'ru' as const, 'ja' as const)),
      labels: fc.option(fc.constantFrom('then' as const, 'reader' as const)),
      reading: fc.option(fc.constantFrom('law' as const, 'fact' as const)),
    });
    fc.assert(
      fc.property(state, (s) => {
        expect(parseHash(writeHash(s))).toEqual(s);
      }),
      SEEDED,
    );
  });
});
