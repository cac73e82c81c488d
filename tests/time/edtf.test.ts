import { describe, expect, it } from 'vitest';
import { dayFromParts, inForce, type Day, type Validity } from '../../src/lib/time/days.ts';
import { EdtfError, edtfSpan, eventSpan, validity } from '../../src/lib/time/edtf.ts';

/** The day of a YYYY-MM-DD, failing the test on a typo rather than passing it along. */
function day(iso: string): Day {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`bad test date ${iso}`);
  return dayFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Runs fn, which must throw an EdtfError (no other type), and returns its message. */
function edtfErrorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(EdtfError);
    expect((e as Error).name).toBe('EdtfError');
    return (e as Error).message;
  }
  throw new Error('expected an EdtfError, nothing was thrown');
}

describe('edtfSpan: single dates', () => {
  it('spans a whole year, month or day by precision', () => {
    expect(edtfSpan('1923')).toEqual({
      min: day('1923-01-01'),
      max: day('1923-12-31'),
      uncertain: false,
      approximate: false,
      precision: 'year',
    });
    expect(edtfSpan('1923-05')).toEqual({
      min: day('1923-05-01'),
      max: day('1923-05-31'),
      uncertain: false,
      approximate: false,
      precision: 'month',
    });
    expect(edtfSpan('1923-05-21')).toEqual({
      min: day('1923-05-21'),
      max: day('1923-05-21'),
      uncertain: false,
      approximate: false,
      precision: 'day',
    });
  });

  it('ends months and years on their real last day', () => {
    expect(edtfSpan('1904-02').max).toBe(day('1904-02-29'));
    expect(edtfSpan('1900-02').max).toBe(day('1900-02-28'));
    expect(edtfSpan('1923-04').max).toBe(day('1923-04-30'));
    expect(edtfSpan('1904').max - edtfSpan('1904').min).toBe(365); // 366 days, max inclusive
    expect(edtfSpan('1923').max - edtfSpan('1923').min).toBe(364);
  });

  it('reads the qualifiers', () => {
    expect(edtfSpan('1923-03~')).toMatchObject({ min: day('1923-03-01'), max: day('1923-03-31'), uncertain: false, approximate: true, precision: 'month' });
    expect(edtfSpan('1920-04-21?')).toMatchObject({ min: day('1920-04-21'), max: day('1920-04-21'), uncertain: true, approximate: false, precision: 'day' });
    expect(edtfSpan('1920-04-21%')).toMatchObject({ uncertain: true, approximate: true });
    expect(edtfSpan('1923?')).toMatchObject({ uncertain: true, approximate: false, precision: 'year' });
    // Partial qualification (EDTF level 2) qualifies the date as a whole here.
    expect(edtfSpan('?1923-05')).toMatchObject({ min: day('1923-05-01'), uncertain: true, approximate: false });
    expect(edtfSpan('1923-05~-21')).toMatchObject({ min: day('1923-05-21'), uncertain: false, approximate: true });
  });
});

describe('edtfSpan: an interval is one disputed day', () => {
  it('runs from the start of the first endpoint to the end of the last, uncertain', () => {
    expect(edtfSpan('1920-04-21/1920-07-03')).toEqual({
      min: day('1920-04-21'),
      max: day('1920-07-03'),
      uncertain: true,
      approximate: false,
      precision: 'day',
    });
    expect(edtfSpan('1923/1925')).toEqual({
      min: day('1923-01-01'),
      max: day('1925-12-31'),
      uncertain: true,
      approximate: false,
      precision: 'year',
    });
  });

  it('takes the finer precision and an approximate endpoint', () => {
    expect(edtfSpan('1923-05/1923-07-10')).toMatchObject({ min: day('1923-05-01'), max: day('1923-07-10'), precision: 'day' });
    expect(edtfSpan('1923/1923-07')).toMatchObject({ min: day('1923-01-01'), max: day('1923-07-31'), precision: 'month' });
    expect(edtfSpan('1923-03~/1923-05')).toMatchObject({ approximate: true, uncertain: true, max: day('1923-05-31') });
  });

  it('allows an interval of one day', () => {
    expect(edtfSpan('1923-05-21/1923-05-21')).toMatchObject({ min: day('1923-05-21'), max: day('1923-05-21') });
  });

  it('refuses open intervals, which name no single day', () => {
    expect(edtfErrorOf(() => edtfSpan('1923-03~/..'))).toBe('an open interval is not a single date: "1923-03~/.."');
    expect(edtfErrorOf(() => edtfSpan('../1923'))).toBe('an open interval is not a single date: "../1923"');
    expect(edtfErrorOf(() => edtfSpan('../..'))).toMatch(/open interval/);
  });
});

