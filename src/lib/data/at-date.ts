// What the atlas shows on a given day: which zones and lines are in force (certainly or possibly),
// how brightly each place glows from recent events, and which event is current. Pure: the map
// bridge turns the result into feature-state, the dock and the summary into words.
import { inForce, type Day, type Validity } from '../time/days.ts';
import type { Atlas, AtlasEvent, Line, Zone } from './atlas.ts';

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

/** The glow of one event on a day: full while it lasts, then fading to nothing over GLOW_DAYS. */
export function eventGlow(event: Pick<AtlasEvent, 'start' | 'end'>, day: Day): number {
  if (day < event.start) return 0;
  const over = event.end === null ? day : Math.max(event.start, event.end - 1);
  if (day <= over) return 1;
  const faded = 1 - (day - over) / GLOW_DAYS;
  return faded <= 0 ? 0 : Math.ceil(faded * GLOW_STEPS) / GLOW_STEPS;
}

/** Index of the current event: the latest that has started on or before the day; -1 before the first. */
export function currentEventIndex(events: AtlasEvent[], day: Day): number {
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

export interface DateView {
  zones: Map<string, OnState>;
  lines: Map<string, LineState>;
  /** Glow per place, 0..1. */
  glow: Map<string, number>;
  current: AtlasEvent | null;
}

/** Everything the map needs for one day. Cheap (tens of features); called at most once a frame. */
export function atDate(atlas: Atlas, day: Day): DateView {
  const glow = new Map<string, number>(atlas.places.map((p) => [p.id, 0]));
  for (const event of atlas.events) {
    if (event.start > day) break;
    const g = eventGlow(event, day);
    if (g === 0) continue;
    for (const id of event.places) if (g > (glow.get(id) ?? 0)) glow.set(id, g);
  }
  const index = currentEventIndex(atlas.events, day);
  return {
    zones: new Map(atlas.zones.map((z) => [z.id, zoneState(z, day)])),
    lines: new Map(atlas.lines.map((l) => [l.id, lineState(l, day)])),
    glow,
    current: index >= 0 ? atlas.events[index]! : null,
  };
}
