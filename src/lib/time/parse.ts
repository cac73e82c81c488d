// What a person types in the timeline's date field: "1923", "1923-05" or "1923-05-21".
//
// Deliberately strict (no "1923-5-1", no "21/05/1923"): numeric day/month order is ambiguous
// between readers, and the three ISO forms are the same ones the URL accepts, so what works in
// the field works in a link. Never throws: the field shows the problem, in the reader's language
// (the messages' dateProblem), and changes nothing.

import { dayFromParts, isValidDate, type Day, type Precision } from './days.ts';

/** What is wrong with a typed date; `text` is the part that names no real year, month or day. */
export type DateProblem = { kind: 'empty' | 'form' | 'outside' } | { kind: 'year' | 'month' | 'day'; text: string };

export type UserDate = { ok: true; day: Day; precision: Precision } | { ok: false; error: DateProblem };
const USER_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Parses the date field. `day` is the first day of the span typed ("1923-05" → 1 May 1923), and
 * `precision` says how much was typed, so the caller can show "May 1923" rather than a day.
 * Whether the date lies in the atlas's period is the caller's check (see inRange).
 */
export function parseUserDate(text: string): UserDate {
  const s = typeof text === 'string' ? text.trim() : '';
  if (s === '') return { ok: false, error: { kind: 'empty' } };
  const m = USER_DATE.exec(s);
  if (!m) return { ok: false, error: { kind: 'form' } };

  const year = Number(m[1]);
  // Year 0000 exists in ISO 8601 (1 BC) but not in any calendar a reader of this atlas uses.
  if (year < 1) return { ok: false, error: { kind: 'year', text: m[1]! } };
  if (m[2] === undefined) return { ok: true, day: dayFromParts(year, 1, 1), precision: 'year' };

  const month = Number(m[2]);
  if (month < 1 || month > 12) return { ok: false, error: { kind: 'month', text: `${m[1]}-${m[2]}` } };
  if (m[3] === undefined) return { ok: true, day: dayFromParts(year, month, 1), precision: 'month' };

  const day = Number(m[3]);
  if (!isValidDate(year, month, day)) return { ok: false, error: { kind: 'day', text: s } };
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
