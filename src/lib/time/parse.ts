// What a person types in the timeline's date field: "1923", "1923-05" or "1923-05-21", and the
// date as the field itself shows it, "21 May 1923" (or "May 1923"), so that it reads back what it
// shows.
//
// Deliberately strict (no "1923-5-1", no "21/05/1923"): numeric day/month order is ambiguous
// between readers, and the three ISO forms are the same ones the URL accepts, so what works in
// the field works in a link. Never throws: the field shows the problem, in the reader's language
// (the messages' dateProblem), and changes nothing.

import { dayFromParts, isValidDate, type Day, type Precision } from './days.ts';

/** What is wrong with a typed date; `text` is the part that names no real year, month or day. */
export type DateProblem =
  | { kind: 'empty' | 'form' | 'outside' | 'backwards' }
  | { kind: 'year' | 'month' | 'day'; text: string }
  /** A span's start or end has a problem of its own. */
  | { kind: 'start' | 'end'; problem: DateProblem };

export type UserDate = { ok: true; day: Day; precision: Precision } | { ok: false; error: DateProblem };
const USER_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** "21 May 1923", "May 1923", "1 Feb 1923": the day (optional), an English month's name or its first three letters or more, the year. */
const WRITTEN_DATE = /^(?:(\d{1,2})\s+)?(\p{L}{3,})\.?\s+(\d{4})$/u;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Russian months by the stem every case of their name begins with (мая, май; января, январь). */
const RU_MONTHS = ['янв', 'фев', 'мар', 'апр', 'ма', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];
/** "21 мая 1923 г.", "май 1923 г.", "21 мая 1923". */
const RU_WRITTEN = /^(?:(\d{1,2})\s+)?([а-яё]+)\.?\s+(\d{4})(?:\s*г\.?)?$/i;
/** "1923年5月21日", "1923年5月". */
const JA_WRITTEN = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?$/;

/**
 * The written form, as the field shows the date in English, Russian or Japanese, as its ISO form
 * ("21 May 1923", "21 мая 1923 г.", "1923年5月21日" → "1923-05-21"), or null when it is not one.
 */
function isoFromWritten(s: string): string | null {
  const two = (n: number) => String(n).padStart(2, '0');
  const iso = (year: string, month: number, day: string | undefined) =>
    day === undefined ? `${year}-${two(month)}` : `${year}-${two(month)}-${two(Number(day))}`;
  const ja = JA_WRITTEN.exec(s);
  if (ja) return iso(ja[1]!, Number(ja[2]), ja[3]);
  const ru = RU_WRITTEN.exec(s);
  if (ru) {
    const name = ru[2]!.toLowerCase();
    const month = RU_MONTHS.findIndex((stem) => name.startsWith(stem)) + 1;
    return month === 0 ? null : iso(ru[3]!, month, ru[1]);
  }
  const m = WRITTEN_DATE.exec(s);
  if (!m) return null;
  const name = m[2]!.toLowerCase();
  const month = MONTHS.findIndex((full) => full.startsWith(name)) + 1;
  if (month === 0) return null;
  return iso(m[3]!, month, m[1]);
}

/**
 * Parses the date field. `day` is the first day of the span typed ("1923-05" → 1 May 1923), and
 * `precision` says how much was typed, so the caller can show "May 1923" rather than a day.
 * Whether the date lies in the atlas's period is the caller's check (see inRange).
 */
export function parseUserDate(text: string): UserDate {
  const trimmed = typeof text === 'string' ? text.trim() : '';
  if (trimmed === '') return { ok: false, error: { kind: 'empty' } };
  const s = isoFromWritten(trimmed) ?? trimmed;
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
