// What the atlas shows on a given day: which zones and lines are in force (certainly or possibly),
// how brightly each place glows from recent events, and which event is current. Pure: the map
// bridge turns the result into feature-state, the dock and the summary into words.
import { inForce, type Day, type Validity } from '../time/days.ts';
import type { Atlas, AtlasEvent, Line, Zone } from './atlas.ts';
import { zoneLooks, type Reading, type ZoneLook } from './look.ts';

/** Feature-state `on`: 0 not in force, 1 possibly (uncertain or disputed dates), 2 certainly. */
export type OnState = 0 | 1 | 2;

/** A line's look: not drawn, drawn, or drawn as still being built. */
export type LineState = OnState | 3;

/** How long an event's glow takes to fade, in days. */
export const GLOW_DAYS = 365;
/** Glow is rounded to steps, so that most date steps change no place at all. */
const GLOW_STEPS = 20;

export function onState(v: Validity, day: Day): OnState {
  const f = inForce(v, day);
  return f === 'certain' ? 2 : f === 'uncertain' ? 1 : 0;
}

export function zoneState(zone: Zone, day: Day): OnState {
  return onState(zone, day);
}

export function lineState(line: Line, day: Day): LineState {
  const on = onState(line, day);
  if (on === 0) return 0;
  return line.phases.some((p) => p.construction && onState(p, day) !== 0) ? 3 : on;
}

/**
 * An event longer than two years (a mission of decades, a railway built over a decade) is no moment: it does not
 * glow, or count as under way, for its whole length, only from its start, as a brief event would.
 */
export const LONG_EVENT_DAYS = 731;

/** The last day an event lights its place in full: its end for a brief event, its first day for a long one. */
function litUntil(event: Pick<AtlasEvent, 'start' | 'end'>): Day {
  if (event.end === null || event.end - event.start > LONG_EVENT_DAYS) return event.start;
  return Math.max(event.start, event.end - 1);
}

/** The glow of one event on a day: full while it lasts (a long event: on its first day), then fading to nothing over GLOW_DAYS. */
export function eventGlow(event: Pick<AtlasEvent, 'start' | 'end'>, day: Day): number {
  if (day < event.start) return 0;
  const over = litUntil(event);
  if (day <= over) return 1;
  const faded = 1 - (day - over) / GLOW_DAYS;
  return faded <= 0 ? 0 : Math.ceil(faded * GLOW_STEPS) / GLOW_STEPS;
}

/** Index of the latest event that has started on or before the day; -1 before the first. */
export function lastStartedIndex(events: AtlasEvent[], day: Day): number {
  // Events are sorted by start; binary search for the last start ≤ day.
  let lo = 0;
  let hi = events.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (events[mid]!.start <= day) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * What is happening on a day: the event under way (of those under way, the latest to start); else
 * the most recent within about a year (GLOW_DAYS, as its glow); else none, between the previous
 * event and the next. A long event is under way on its first day only (LONG_EVENT_DAYS).
 */
export interface Happening {
  /** The current event's index, or -1 between events. */
  index: number;
  /** Under way on the day, or ended (or, for a long event, begun) within the last year. */
  kind: 'under-way' | 'recent' | 'between';
  /** Between events: the last that started before the day (-1: none) and the next to start (-1: none). */
  previous: number;
  next: number;
}

export function happening(events: AtlasEvent[], day: Day): Happening {
  const last = lastStartedIndex(events, day);
  const next = last + 1 < events.length ? last + 1 : -1;
  let recent = -1;
  let recentUntil = -Infinity;
  for (let i = last; i >= 0; i--) {
    const event = events[i]!;
    // Sorted by start: nothing that started more than the longest lit span plus a year ago can still be recent.
    if (day - event.start > LONG_EVENT_DAYS + GLOW_DAYS) break;
    const until = litUntil(event);
    if (day <= until) return { index: i, kind: 'under-way', previous: last, next };
    if (day - until <= GLOW_DAYS && until > recentUntil) [recent, recentUntil] = [i, until];
  }
  if (recent >= 0) return { index: recent, kind: 'recent', previous: last, next };
  return { index: -1, kind: 'between', previous: last, next };
}

/** Index of the current event (happening's): under way, or within about a year; -1 between events. */
export function currentEventIndex(events: AtlasEvent[], day: Day): number {
  return happening(events, day).index;
}

export interface DateView {
  zones: Map<string, OnState>;
  /** How each zone drawn is drawn: holder and status, in the reading asked for. */
  looks: Map<string, ZoneLook>;
  lines: Map<string, LineState>;
  /** Glow per place, 0..1. */
  glow: Map<string, number>;
  current: AtlasEvent | null;
}

/** Everything the map needs for one day, in law or in fact. Cheap (tens of features); called at most once a frame. */
export function atDate(atlas: Atlas, day: Day, reading: Reading = 'fact'): DateView {
  const glow = new Map<string, number>(atlas.places.map((p) => [p.id, 0]));
  for (const event of atlas.events) {
    if (event.start > day) break;
    const g = eventGlow(event, day);
    if (g === 0) continue;
    for (const id of event.places) if (g > (glow.get(id) ?? 0)) glow.set(id, g);
  }
  const index = currentEventIndex(atlas.events, day);
  const looks = zoneLooks(atlas.zones, day, reading);
  return {
    zones: new Map(atlas.zones.map((z) => [z.id, looks.get(z.id)?.on ?? 0])),
    looks,
    lines: new Map(atlas.lines.map((l) => [l.id, lineState(l, day)])),
    glow,
    current: index >= 0 ? atlas.events[index]! : null,
  };
}
