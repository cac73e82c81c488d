import { describe, expect, it } from 'vitest';
import { addMonths, addYears, dayFromParts, daysInMonth, isLeapYear, isoFromDay, isValidDate, partsFromDay } from '../../src/lib/time/days.ts';

const MS_PER_DAY = 86_400_000;

// The oracle: JavaScript's own proleptic Gregorian UTC calendar, computed independently of days.ts.
// setUTCFullYear rather than Date.UTC so that years 0–99 are not read as 1900–1999.
function oracleDay(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return d.getTime() / MS_PER_DAY;
}
function oracleParts(dayNumber: number) {
  const d = new Date(dayNumber * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

describe('day numbers', () => {
  it('counts from 1970-01-01', () => {
    expect(dayFromParts(1970, 1, 1)).toBe(0);
    expect(dayFromParts(1970, 1, 2)).toBe(1);
    expect(dayFromParts(1969, 12, 31)).toBe(-1);
    expect(partsFromDay(0)).toEqual({ year: 1970, month: 1, day: 1 });
    expect(partsFromDay(-1)).toEqual({ year: 1969, month: 12, day: 31 });
  });

  it('agrees with Date.UTC on the atlas dates', () => {
    expect(dayFromParts(1923, 5, 21)).toBe(Date.UTC(1923, 4, 21) / MS_PER_DAY);
    expect(dayFromParts(1923, 5, 21)).toBe(-17027);
    expect(dayFromParts(1855, 2, 7)).toBe(Date.UTC(1855, 1, 7) / MS_PER_DAY);
    expect(dayFromParts(1956, 10, 19)).toBe(Date.UTC(1956, 9, 19) / MS_PER_DAY);
  });

  it('round-trips the first treaty and the Joint Declaration', () => {
    expect(partsFromDay(dayFromParts(1855, 2, 7))).toEqual({ year: 1855, month: 2, day: 7 });
    expect(partsFromDay(dayFromParts(1956, 10, 19))).toEqual({ year: 1956, month: 10, day: 19 });
  });

  it('matches Date on every day from 1850 to 1960, both ways', () => {
    const first = Date.UTC(1850, 0, 1) / MS_PER_DAY;
    const last = Date.UTC(1960, 11, 31) / MS_PER_DAY;
    const mismatches: string[] = [];
    for (let d = first; d <= last; d++) {
      const want = oracleParts(d);
      const got = partsFromDay(d);
      if (got.year !== want.year || got.month !== want.month || got.day !== want.day) {
        mismatches.push(`${d}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
      }
      if (dayFromParts(want.year, want.month, want.day) !== d) mismatches.push(`${d}: dayFromParts`);
    }
    expect(last - first + 1).toBe(111 * 365 + 27); // 111 years, 27 of them leap (1852–1960, not 1900)
    expect(mismatches.slice(0, 5)).toEqual([]);
  });

  it('matches Date across the whole 400-year cycle and at era boundaries', () => {
    const mismatches: string[] = [];
    // Every 97th day from year 1 to 9999 hits every month and every position in the 400-year cycle.
    for (let d = oracleDay(1, 1, 1); d <= oracleDay(9999, 12, 31); d += 97) {
      const want = oracleParts(d);
      if (JSON.stringify(partsFromDay(d)) !== JSON.stringify(want)) mismatches.push(`${d}`);
      if (dayFromParts(want.year, want.month, want.day) !== d) mismatches.push(`${d} back`);
    }
    for (const [y, m, dd] of [
      [0, 3, 1],
      [-1, 12, 31],
      [1600, 2, 29],
      [1600, 3, 1],
      [2000, 2, 29],
      [2400, 12, 31],
      [-400, 1, 1],
    ] as const) {
      const d = dayFromParts(y, m, dd);
      if (d !== oracleDay(y, m, dd)) mismatches.push(`${y}-${m}-${dd}`);
      if (JSON.stringify(partsFromDay(d)) !== JSON.stringify({ year: y, month: m, day: dd })) {
        mismatches.push(`${y}-${m}-${dd} back`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('refuses days that do not exist and non-integer day numbers', () => {
    expect(() => dayFromParts(1900, 2, 29)).toThrow(RangeError);
    expect(() => dayFromParts(1923, 4, 31)).toThrow(RangeError);
    expect(() => dayFromParts(1923, 13, 1)).toThrow(RangeError);
    expect(() => dayFromParts(1923, 0, 1)).toThrow(RangeError);
    expect(() => dayFromParts(1923, 5, 0)).toThrow(RangeError);
    expect(() => partsFromDay(0.5)).toThrow(RangeError);
    expect(() => partsFromDay(Number.NaN)).toThrow(RangeError);
  });
});

describe('calendar', () => {
  it('knows the Gregorian leap years', () => {
    expect(isLeapYear(1904)).toBe(true);
    expect(isLeapYear(2000)).toBe(true);
    expect(isLeapYear(1600)).toBe(true);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(1923)).toBe(false);
    expect(isLeapYear(1855)).toBe(false);
    expect(isLeapYear(1956)).toBe(true);
  });

  it('knows month lengths', () => {
    expect(daysInMonth(1923, 1)).toBe(31);
    expect(daysInMonth(1923, 2)).toBe(28);
    expect(daysInMonth(1904, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1923, 4)).toBe(30);
    expect(daysInMonth(1923, 12)).toBe(31);
    expect(() => daysInMonth(1923, 13)).toThrow(RangeError);
  });

  it('validates dates without throwing', () => {
    expect(isValidDate(1900, 2, 29)).toBe(false);
    expect(isValidDate(1904, 2, 29)).toBe(true);
    expect(isValidDate(1923, 2, 29)).toBe(false);
    expect(isValidDate(1923, 4, 31)).toBe(false);
    expect(isValidDate(1923, 5, 31)).toBe(true);
    expect(isValidDate(1923, 0, 1)).toBe(false);
    expect(isValidDate(1923, 13, 1)).toBe(false);
    expect(isValidDate(1923, 5, 0)).toBe(false);
    expect(isValidDate(1923, 5.5, 1)).toBe(false);
    expect(isValidDate(1923, 5, 1.5)).toBe(false);
    expect(isValidDate(Number.NaN, 5, 1)).toBe(false);
  });
});

describe('ISO strings', () => {
  it('writes YYYY-MM-DD with zero padding', () => {
    expect(isoFromDay(0)).toBe('1970-01-01');
    expect(isoFromDay(-17027)).toBe('1923-05-21');
    expect(isoFromDay(dayFromParts(1855, 2, 7))).toBe('1855-02-07');
    expect(isoFromDay(dayFromParts(987, 3, 4))).toBe('0987-03-04');
    expect(isoFromDay(dayFromParts(1, 1, 1))).toBe('0001-01-01');
    expect(isoFromDay(dayFromParts(9999, 12, 31))).toBe('9999-12-31');
    expect(() => isoFromDay(dayFromParts(10000, 1, 1))).toThrow(RangeError);
    expect(() => isoFromDay(dayFromParts(0, 12, 31))).toThrow(RangeError);
  });
});

describe('adding months and years', () => {
  const d = (y: number, m: number, dd: number) => dayFromParts(y, m, dd);

  it('keeps the day of the month when it exists', () => {
    expect(addMonths(d(1923, 5, 21), 1)).toBe(d(1923, 6, 21));
    expect(addMonths(d(1923, 5, 21), 0)).toBe(d(1923, 5, 21));
    expect(addMonths(d(1922, 12, 15), 1)).toBe(d(1923, 1, 15));
    expect(addMonths(d(1923, 1, 15), -1)).toBe(d(1922, 12, 15));
    expect(addMonths(d(1923, 5, 21), -13)).toBe(d(1922, 4, 21));
    expect(addMonths(d(1923, 5, 21), 24)).toBe(d(1925, 5, 21));
    expect(addMonths(d(1970, 1, 1), -1)).toBe(d(1969, 12, 1));
  });

  it('clamps to the last day of a shorter month', () => {
    expect(addMonths(d(1923, 1, 31), 1)).toBe(d(1923, 2, 28));
    expect(addMonths(d(1904, 1, 31), 1)).toBe(d(1904, 2, 29));
    expect(addMonths(d(1900, 1, 31), 1)).toBe(d(1900, 2, 28));
    expect(addMonths(d(1923, 3, 31), -1)).toBe(d(1923, 2, 28));
    expect(addMonths(d(1923, 5, 31), 1)).toBe(d(1923, 6, 30));
    // Clamping does not carry over: two single steps may differ from one double step.
    expect(addMonths(addMonths(d(1923, 1, 31), 1), 1)).toBe(d(1923, 3, 28));
    expect(addMonths(d(1923, 1, 31), 2)).toBe(d(1923, 3, 31));
  });

  it('adds years, clamping 29 February', () => {
    expect(addYears(d(1923, 5, 21), 2)).toBe(d(1925, 5, 21));
    expect(addYears(d(1923, 5, 21), -68)).toBe(d(1855, 5, 21));
    expect(addYears(d(1904, 2, 29), 1)).toBe(d(1905, 2, 28));
    expect(addYears(d(1904, 2, 29), 4)).toBe(d(1908, 2, 29));
    expect(addYears(d(1896, 2, 29), 4)).toBe(d(1900, 2, 28));
  });

  it('refuses fractional steps', () => {
    expect(() => addMonths(0, 1.5)).toThrow(RangeError);
    expect(() => addYears(0, 0.5)).toThrow(RangeError);
  });
});