describe('edtfSpan: what the atlas refuses', () => {
  it('says which day does not exist (the edtf package would roll it over)', () => {
    expect(edtfErrorOf(() => edtfSpan('1900-02-29'))).toBe('no such day: "1900-02-29"');
    expect(edtfErrorOf(() => edtfSpan('1923-02-29'))).toBe('no such day: "1923-02-29"');
    expect(edtfErrorOf(() => edtfSpan('1923-02-29?'))).toBe('no such day: "1923-02-29?"');
    expect(edtfErrorOf(() => edtfSpan('1923/1925-02-29'))).toBe('no such day: "1925-02-29"');
    expect(edtfSpan('1904-02-29').min).toBe(dayFromParts(1904, 2, 29));
    expect(edtfSpan('2000-02-29').min).toBe(dayFromParts(2000, 2, 29));
  });

  it('refuses seasons and sets with a clear reason', () => {
    expect(edtfErrorOf(() => edtfSpan('1922-23'))).toMatch(/^seasons are not supported.*"1922-23"$/);
    expect(edtfErrorOf(() => edtfSpan('1923-21'))).toMatch(/^seasons are not supported/);
    expect(edtfErrorOf(() => edtfSpan('1923-33'))).toMatch(/^seasons are not supported/);
    expect(edtfErrorOf(() => edtfSpan('[1922,1923]'))).toMatch(/^sets and lists are not supported.*"\[1922,1923\]"$/);
    expect(edtfErrorOf(() => edtfSpan('[..1923]'))).toMatch(/^sets and lists are not supported/);
    expect(edtfErrorOf(() => edtfSpan('{1922,1923}'))).toMatch(/^sets and lists are not supported/);
  });

  it('refuses what is not EDTF at all', () => {
    expect(edtfErrorOf(() => edtfSpan('1923-13'))).toBe('not an EDTF date: "1923-13"');
    for (const value of ['', 'abc', '99999', ' 1923', '1923 ', '1923-5-21', '1923/05/21', '21 May 1923', '1923-02-30', '..', '1920-04-21/../1923']) {
      expect(
        edtfErrorOf(() => edtfSpan(value)),
        value,
      ).toBe(`not an EDTF date: ${JSON.stringify(value)}`);
    }
    for (const value of [null, undefined, 1923, {}]) {
      expect(edtfErrorOf(() => edtfSpan(value as unknown as string))).toMatch(/^not an EDTF date: /);
    }
  });

  it('refuses years outside 1000–2999', () => {
    for (const value of ['0999', '0000', '3000', '-1923', 'Y19230', '9123-05-21']) {
      expect(
        edtfErrorOf(() => edtfSpan(value)),
        value,
      ).toMatch(/year out of range 1000–2999|only YYYY/);
    }
    expect(edtfErrorOf(() => edtfSpan('0999'))).toBe('year out of range 1000–2999: "0999"');
    expect(edtfSpan('1000').min).toBe(day('1000-01-01'));
    expect(edtfSpan('2999-12-31').min).toBe(day('2999-12-31'));
  });

  it('refuses the EDTF the atlas does not draw: X digits, times, decades, significant digits', () => {
    expect(edtfErrorOf(() => edtfSpan('192X'))).toMatch(/^unspecified digits/);
    expect(edtfErrorOf(() => edtfSpan('1923-XX'))).toMatch(/^unspecified digits/);
    expect(edtfErrorOf(() => edtfSpan('1923-05-2X'))).toMatch(/^unspecified digits/);
    expect(edtfErrorOf(() => edtfSpan('1923-05-21T10:00:00Z'))).toMatch(/^times are not supported/);
    expect(edtfErrorOf(() => edtfSpan('1923-05-21T10:00'))).toMatch(/^times are not supported/);
    expect(edtfErrorOf(() => edtfSpan('192'))).toMatch(/^only YYYY, YYYY-MM and YYYY-MM-DD/);
    expect(edtfErrorOf(() => edtfSpan('19'))).toMatch(/^only YYYY, YYYY-MM and YYYY-MM-DD/);
    expect(edtfErrorOf(() => edtfSpan('1950S2'))).toMatch(/^only YYYY, YYYY-MM and YYYY-MM-DD/);
  });

  it('refuses intervals that end before they start or have an unknown end', () => {
    expect(edtfErrorOf(() => edtfSpan('1925/1923'))).toBe('interval ends before it starts: "1925/1923"');
    expect(edtfErrorOf(() => edtfSpan('1923-05/1923-04-30'))).toMatch(/^interval ends before it starts/);
    expect(edtfErrorOf(() => edtfSpan('1923-05-21/1923-05-20'))).toMatch(/^interval ends before it starts/);
    expect(edtfErrorOf(() => edtfSpan('1923/'))).toMatch(/^an unknown endpoint is not supported/);
    expect(edtfErrorOf(() => edtfSpan('/1923'))).toMatch(/^an unknown endpoint is not supported/);
  });
});

