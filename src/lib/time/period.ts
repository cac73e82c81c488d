// The atlas's spans of time. Both ends are days the slider can show (inclusive).
import { addMonths, dayFromParts, type Day, type Precision } from './days.ts';
import { inRange, parseUserDate, type UserDate } from './parse.ts';

export interface Span {
  min: Day;
  max: Day;
}

/** The whole period: the first treaty (1855) to the Joint Declaration (1956). */
export const WHOLE_PERIOD: Span = { min: dayFromParts(1855, 1, 1), max: dayFromParts(1956, 12, 31) };

/** The story's core: the revolution, the intervention, the road to recognition and its aftermath. */
export const CORE_PERIOD: Span = { min: dayFromParts(1917, 1, 1), max: dayFromParts(1926, 12, 31) };

/** Where the atlas opens when the URL names no date: the day Goto and Ioffe first met. */
export const OPENING_DAY: Day = dayFromParts(1923, 2, 1);

/** A date typed or linked, checked against the whole period: the one rule for the dock, compare and the URL. */
export function parseAtlasDate(text: string): UserDate {
  const parsed = parseUserDate(text);
  if (parsed.ok && !inRange(parsed.day, WHOLE_PERIOD.min, WHOLE_PERIOD.max)) {
    return { ok: false, error: 'Outside the atlas: choose a date from 1855 to 1956' };
  }
  return parsed;
}

/**
 * The date shown: one day, or a span of days from `day` to `until`, both inclusive (`until` null
 * for one day). The URL writes a span as an EDTF interval, `date=1918-08-02/1922-10-25`.
 */
export interface DateOrSpan {
  day: Day;
  until: Day | null;
}

export type AtlasSpan = { ok: true; day: Day; until: Day | null } | { ok: false; error: string };

/**
 * A date or a span typed or linked: `1923-05-21`, or `START/END` with each end in any of the three
 * forms. A span's end is the last day of what it names, so `1918/1922` runs to 31 December 1922, as
 * an EDTF interval means. A span of one day is that day. Open ends (`..`) are refused: a span shows
 * what happened in it, and an open one names no end to show.
 */
export function parseAtlasSpan(text: string): AtlasSpan {
  const ends = typeof text === 'string' ? text.split('/') : [];
  if (ends.length !== 2) {
    const single = parseAtlasDate(text);
    return single.ok ? { ok: true, day: single.day, until: null } : single;
  }
  const start = parseAtlasDate(ends[0]!.trim());
  const end = parseAtlasDate(ends[1]!.trim());
  if (!start.ok) return { ok: false, error: `Start: ${start.error}` };
  if (!end.ok) return { ok: false, error: `End: ${end.error}` };
  const until = lastDayOf(end.day, end.precision);
  if (until < start.day) return { ok: false, error: 'The span ends before it starts' };
  return { ok: true, day: start.day, until: until === start.day ? null : until };
}

/** The last day of the year or month that starts on `day`; the day itself at day precision. */
function lastDayOf(day: Day, precision: Precision): Day {
  if (precision === 'day') return day;
  return addMonths(day, precision === 'year' ? 12 : 1) - 1;
}
