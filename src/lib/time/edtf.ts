// EDTF dates of geodata/ (README "Dates" and "Validity") turned into day numbers.
//
// Only the data build and the tests import this module: it loads the `edtf` parser, which the app
// never needs because the build writes dates as day numbers. That is also why Validity and
// inForce, which the app does need, live in days.ts (import them from there).
//
// The `edtf` package is used as a syntax checker only. Its parser accepts dates that do not exist
// (it allows 29 February in every year, and its Date class rolls 1900-02-29 over to 1 March) and
// far more of the standard than the atlas can draw (seasons, sets, decades, X digits, times), so
// every value is checked again here and turned into days with days.ts, never with `Date`.
//
// The atlas accepts: a date of year, month or day precision ("1923", "1923-05", "1923-05-21"),
// optionally qualified ("?" uncertain, "~" approximate, "%" both, also on single parts as in
// "?1923-05"); and an interval of two such dates ("1920-04-21/1920-07-03"), whose end may be open
// ("1923-03~/..") only where a caller allows it (eventSpan).

import { parse, type ParseResult } from 'edtf';
import { dayFromParts, daysInMonth, isValidDate, isoFromDay, type Day, type Precision, type Validity } from './days.ts';

/** A date the atlas cannot use. The message is a short reason naming the value, for the build to print. */
export class EdtfError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EdtfError';
  }
}

/** The days an EDTF value allows, min and max inclusive. */
export interface EdtfSpan {
  min: Day;
  max: Day;
  uncertain: boolean;
  approximate: boolean;
  precision: Precision;
}

/** Years the atlas can mean (1855–1956, with room): a wider range only lets typos like "9123" through. */
const MIN_YEAR = 1000;
const MAX_YEAR = 2999;

const PRECISIONS: readonly Precision[] = ['year', 'month', 'day'];