describe('eventSpan', () => {
  it('makes a date a half-open span of days', () => {
    expect(eventSpan('1923-05-21')).toEqual({ start: day('1923-05-21'), end: day('1923-05-22'), uncertain: false });
    expect(eventSpan('1923-05')).toEqual({ start: day('1923-05-01'), end: day('1923-06-01'), uncertain: false });
    expect(eventSpan('1923')).toEqual({ start: day('1923-01-01'), end: day('1924-01-01'), uncertain: false });
    expect(eventSpan('1923-12-31')).toEqual({ start: day('1923-12-31'), end: day('1924-01-01'), uncertain: false });
  });

  it('treats an interval as a duration, not as uncertain', () => {
    expect(eventSpan('1923-06-28/1923-07-24')).toEqual({ start: day('1923-06-28'), end: day('1923-07-25'), uncertain: false });
    expect(eventSpan('1923-06/1923-07-24')).toEqual({ start: day('1923-06-01'), end: day('1923-07-25'), uncertain: false });
  });

  it('is uncertain when an endpoint is qualified', () => {
    expect(eventSpan('1920-04-21?').uncertain).toBe(true);
    expect(eventSpan('1923-03~').uncertain).toBe(true);
    expect(eventSpan('1923-06-28/1923-07-24?').uncertain).toBe(true);
    expect(eventSpan('1923-06-28~/1923-07-24').uncertain).toBe(true);
  });

  it('allows an open end, not an open or unknown start', () => {
    expect(eventSpan('1923-03~/..')).toEqual({ start: day('1923-03-01'), end: null, uncertain: true });
    expect(eventSpan('1923-05-21/..')).toEqual({ start: day('1923-05-21'), end: null, uncertain: false });
    expect(edtfErrorOf(() => eventSpan('../1923'))).toBe('an event needs a start: "../1923"');
    expect(edtfErrorOf(() => eventSpan('1923/'))).toMatch(/^an unknown endpoint is not supported/);
    expect(edtfErrorOf(() => eventSpan('1922-23'))).toMatch(/^seasons are not supported/);
    expect(edtfErrorOf(() => eventSpan('1900-02-29'))).toBe('no such day: "1900-02-29"');
  });
});

