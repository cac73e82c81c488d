// What the atlas shows on a given day: which zones and lines are in force (certainly or possibly),
// how brightly each place glows from recent events, and which event is current. Pure: the map
// bridge turns the result into feature-state, the dock and the summary into words.
import { inForce, type Day, type Validity } from '../time/days.ts';
import type { Atlas, AtlasEvent, Line, Zone } from './atlas.ts';
import { zoneLook, zoneLooks, type Reading, type ZoneLook } from './look.ts';

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

// A span of days: what was in force, or happened, at any time from `from` to `to` (both inclusive).

/** Coverage is rounded to steps, so that moving a thumb by a day changes few features' state. */
const COVER_STEPS = 20;

/** Days of [start, end) (end null: open) that fall within [from, to]. */
function overlap(start: Day, end: Day | null, from: Day, to: Day): number {
  const last = end === null ? to : Math.min(to, end - 1);
  return Math.max(0, last - Math.max(from, start) + 1);
}

export interface SpanCover {
  /** 2 certainly in force on some day of the span, 1 only possibly, 0 on none. */
  on: OnState;
  /** The share of the span's days it was in force (certainly, or possibly when only that), 0..1; 0 when not in force. */
  share: number;
  /** The share for the map, in twentieths: at least one when in force at all, and 1 only when in force throughout. */
  cover: number;
}

/** How a zone, line or role stood over a span: in force at all, and for how much of it. */
export function spanCover(v: Validity, from: Day, to: Day): SpanCover {
  const days = to - from + 1;
  // Where the candidate start and end overlap there is no certain day, and this counts none.
  const certain = overlap(v.certainStart, v.certainEnd, from, to);
  const possible = overlap(v.possibleStart, v.possibleEnd, from, to);
  const of = (on: 1 | 2, n: number): SpanCover => {
    const steps = n === days ? COVER_STEPS : Math.min(COVER_STEPS - 1, Math.max(1, Math.round((n / days) * COVER_STEPS)));
    return { on, share: n / days, cover: steps / COVER_STEPS };
  };
  if (certain > 0) return of(2, certain);
  if (possible > 0) return of(1, possible);
  return { on: 0, share: 0, cover: 0 };
}

/** A line over a span: drawn as being built only when it was being built all the time it stood in the span. */
function lineSpanState(line: Line, from: Day, to: Day): LineState {
  const { on } = spanCover(line, from, to);
  if (on === 0) return 0;
  const first = Math.max(from, line.possibleStart);
  const last = line.possibleEnd === null ? to : Math.min(to, line.possibleEnd - 1);
  const building = line.phases.some((p) => p.construction && p.possibleStart <= first && (p.possibleEnd === null || last < p.possibleEnd));
  return building ? 3 : on;
}

/** An event happened at some time in the span: it started by its end and had not ended before its start. */
export function eventInSpan(event: Pick<AtlasEvent, 'start' | 'end'>, from: Day, to: Day): boolean {
  return event.start <= to && (event.end === null || event.end > from);
}

/** The indexes of the events that happened at some time in the span, in date order. */
export function eventsInSpan(events: AtlasEvent[], from: Day, to: Day): number[] {
  const found: number[] = [];
  events.forEach((e, i) => {
    if (eventInSpan(e, from, to)) found.push(i);
  });
  return found;
}

export interface SpanView extends DateView {
  /** Per zone in force in the span, the share of it covered (SpanCover.cover). */
  cover: Map<string, number>;
  /** The span's events (indexes into atlas.events); their places are marked as a day's current event's are. */
  events: number[];
}

/**
 * Everything the map needs for a span: each zone and line in force at any time in it (2 when
 * certainly, 1 when only possibly), how much of the span each zone covered, the brightest glow each
 * place had in it, and the span's events. There is no one current event.
 */
export function atSpan(atlas: Atlas, from: Day, to: Day, reading: Reading = 'fact'): SpanView {
  const glow = new Map<string, number>(atlas.places.map((p) => [p.id, 0]));
  for (const event of atlas.events) {
    if (event.start > to) break;
    // Glow is full while an event lasts and fades after: its brightest in the span is at the day
    // of the span nearest to its last day.
    const lastDay = event.end === null ? to : event.end - 1;
    const g = eventGlow(event, Math.min(to, Math.max(from, lastDay)));
    for (const id of event.places) if (g > (glow.get(id) ?? 0)) glow.set(id, g);
  }
  const zones = new Map<string, OnState>();
  const cover = new Map<string, number>();
  const looks = new Map<string, ZoneLook>();
  for (const zone of atlas.zones) {
    const c = spanCover(zone, from, to);
    const look = c.on ? spanLook(zone, from, to, reading) : null;
    // A zone not drawn in the reading shown (in law, an occupation) is not drawn over a span either.
    zones.set(zone.id, look ? c.on : 0);
    if (!look) continue;
    cover.set(zone.id, c.cover);
    looks.set(zone.id, { ...look, on: c.on as ZoneLook['on'] });
  }
  return {
    zones,
    looks,
    cover,
    lines: new Map(atlas.lines.map((l) => [l.id, lineSpanState(l, from, to)])),
    glow,
    current: null,
    events: eventsInSpan(atlas.events, from, to),
  };
}

/** What the map draws: the day's view, or over a span (`until` not null) the span's. The legend lists from this. */
export function viewShown(atlas: Atlas, day: Day, until: Day | null, reading: Reading = 'fact'): DateView {
  return until === null ? atDate(atlas, day, reading) : atSpan(atlas, day, until, reading);
}

/**
 * Over a span, a zone is drawn with its holder and status as they stood at the span's end, else its
 * start, else the first or last day it stood within the span.
 */
function spanLook(zone: Zone, from: Day, to: Day, reading: Reading): ZoneLook | null {
  const clamp = (d: Day) => Math.min(to, Math.max(from, d));
  const days = [to, from, clamp(zone.possibleStart), ...(zone.certainEnd === null ? [] : [clamp(zone.certainEnd - 1)])];
  for (const day of days) {
    const look = zoneLook(zone, day, reading);
    if (look) return look;
  }
  return null;
}

/** The days the map's zones change: each zone's first possible day, and its first day possibly out of force. Regions never change. */
export function zoneChangeDays(atlas: Atlas): Day[] {
  return atlas.zones.filter((z) => z.kind !== 'region').flatMap((z) => (z.certainEnd === null ? [z.possibleStart] : [z.possibleStart, z.certainEnd]));
}
