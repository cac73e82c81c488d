// Which place a click, a tap or the pointer means. MapLibre's own answer to "what is in this box"
// comes in drawing order, not by distance: a tap on Nikolaevsk's dot opened Okha, whose label lay
// in the same 28-pixel box. So the bridge asks MapLibre for the candidates and this decides, by
// distance on screen: the dot under the pointer, else the label under it (a label counts as its
// place), else the nearest dot within reach, and none when two are about as near (a tap between two
// places opens neither rather than the wrong one).

export interface ScreenPoint {
  x: number;
  y: number;
}

/** A place's dot, where it is drawn on screen. */
export interface DotOnScreen extends ScreenPoint {
  id: string;
}

export interface PickOptions {
  /** How far from a dot a pointer may be and still mean it: a finger needs more than a mouse. */
  reach: number;
  /** Within this distance the pointer is on the dot itself: it wins whatever lies near. */
  onDot?: number;
}

/** The pointer is on a dot when this close to its centre (the drawn radius and a little more). */
export const ON_DOT = 7;

/** Reach of a mouse, and of a finger (half of a 44-pixel target). */
export const MOUSE_REACH = 8;
export const TOUCH_REACH = 22;

/**
 * The place meant, or null for none. `dots` are the candidates' dots (any order, duplicates
 * allowed), `labels` the places whose drawn name lies under the pointer.
 */
export function pickPlace(
  pointer: ScreenPoint,
  dots: readonly DotOnScreen[],
  labels: readonly string[],
  { reach, onDot = ON_DOT }: PickOptions,
): string | null {
  const byDistance = nearestFirst(pointer, dots);
  const nearest = byDistance[0];
  if (nearest && nearest.d <= onDot) return nearest.id;
  const labelled = [...new Set(labels)];
  if (labelled.length === 1) return labelled[0]!;
  if (!nearest || nearest.d > reach) return null;
  const second = byDistance[1];
  // Clearly nearer: at most half as far as the next one within reach.
  if (second && second.d <= reach && second.d < 2 * nearest.d) return null;
  return nearest.id;
}

/** One entry per place (its nearest dot, should a feature come back twice), nearest first. */
function nearestFirst(pointer: ScreenPoint, dots: readonly DotOnScreen[]): { id: string; d: number }[] {
  const best = new Map<string, number>();
  for (const dot of dots) {
    const d = Math.hypot(dot.x - pointer.x, dot.y - pointer.y);
    if (d < (best.get(dot.id) ?? Infinity)) best.set(dot.id, d);
  }
  return [...best].map(([id, d]) => ({ id, d })).sort((a, b) => a.d - b.d);
}