describe('validity and inForce', () => {
  it('North Sakhalin: a disputed start, a plain end', () => {
    const v = validity('1920-04-21/1920-07-03', '1925-05-15');
    expect(v).toEqual({
      possibleStart: day('1920-04-21'),
      certainStart: day('1920-07-03'),
      certainEnd: day('1925-05-15'),
      possibleEnd: day('1925-05-15'),
    });
    expect(inForce(v, day('1920-04-20'))).toBe('no');
    expect(inForce(v, day('1920-04-21'))).toBe('uncertain');
    expect(inForce(v, day('1920-05-01'))).toBe('uncertain');
    expect(inForce(v, day('1920-07-02'))).toBe('uncertain');
    expect(inForce(v, day('1920-07-03'))).toBe('certain');
    expect(inForce(v, day('1921-06-01'))).toBe('certain');
    expect(inForce(v, day('1925-05-14'))).toBe('certain');
    expect(inForce(v, day('1925-05-15'))).toBe('no');
  });

  it('with no end, stays in force', () => {
    const v = validity('1923-03~');
    expect(v).toEqual({ possibleStart: day('1923-03-01'), certainStart: day('1923-03-31'), certainEnd: null, possibleEnd: null });
    expect(inForce(v, day('1923-02-28'))).toBe('no');
    expect(inForce(v, day('1923-03-01'))).toBe('uncertain');
    expect(inForce(v, day('1923-03-30'))).toBe('uncertain');
    expect(inForce(v, day('1923-03-31'))).toBe('certain');
    expect(inForce(v, day('1956-12-31'))).toBe('certain');
    expect(inForce(v, day('2999-12-31'))).toBe('certain');
  });

  it('a plain start day is in force, a plain end day is not', () => {
    const v = validity('1905-09-05', '1945-08-15');
    expect(v.possibleStart).toBe(v.certainStart);
    expect(v.possibleEnd).toBe(v.certainEnd);
    expect(inForce(v, day('1905-09-04'))).toBe('no');
    expect(inForce(v, day('1905-09-05'))).toBe('certain');
    expect(inForce(v, day('1945-08-14'))).toBe('certain');
    expect(inForce(v, day('1945-08-15'))).toBe('no');
  });

  it('month precision at both ends: the end month holds the first day not in force', () => {
    const v = validity('1918-09', '1920-02');
    expect(inForce(v, day('1918-08-31'))).toBe('no');
    expect(inForce(v, day('1918-09-01'))).toBe('uncertain');
    expect(inForce(v, day('1918-09-29'))).toBe('uncertain');
    expect(inForce(v, day('1918-09-30'))).toBe('certain');
    expect(inForce(v, day('1920-01-31'))).toBe('certain');
    expect(inForce(v, day('1920-02-01'))).toBe('uncertain');
    expect(inForce(v, day('1920-02-15'))).toBe('uncertain');
    expect(inForce(v, day('1920-02-28'))).toBe('uncertain');
    // 29 February 1920 is the latest day the end allows as its first day not in force, so no
    // reading of "1920-02" keeps the feature in force on it.
    expect(inForce(v, day('1920-02-29'))).toBe('no');
    expect(inForce(v, day('1920-03-01'))).toBe('no');
    expect(v).toEqual({
      possibleStart: day('1918-09-01'),
      certainStart: day('1918-09-30'),
      certainEnd: day('1920-02-01'),
      possibleEnd: day('1920-02-29'),
    });
  });

  it('a disputed end widens the possible span to its latest day', () => {
    const v = validity('1920', '1925-05-15/1925-05-20');
    expect(inForce(v, day('1925-05-14'))).toBe('certain');
    expect(inForce(v, day('1925-05-15'))).toBe('uncertain');
    expect(inForce(v, day('1925-05-19'))).toBe('uncertain');
    expect(inForce(v, day('1925-05-20'))).toBe('no');
  });

  it('throws when the end is before the start', () => {
    expect(edtfErrorOf(() => validity('1926', '1925-05-15'))).toBe('ends before it starts: 1925-05-15 < 1926-01-01');
    expect(edtfErrorOf(() => validity('1925-05-16', '1925-05-15'))).toBe('ends before it starts: 1925-05-15 < 1925-05-16');
    expect(edtfErrorOf(() => validity('1900-02-29', '1925'))).toBe('no such day: "1900-02-29"');
    expect(edtfErrorOf(() => validity('1920', '1925/..'))).toMatch(/open interval/);
  });

  it('allows a start equal to the end (never in force) and overlapping spans (never certain)', () => {
    const empty = validity('1923-05-21', '1923-05-21');
    expect(inForce(empty, day('1923-05-20'))).toBe('no');
    expect(inForce(empty, day('1923-05-21'))).toBe('no');

    const overlap = validity('1923', '1923-05');
    for (const iso of ['1923-01-01', '1923-03-15', '1923-05-30']) expect(inForce(overlap, day(iso)), iso).toBe('uncertain');
    expect(inForce(overlap, day('1923-05-31'))).toBe('no');
    expect(inForce(overlap, day('1922-12-31'))).toBe('no');
  });

  it('inForce is half-open on a hand-built validity', () => {
    const v: Validity = { possibleStart: 10, certainStart: 20, certainEnd: 30, possibleEnd: 40 };
    const states = [9, 10, 19, 20, 29, 30, 39, 40].map((d) => inForce(v, d));
    expect(states).toEqual(['no', 'uncertain', 'uncertain', 'certain', 'certain', 'uncertain', 'uncertain', 'no']);
    const open: Validity = { possibleStart: 10, certainStart: 10, certainEnd: null, possibleEnd: null };
    expect([9, 10, 1e6].map((d) => inForce(open, d))).toEqual(['no', 'certain', 'certain']);
  });
});
