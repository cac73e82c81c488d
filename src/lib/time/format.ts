// Dates in words, in the reader's language, as the timeline dock and the panels show them:
// "21 May 1923", "21 мая 1923 г.", "1923年5月21日".
//
// The words come from Intl.DateTimeFormat. Its Date is made at noon UTC from the day's own parts and
// formatted in UTC, so no time zone shifts a day (see days.ts). Spans are put together here from
// Intl's pieces rather than with formatRange, whose output differs between engines (Node writes
// Japanese ranges as "1923/05/21～1923/05/24", Chromium as "1923年5月21日～24日"): parts the two ends
// share are written once, the way each language writes them.

import { INTL_LOCALE, type Lang } from '../i18n/languages.ts';
import { partsFromDay, type DateParts, type Day, type Precision } from './days.ts';

type Piece = 'full' | 'dayMonth' | 'day' | 'monthYear' | 'month' | 'year';

const OPTIONS: Record<Piece, Intl.DateTimeFormatOptions> = {
  full: { day: 'numeric', month: 'long', year: 'numeric' },
  dayMonth: { day: 'numeric', month: 'long' },
  day: { day: 'numeric' },
  monthYear: { month: 'long', year: 'numeric' },
  month: { month: 'long' },
  year: { year: 'numeric' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function piece(p: DateParts, which: Piece, lang: Lang): string {
  const key = `${lang}:${which}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[lang], { ...OPTIONS[which], timeZone: 'UTC' });
    formatters.set(key, f);
  }
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const date = new Date(Date.UTC(2000, p.month - 1, p.day, 12));
  date.setUTCFullYear(p.year);
  return f.format(date);
}

/**
 * How a language joins the two ends of a span. English and Russian name the day first, so a span's
 * shared month and year come once at the end ("21–24 May 1923"); Japanese names the year first, so
 * they come once at the start ("1923年5月21日～24日"). Dashes: closed between single words, spaced
 * between phrases (Chicago style); Japanese uses the wave dash without spaces.
 */
const JOIN: Record<Lang, { yearFirst: boolean; closed: string; spaced: string }> = {
  en: { yearFirst: false, closed: '–', spaced: ' – ' },
  ru: { yearFirst: false, closed: '–', spaced: ' – ' },
  ja: { yearFirst: true, closed: '～', spaced: '～' },
};

/** "21 May 1923", "21 мая 1923 г.", "1923年5月21日". */
export function formatDay(day: Day, lang: Lang = 'en'): string {
  return piece(partsFromDay(day), 'full', lang);
}

/**
 * A span of days [start, endExclusive) at a precision, for events that last ("28 June – 24 July
 * 1923"). Parts the two ends share are written once ("21–24 May 1923", "1923–1925"). A span within
 * one unit of its precision is written as that unit ("May 1923"). Throws RangeError when empty.
 */
export function formatSpan(start: Day, endExclusive: Day, precision: Precision, lang: Lang = 'en'): string {
  if (endExclusive <= start) throw new RangeError(`empty span: ${start} to ${endExclusive}`);
  const a = partsFromDay(start);
  const b = partsFromDay(endExclusive - 1); // the last day in the span
  const sameYear = a.year === b.year;
  const sameMonth = sameYear && a.month === b.month;
  const { yearFirst, closed, spaced } = JOIN[lang];
  const w = (p: DateParts, which: Piece) => piece(p, which, lang);
  /** The two ends, the shared parts written on the side the language puts them. */
  const join = (first: Piece, short: Piece, dash: string) => (yearFirst ? `${w(a, first)}${dash}${w(b, short)}` : `${w(a, short)}${dash}${w(b, first)}`);

  if (precision === 'year') return sameYear ? w(a, 'year') : `${w(a, 'year')}${closed}${w(b, 'year')}`;

  if (precision === 'month') {
    if (sameMonth) return w(a, 'monthYear');
    if (sameYear) return join('monthYear', 'month', closed);
    return `${w(a, 'monthYear')}${spaced}${w(b, 'monthYear')}`;
  }

  if (sameMonth) return a.day === b.day ? w(a, 'full') : join('full', 'day', closed);
  if (sameYear) return join('full', 'dayMonth', spaced);
  return `${w(a, 'full')}${spaced}${w(b, 'full')}`;
}
