// What a person types in the timeline's date field: "1923", "1923-05" or "1923-05-21", and the
// date as the field itself shows it, "21 May 1923" (or "May 1923"), so that it reads back what it
// shows.
//
// Deliberately strict (no "1923-5-1", no "21/05/1923"): numeric day/month order is ambiguous
// between readers, and the three ISO forms are the same ones the URL accepts, so what works in
// the field works in a link. Never throws: the field shows the error text and changes nothing.

import { dayFromParts, isValidDate, type Day, type Precision } from './days.ts';

export type UserDate = { ok: true; day: Day; precision: Precision } | { ok: false; error: string };

const FORMS = 'YYYY, YYYY-MM or YYYY-MM-DD';
const USER_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** "21 May 1923", "May 1923", "1 Feb 1923": the day (optional), an English month's name or its first three letters or more, the year. */
const WRITTEN_DATE = /^(?:(\d{1,2})\s+)?(\p{L}{3,})\.?\s+(\d{4})$/u;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The written form as its ISO form ("21 May 1923" → "1923-05-21"), or null when it is not one. */
function isoFromWritten(s: string): string | null {
  const m = WRITTEN_DATE.exec(s);
  if (!m) return null;
  const name = m[2]!.toLowerCase();
  const month = MONTHS.findIndex((full) => full.startsWith(name)) + 1;
  if (month === 0) return null;
  const two = (n: number) => String(n).padStart(2, '0');
  return m[1] === undefined ? `${m[3]}-${two(month)}` : `${m[3]}-${two(month)}-${two(Number(m[1]))}`;
}

/**
 * Parses the date field. `day` is the first day of the span typed ("1923-05" → 1 May 1923), and
 * `precision` says how much was typed, so the caller can show "May 1923" rather than a day.
 * Whether the date lies in the atlas's period is the caller's check (see inRange).
 */
export function parseUserDate(text: string): UserDate {
  const trimmed = typeof text === 'string' ? text.trim() : '';
  if (trimmed === '') return { ok: false, error: `Enter a date: ${FORMS}` };
  const s = isoFromWritten(trimmed) ?? trimmed;
  const m = USER_DATE.exec(s);
  if (!m) return { ok: false, error: `Use ${FORMS}` };

  const year = Number(m[1]);
  // Year 0000 exists in ISO 8601 (1 BC) but not in any calendar a reader of this atlas uses.
  if (year < 1) return { ok: false, error: `No such year: ${m[1]}` };
  if (m[2] === undefined) return { ok: true, day: dayFromParts(year, 1, 1), precision: 'year' };

  const month = Number(m[2]);
  if (month < 1 || month > 12) return { ok: false, error: `No such month: ${m[1]}-${m[2]}` };
  if (m[3] === undefined) return { ok: true, day: dayFromParts(year, month, 1), precision: 'month' };

  const day = Number(m[3]);
  if (!isValidDate(year, month, day)) return { ok: false, error: `No such day: ${s}` };
  return { ok: true, day: dayFromParts(year, month, day), precision: 'day' };
}

/** min ≤ day ≤ max: both bounds are days the slider can show, so both are inclusive. */
export function inRange(day: Day, min: Day, max: Day): boolean {
  return min <= day && day <= max;
}

/** The nearest day within [min, max], for a date typed or linked outside the atlas's period. */
export function clampToRange(day: Day, min: Day, max: Day): Day {
  return Math.min(Math.max(day, min), max);
}
