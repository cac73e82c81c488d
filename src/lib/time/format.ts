// Dates in words, as the timeline dock and the panels show them: "21 May 1923".
//
// Written out here rather than with Intl.DateTimeFormat: the output must be identical in every
// browser and in Node (tests, data build), and Intl would need a Date, whose time zone handling
// shifts days (see days.ts). Day-month-year order avoids the US/UK ambiguity of numeric dates.

import { partsFromDay, type Day, type Precision } from './days.ts';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

function monthName(month: number): string {
  return MONTH_NAMES[month - 1]!;
}

/** "21 May 1923": no leading zero, English month name. */
export function formatDay(day: Day): string {
  const p = partsFromDay(day);
  return `${p.day} ${monthName(p.month)} ${p.year}`;
}

/**
 * A span of days [start, endExclusive) at a precision, for events that last ("28 June – 24 July
 * 1923"). Parts the two ends share are written once; the dash is closed between single words
 * ("21–24 May 1923", "1923–1925") and spaced between phrases, as in Chicago style. A span within
 * one unit of its precision is written as that unit ("May 1923"). Throws RangeError when empty.
 */
export function formatSpan(start: Day, endExclusive: Day, precision: Precision): string {
  if (endExclusive <= start) throw new RangeError(`empty span: ${start} to ${endExclusive}`);
  const a = partsFromDay(start);
  const b = partsFromDay(endExclusive - 1); // the last day in the span
  const sameYear = a.year === b.year;
  const sameMonth = sameYear && a.month === b.month;

  if (precision === 'year') return sameYear ? `${a.year}` : `${a.year}–${b.year}`;

  if (precision === 'month') {
    if (sameMonth) return `${monthName(a.month)} ${a.year}`;
    if (sameYear) return `${monthName(a.month)}–${monthName(b.month)} ${a.year}`;
    return `${monthName(a.month)} ${a.year} – ${monthName(b.month)} ${b.year}`;
  }

  if (sameMonth) {
    if (a.day === b.day) return formatDay(start);
    return `${a.day}–${b.day} ${monthName(a.month)} ${a.year}`;
  }
  if (sameYear) return `${a.day} ${monthName(a.month)} – ${b.day} ${monthName(b.month)} ${a.year}`;
  return `${formatDay(start)} – ${formatDay(endExclusive - 1)}`;
}
