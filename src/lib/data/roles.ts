// A place's role on a given day: what it was in the story then.
import { inForce, type Day } from '../time/days.ts';
import type { Place, Role } from './atlas.ts';

export interface RoleOnDay {
  role: Role | null;
  /** current: in force that day; possibly: the dates allow it; earlier: its last role before; none: nothing yet. */
  status: 'current' | 'possibly' | 'earlier' | 'none';
}

/**
 * The role to name in one line: the latest-starting role in force on the day (a certain one before
 * a possible one); else the latest role that began before it; else none.
 */
export function roleOn(place: Place, day: Day): RoleOnDay {
  let possible: Role | null = null;
  for (let i = place.roles.length - 1; i >= 0; i--) {
    const role = place.roles[i]!;
    const f = inForce(role, day);
    if (f === 'certain') return { role, status: 'current' };
    if (f === 'uncertain') possible ??= role;
  }
  if (possible) return { role: possible, status: 'possibly' };
  const earlier = place.roles.filter((r) => r.possibleStart <= day).at(-1) ?? null;
  return earlier ? { role: earlier, status: 'earlier' } : { role: null, status: 'none' };
}
