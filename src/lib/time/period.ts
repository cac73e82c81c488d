// The atlas's spans of time. Both ends are days the slider can show (inclusive).
import { dayFromParts, type Day } from './days.ts';
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
    return { ok: false, error: { kind: 'outside' } };
  }
  return parsed;
}
