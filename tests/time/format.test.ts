import { describe, expect, it } from 'vitest';
import { dayFromParts } from '../../src/lib/time/days.ts';
import { formatDay, formatSpan } from '../../src/lib/time/format.ts';

const d = (y: number, m: number, dd: number) => dayFromParts(y, m, dd);

describe('formatDay', () => {
  it('writes day, English month name and year, with no leading zero', () => {
    expect(formatDay(d(1923, 5, 21))).toBe('21 May 1923');
    expect(formatDay(d(1855, 2, 7))).toBe('7 February 1855');
    expect(formatDay(0)).toBe('1 January 1970');
    expect(formatDay(-1)).toBe('31 December 1969');
    expect(formatDay(d(1904, 2, 29))).toBe('29 February 1904');
    expect(formatDay(d(1956, 10, 19))).toBe('19 October 1956');
  });

  it('names every month', () => {
    const names = Array.from({ length: 12 }, (_, i) => formatDay(d(1925, i + 1, 1)));
    expect(names).toEqual([
      '1 January 1925',
      '1 February 1925',
      '1 March 1925',
      '1 April 1925',
      '1 May 1925',
      '1 June 1925',
      '1 July 1925',
      '1 August 1925',
      '1 September 1925',
      '1 October 1925',
      '1 November 1925',
      '1 December 1925',
    ]);
  });
});

describe('formatSpan', () => {
  it('writes a single unit as that unit', () => {
    expect(formatSpan(d(1923, 5, 21), d(1923, 5, 22), 'day')).toBe('21 May 1923');
    expect(formatSpan(d(1923, 5, 1), d(1923, 6, 1), 'month')).toBe('May 1923');
    expect(formatSpan(d(1923, 1, 1), d(1924, 1, 1), 'year')).toBe('1923');
  });

  it('writes shared parts once, the end being exclusive', () => {
    expect(formatSpan(d(1923, 5, 21), d(1923, 5, 25), 'day')).toBe('21–24 May 1923');
    expect(formatSpan(d(1923, 6, 28), d(1923, 7, 25), 'day')).toBe('28 June – 24 July 1923');
    expect(formatSpan(d(1923, 12, 28), d(1924, 1, 4), 'day')).toBe('28 December 1923 – 3 January 1924');
    expect(formatSpan(d(1923, 5, 1), d(1923, 8, 1), 'month')).toBe('May–July 1923');
    expect(formatSpan(d(1922, 12, 1), d(1923, 3, 1), 'month')).toBe('December 1922 – February 1923');
    expect(formatSpan(d(1923, 1, 1), d(1926, 1, 1), 'year')).toBe('1923–1925');
  });

  it('refuses an empty span', () => {
    expect(() => formatSpan(d(1923, 5, 21), d(1923, 5, 21), 'day')).toThrow(RangeError);
    expect(() => formatSpan(d(1923, 5, 21), d(1923, 5, 20), 'day')).toThrow(RangeError);
  });
});

describe('in Russian and Japanese', () => {
  it('writes a day as each language does', () => {
    expect(formatDay(d(1923, 5, 21), 'ru')).toBe('21 мая 1923 г.');
    expect(formatDay(d(1923, 5, 21), 'ja')).toBe('1923年5月21日');
    expect(formatDay(d(1855, 2, 7), 'ru')).toBe('7 февраля 1855 г.');
  });

  it('writes the parts two ends share once, where the language puts them', () => {
    expect(formatSpan(d(1923, 5, 21), d(1923, 5, 25), 'day', 'ru')).toBe('21–24 мая 1923 г.');
    expect(formatSpan(d(1923, 5, 21), d(1923, 5, 25), 'day', 'ja')).toBe('1923年5月21日～24日');
    expect(formatSpan(d(1923, 6, 28), d(1923, 7, 25), 'day', 'ru')).toBe('28 июня – 24 июля 1923 г.');
    expect(formatSpan(d(1923, 6, 28), d(1923, 7, 25), 'day', 'ja')).toBe('1923年6月28日～7月24日');
    expect(formatSpan(d(1905, 9, 5), d(1945, 8, 26), 'day', 'ja')).toBe('1905年9月5日～1945年8月25日');
    expect(formatSpan(d(1923, 5, 1), d(1923, 7, 1), 'month', 'ru')).toBe('май–июнь 1923 г.');
    expect(formatSpan(d(1923, 5, 1), d(1923, 7, 1), 'month', 'ja')).toBe('1923年5月～6月');
    expect(formatSpan(d(1923, 1, 1), d(1926, 1, 1), 'year', 'ja')).toBe('1923年～1925年');
    expect(formatSpan(d(1923, 5, 1), d(1923, 6, 1), 'month', 'ru')).toBe('май 1923 г.');
  });
});