function quote(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** Parses with fixed constraints, so a change to the package's global `defaults` cannot change what is accepted. */
function parseEdtf(value: unknown): ParseResult {
  if (typeof value !== 'string') throw new EdtfError(`not an EDTF date: ${quote(value)}`);
  try {
    // Level 2 so that sets, decades and the like parse and get a precise message below, instead
    // of a bare "not an EDTF date".
    return parse(value, { level: 2, types: [], seasonIntervals: false, seasonUncertainty: false });
  } catch {
    throw new EdtfError(`not an EDTF date: ${quote(value)}`);
  }
}

/** A parsed date (not interval) as a span of days; `text` is the date as written, for messages. */
function dateSpan(res: ParseResult, text: string): EdtfSpan {
  switch (res.type) {
    case 'Date':
      break;
    case 'Season':
      throw new EdtfError(`seasons are not supported, give months instead: ${quote(text)}`);
    case 'Set':
    case 'List':
      throw new EdtfError(`sets and lists are not supported, give one date or an interval: ${quote(text)}`);
    case 'Interval':
      throw new EdtfError(`an interval cannot be an endpoint: ${quote(text)}`);
    default:
      // Year ("Y19230", "1950S2"), Decade, Century: only plain four-digit years are used.
      throw new EdtfError(`only YYYY, YYYY-MM and YYYY-MM-DD dates are supported: ${quote(text)}`);
  }
  if (res.unspecified) throw new EdtfError(`unspecified digits (X) are not supported: ${quote(text)}`);
  if (res.values.length > 3 || res.offset !== undefined) {
    throw new EdtfError(`times are not supported, give a day: ${quote(text)}`);
  }
  const [year, month0, day] = res.values as number[];
  if (year === undefined || year < MIN_YEAR || year > MAX_YEAR) {
    throw new EdtfError(`year out of range ${MIN_YEAR}–${MAX_YEAR}: ${quote(text)}`);
  }
  const month = month0 === undefined ? undefined : month0 + 1; // the parser counts months from 0

  let min: Day;
  let max: Day;
  if (month === undefined) {
    min = dayFromParts(year, 1, 1);
    max = dayFromParts(year, 12, 31);
  } else if (day === undefined) {
    min = dayFromParts(year, month, 1);
    max = dayFromParts(year, month, daysInMonth(year, month));
  } else {
    // The grammar rejects 30 February and 31 April but not 29 February of a common year.
    if (!isValidDate(year, month, day)) throw new EdtfError(`no such day: ${quote(text)}`);
    min = max = dayFromParts(year, month, day);
  }
  return {
    min,
    max,
    // Partial qualification ("?1923-05") gives a bitmask; any qualified part makes the date so.
    uncertain: Boolean(res.uncertain),
    approximate: Boolean(res.approximate),
    precision: PRECISIONS[res.values.length - 1]!,
  };
}

/** An interval's endpoints; null for an open end (".."); an unknown end ("1923/") is refused. */
function intervalEnds(res: ParseResult, value: string): [EdtfSpan | null, EdtfSpan | null] {
  // EDTF has no other "/", so splitting gives the endpoints as written. The parser returns null
  // for both ".." (open) and "" (unknown), which mean different things, hence the text.
  const texts = value.split('/');
  const ends = res.values.map((v, i): EdtfSpan | null => {
    const text = texts[i] ?? '';
    if (v === null || typeof v === 'number') {
      if (text === '..') return null;
      throw new EdtfError(`an unknown endpoint is not supported, write ".." for an open one: ${quote(value)}`);
    }
    return dateSpan(v, text);
  });
  const [lower = null, upper = null] = ends;
  if (lower && upper && upper.max < lower.min) {
    throw new EdtfError(`interval ends before it starts: ${quote(value)}`);
  }
  return [lower, upper];
}

function finer(a: Precision, b: Precision): Precision {
  return PRECISIONS.indexOf(a) > PRECISIONS.indexOf(b) ? a : b;
}

/**
 * The candidate days one EDTF date or closed interval denotes, max inclusive: "1923" is
 * 1923-01-01..1923-12-31, "1923-05" all of May, "1923-05-21" one day.
 *
 * An interval here is one disputed day, not a duration: "1920-04-21/1920-07-03" says the day is
 * one of these (landing vs declaration), so the span runs from the start's min to the end's max
 * and is always `uncertain`; its precision is that of the finer endpoint, and it is
 * `approximate` if either endpoint is. Open intervals ("1923-03~/..", "../1923") name no single
 * day and throw EdtfError, as does anything else the atlas does not use.
 */
export function edtfSpan(value: string): EdtfSpan {
  const res = parseEdtf(value);
  if (res.type !== 'Interval') return dateSpan(res, value);
  const [lower, upper] = intervalEnds(res, value);
  if (!lower || !upper) throw new EdtfError(`an open interval is not a single date: ${quote(value)}`);
  return {
    min: lower.min,
    max: upper.max,
    uncertain: true,
    approximate: lower.approximate || upper.approximate,
    precision: finer(lower.precision, upper.precision),
  };
}

/** When an event happened, as days: from `start` up to `end` (exclusive; null when open). */
export interface EventSpan {
  start: Day;
  end: Day | null;
  uncertain: boolean;
}

/**
 * An event's `when`: a date, a closed interval or one with an open end ("1923-03~/.."). Unlike in
 * edtfSpan, an interval here is a duration (a conference from 28 June to 24 July), so it is not
 * uncertain by itself; `uncertain` is true when any endpoint is marked "?", "~" or "%".
 */
export function eventSpan(when: string): EventSpan {
  const res = parseEdtf(when);
  if (res.type !== 'Interval') {
    const span = dateSpan(res, when);
    return { start: span.min, end: span.max + 1, uncertain: span.uncertain || span.approximate };
  }
  const [lower, upper] = intervalEnds(res, when);
  if (!lower) throw new EdtfError(`an event needs a start: ${quote(when)}`);
  return {
    start: lower.min,
    end: upper ? upper.max + 1 : null,
    uncertain: lower.uncertain || lower.approximate || (upper !== null && (upper.uncertain || upper.approximate)),
  };
}

/**
 * The validity of a zone, line or role from its EDTF `start` and `end` (README "Validity").
 * Each endpoint is a span of candidate days: for the start, the first day in force; for the end,
 * the first day NOT in force. So a feature is certainly in force from the latest candidate start
 * (the span's max) to the earliest candidate end (min), and possibly from the earliest start (min)
 * to the latest end (max). For a plain day min = max, so certain and possible coincide.
 *
 *   possibleStart = start.min   certainStart = start.max
 *   certainEnd    = end.min     possibleEnd  = end.max      (both null when there is no end)
 *
 * Example: end "1920-02" says the first day not in force is in February 1920, so 1920-01-31 is
 * certainly in force, 1 to 28 February possibly, and 29 February (the latest candidate end) not.
 *
 * Throws EdtfError for a bad date, or when the end's latest candidate is before the start's
 * earliest: no reading of the dates would then put the feature in force on any day. Spans that
 * overlap are allowed; the feature is then possibly but never certainly in force.
 */
export function validity(start: string, end?: string): Validity {
  const s = edtfSpan(start);
  if (end === undefined) {
    return { possibleStart: s.min, certainStart: s.max, certainEnd: null, possibleEnd: null };
  }
  const e = edtfSpan(end);
  if (e.max < s.min) {
    throw new EdtfError(`ends before it starts: ${isoFromDay(e.max)} < ${isoFromDay(s.min)}`);
  }
  return { possibleStart: s.min, certainStart: s.max, certainEnd: e.min, possibleEnd: e.max };
}
