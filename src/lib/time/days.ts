// Day numbers: the one unit every date in the atlas is compared in (see DESIGN.md, "Time").
//
// A Day is an integer count of days since 1970-01-01 in the proleptic Gregorian calendar, so that
// comparing, sorting and stepping dates is plain integer arithmetic, and the URL, the slider and
// the map all agree on what "a date" is. The calendar math is done here with Howard Hinnant's
// civil-day algorithms (http://howardhinnant.github.io/date_algorithms.html) rather than with
// `Date`: `Date` silently rolls invalid dates over (1900-02-29 becomes 1 March), and mixing in
// local time zones would shift days by one depending on where the reader sits.

/** Days since 1970-01-01, proleptic Gregorian; negative before 1970. Always an integer. */
export type Day = number;

/** How much of a date is known: "1923" covers a year, "1923-05" a month, "1923-05-21" a day. */
export type Precision = 'year' | 'month' | 'day';

export interface DateParts {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

/** Gregorian rule: every 4th year, except centuries, except every 4th century (1900 no, 2000 yes). */
export function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Days in a month (1–12) of a year. Throws RangeError for a month outside 1–12: a caller bug. */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`month must be 1–12, got ${month}`);
  }
  if (month === 2 && isLeapYear(year)) return 29;
  return MONTH_LENGTHS[month - 1]!;
}

/** True when year-month-day names a real calendar day. Never throws, whatever it is given. */
export function isValidDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The day number of a calendar date (Hinnant's days_from_civil).
 * Throws RangeError for a date that does not exist: silently rolling 30 February over to March
 * would hide data errors, and every caller either has validated parts or builds them itself.
 */
export function dayFromParts(year: number, month: number, day: number): Day {
  if (!isValidDate(year, month, day)) {
    throw new RangeError(`no such day: ${year}-${month}-${day}`);
  }
  // Count years from March, so that the leap day falls at the end of the counted year and the
  // month lengths from March on follow the regular 153-days-per-5-months pattern.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400); // 400-year cycles of exactly 146097 days
  const yoe = y - era * 400; // year of era, 0–399
  const mp = month > 2 ? month - 3 : month + 9; // month counted from March, 0–11
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1; // day of the March-based year, 0–365
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy; // day of era
  return era * 146097 + doe - 719468; // 719468: days from 0000-03-01 to 1970-01-01
}

/** The calendar date of a day number (Hinnant's civil_from_days). Throws RangeError for a non-integer. */
export function partsFromDay(day: Day): DateParts {
  if (!Number.isInteger(day)) throw new RangeError(`a day number must be an integer, got ${day}`);
  const z = day + 719468; // shift the epoch to 0000-03-01, the start of a 400-year era
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097; // 0–146096
  // Year of era: subtract the era's leap days so far, then whole years of 365 days fit exactly.
  const leapDays = Math.floor(doe / 1460) - Math.floor(doe / 36524) + Math.floor(doe / 146096);
  const yoe = Math.floor((doe - leapDays) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * "YYYY-MM-DD", the form the URL and the data use. Only years 1–9999 have that form (ISO 8601
 * needs a sign and extra digits beyond them), so other years throw RangeError rather than
 * producing a string no parser here would read back.
 */
export function isoFromDay(day: Day): string {
  const p = partsFromDay(day);
  if (p.year < 1 || p.year > 9999) throw new RangeError(`year ${p.year} has no YYYY-MM-DD form`);
  return `${pad(p.year, 4)}-${pad(p.month, 2)}-${pad(p.day, 2)}`;
}

/**
 * The same day of the month n months later (or earlier, n < 0), clamped to the month's last day:
 * 31 January + 1 month is 28 (or 29) February, not 2 or 3 March as `Date` would have it.
 */
export function addMonths(day: Day, n: number): Day {
  if (!Number.isInteger(n)) throw new RangeError(`months to add must be an integer, got ${n}`);
  const p = partsFromDay(day);
  const index = p.year * 12 + (p.month - 1) + n; // months since year 0, so carrying is one floor
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return dayFromParts(year, month, Math.min(p.day, daysInMonth(year, month)));
}

/** n years later, clamped like addMonths: 29 February 1904 + 1 year is 28 February 1905. */
export function addYears(day: Day, n: number): Day {
  if (!Number.isInteger(n)) throw new RangeError(`years to add must be an integer, got ${n}`);
  return addMonths(day, n * 12);
}

// Validity lives here, not in edtf.ts, because the app needs `inForce` on every date change while
// edtf.ts pulls in the `edtf` parser, which only the data build may load. edtf.ts re-exports both.

/**
 * When a zone, line or role is in force, as day numbers. Ends are exclusive (the first day not in
 * force); null means no end (still in force in 1956). Certainly in force over
 * [certainStart, certainEnd), possibly over the wider [possibleStart, possibleEnd).
 */
export interface Validity {
  possibleStart: Day;
  certainStart: Day;
  certainEnd: Day | null;
  possibleEnd: Day | null;
}

/** Whether a feature is in force on a day: half-open, so the start day is in force and the end day is not. */
export function inForce(v: Validity, day: Day): 'no' | 'certain' | 'uncertain' {
  if (v.certainStart <= day && (v.certainEnd === null || day < v.certainEnd)) return 'certain';
  if (v.possibleStart <= day && (v.possibleEnd === null || day < v.possibleEnd)) return 'uncertain';
  return 'no';
}
