import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFromParts } from '../../src/lib/time/days.ts';
import { formatDay } from '../../src/lib/time/format.ts';
import { WHOLE_PERIOD } from '../../src/lib/time/period.ts';
import { clampToRange, inRange, parseUserDate } from '../../src/lib/time/parse.ts';

describe('parseUserDate', () => {
  it('reads a year as its first day, with year precision', () => {
    expect(parseUserDate('1923')).toEqual({ ok: true, day: dayFromParts(1923, 1, 1), precision: 'year' });
  });

  it('reads a month as its first day, with month precision', () => {
    expect(parseUserDate('1923-05')).toEqual({ ok: true, day: dayFromParts(1923, 5, 1), precision: 'month' });
    expect(parseUserDate('1923-12')).toEqual({ ok: true, day: dayFromParts(1923, 12, 1), precision: 'month' });
  });

  it('reads a day, with day precision', () => {
    expect(parseUserDate('1923-05-21')).toEqual({ ok: true, day: dayFromParts(1923, 5, 21), precision: 'day' });
    expect(parseUserDate('1904-02-29')).toEqual({ ok: true, day: dayFromParts(1904, 2, 29), precision: 'day' });
    expect(parseUserDate('1855-02-07')).toEqual({ ok: true, day: dayFromParts(1855, 2, 7), precision: 'day' });
  });

  it('ignores surrounding whitespace', () => {
    expect(parseUserDate('  1923-05-21 ')).toEqual({ ok: true, day: dayFromParts(1923, 5, 21), precision: 'day' });
    expect(parseUserDate('\t1923\n')).toEqual({ ok: true, day: dayFromParts(1923, 1, 1), precision: 'year' });
    expect(parseUserDate('\u00a01923-05\u00a0')).toEqual({ ok: true, day: dayFromParts(1923, 5, 1), precision: 'month' });
  });

  it('explains what to type when the shape is wrong', () => {
    const shape = 'Use YYYY, YYYY-MM or YYYY-MM-DD';
    for (const text of [
      'abc',
      '23',
      '923',
      '99999',
      '1923/05',
      '1923-5',
      '1923-5-1',
      '1923-05-1',
      '21.05.1923',
      '1923 05 21',
      '1923-05-21T00:00',
      '1923-',
      '-1923',
      '+1923',
      '1923-05-21-01',
      '19 23',
    ]) {
      expect(parseUserDate(text), text).toEqual({ ok: false, error: shape });
    }
  });

  it('asks for a date when the field is empty', () => {
    expect(parseUserDate('')).toEqual({ ok: false, error: 'Enter a date: YYYY, YYYY-MM or YYYY-MM-DD' });
    expect(parseUserDate('   ')).toEqual({ ok: false, error: 'Enter a date: YYYY, YYYY-MM or YYYY-MM-DD' });
  });

  it('names the month or day that does not exist', () => {
    expect(parseUserDate('1923-13')).toEqual({ ok: false, error: 'No such month: 1923-13' });
    expect(parseUserDate('1923-00')).toEqual({ ok: false, error: 'No such month: 1923-00' });
    expect(parseUserDate('1923-13-01')).toEqual({ ok: false, error: 'No such month: 1923-13' });
    expect(parseUserDate('1923-02-30')).toEqual({ ok: false, error: 'No such day: 1923-02-30' });
    expect(parseUserDate('1900-02-29')).toEqual({ ok: false, error: 'No such day: 1900-02-29' });
    expect(parseUserDate('1923-04-31')).toEqual({ ok: false, error: 'No such day: 1923-04-31' });
    expect(parseUserDate('1923-05-00')).toEqual({ ok: false, error: 'No such day: 1923-05-00' });
    expect(parseUserDate(' 1923-02-30 ')).toEqual({ ok: false, error: 'No such day: 1923-02-30' });
    expect(parseUserDate('0000-00-00')).toEqual({ ok: false, error: 'No such year: 0000' });
    expect(parseUserDate('0000')).toEqual({ ok: false, error: 'No such year: 0000' });
  });

  it('reads the date as the field shows it: "21 May 1923", "May 1923", "1 Feb 1923"', () => {
    expect(parseUserDate('21 May 1923')).toEqual({ ok: true, day: dayFromParts(1923, 5, 21), precision: 'day' });
    expect(parseUserDate('may 1923')).toEqual({ ok: true, day: dayFromParts(1923, 5, 1), precision: 'month' });
    expect(parseUserDate(' 1 Feb 1923 ')).toEqual({ ok: true, day: dayFromParts(1923, 2, 1), precision: 'day' });
    expect(parseUserDate('30 February 1923')).toEqual({ ok: false, error: 'No such day: 1923-02-30' });
    expect(parseUserDate('21 Mayo 1923')).toEqual({ ok: false, error: 'Use YYYY, YYYY-MM or YYYY-MM-DD' });
    expect(parseUserDate('21 Ma 1923')).toEqual({ ok: false, error: 'Use YYYY, YYYY-MM or YYYY-MM-DD' });
  });

  it('reads back every day of the period as the dock writes it', () => {
    fc.assert(
      fc.property(fc.integer({ min: WHOLE_PERIOD.min, max: WHOLE_PERIOD.max }), (day) => {
        expect(parseUserDate(formatDay(day))).toEqual({ ok: true, day, precision: 'day' });
      }),
      { seed: 19, numRuns: 500 },
    );
  });

  it('never throws, even on what TypeScript would not allow', () => {
    for (const value of [null, undefined, 1923, {}, []]) {
      const result = parseUserDate(value as unknown as string);
      expect(result.ok).toBe(false);
    }
  });
});

describe('range helpers', () => {
  const min = dayFromParts(1855, 1, 1);
  const max = dayFromParts(1956, 12, 31);

  it('inRange includes both bounds', () => {
    expect(inRange(min, min, max)).toBe(true);
    expect(inRange(max, min, max)).toBe(true);
    expect(inRange(dayFromParts(1923, 5, 21), min, max)).toBe(true);
    expect(inRange(min - 1, min, max)).toBe(false);
    expect(inRange(max + 1, min, max)).toBe(false);
  });

  it('clampToRange moves a day to the nearest bound', () => {
    expect(clampToRange(dayFromParts(1923, 5, 21), min, max)).toBe(dayFromParts(1923, 5, 21));
    expect(clampToRange(dayFromParts(1800, 1, 1), min, max)).toBe(min);
    expect(clampToRange(dayFromParts(2000, 1, 1), min, max)).toBe(max);
    expect(clampToRange(min, min, max)).toBe(min);
    expect(clampToRange(max, min, max)).toBe(max);
  });
});
