// How each zone is drawn on a day: by whom it was held and how (its status), in law or in fact, and
// whether it is drawn at all. Pure: the bridge turns it into feature-state (`on`, `holder`,
// `status`), the on-map legend lists what it finds, the tests check the history through it.
import type { Holder, NameLanguage, Status, Zone } from './atlas.ts';
import type { OnState } from './at-date.ts';
import { nameInOn, nameOn } from './names.ts';
import { standingOn } from './standing.ts';
import type { Day } from '../time/days.ts';

/** Which holder the map shows: the one who held the zone in fact (the default), or in law. */
export type Reading = 'fact' | 'law';

export interface ZoneLook {
  /** 1: drawn lighter and dashed (the day lies where the dates are uncertain); 2: drawn fully. */
  on: Exclude<OnState, 0>;
  holder: Holder;
  status: Status;
}

/**
 * Overlays made of state pieces (Karafuto is South Sakhalin's piece) repeat what the pieces already
 * shade: the map draws them as a name (and an outline when selected), not as a second fill.
 */
export function drawnByPieces(zone: Pick<Zone, 'layer' | 'pieces'>): boolean {
  return zone.layer === 'overlay' && (zone.pieces?.length ?? 0) > 0;
}

/**
 * A zone's look on a day, or null when it is not drawn. In fact: the holder in fact and the status.
 * In law: the holder in law; where law and fact differ, a state piece is drawn as its titular
 * holder's own territory (an occupied, leased or puppet land stays its sovereign's), and an overlay
 * that only exists in fact (an occupation, a sphere, a railway zone, a puppet state) is not drawn.
 */
export function zoneLook(zone: Pick<Zone, 'standing' | 'layer'>, day: Day, reading: Reading = 'fact'): ZoneLook | null {
  const standing = standingOn(zone, day);
  if (!standing) return null;
  const { phase, certain } = standing;
  const on = certain ? 2 : 1;
  if (reading === 'fact' || phase.law === phase.fact) return { on, holder: phase.fact, status: phase.status };
  if (zone.layer === 'overlay') return null;
  // A shared or disputed title stays so in law; any other is its holder in law's own territory.
  const status: Status = phase.status === 'joint' || phase.status === 'disputed' ? phase.status : 'sovereign';
  return { on, holder: phase.law, status };
}

/** Every zone's look on a day; zones not drawn are left out. */
export function zoneLooks(zones: readonly Zone[], day: Day, reading: Reading = 'fact'): Map<string, ZoneLook> {
  const looks = new Map<string, ZoneLook>();
  for (const zone of zones) {
    const look = zoneLook(zone, day, reading);
    if (look) looks.set(zone.id, look);
  }
  return looks;
}

/** The script a holder's own name of a place is written in, for the second line of a zone's label. */
const HOLDER_SCRIPT: Partial<Record<Holder, NameLanguage>> = { japan: 'ja', russia: 'ru', soviet: 'ru', fer: 'ru', white: 'ru', china: 'zh', korea: 'ko' };

/** The longest name in a holder's script that a zone's label carries on its second line. */
const LOCAL_NAME_MAX = 8;

/**
 * A zone's label on a day: its name of the time in the reader's language (else in English), and
 * below it the name of the time in the script of its first holder, where the data gives a short one
 * that differs ("Karafuto (Japanese South Sakhalin)\n樺太"; a Japanese reader reads 樺太 once).
 */
export function zoneLabelOn(zone: Pick<Zone, 'names' | 'standing'>, day: Day, lang: NameLanguage = 'en'): string {
  const first = nameInOn(zone.names, day, lang);
  const script = HOLDER_SCRIPT[zone.standing[0]!.fact];
  const local = script ? nameOn(zone.names, day, script)?.name : undefined;
  // Only a short name (満洲国, 樺太): a long second line would crowd the places' names.
  return local && local !== first && local.length <= LOCAL_NAME_MAX ? `${first}\n${local}` : first;
}

/** Every label a zone can have in a language, one per name of the time: the map switches between them by feature-state. */
export function zoneLabels(zone: Pick<Zone, 'names' | 'standing' | 'certainStart'>, lang: NameLanguage = 'en'): string[] {
  const days = [zone.certainStart, ...(zone.names.then ?? []).flatMap((span) => [span.certainStart, span.certainEnd ?? zone.certainStart])];
  return [...new Set(days.map((day) => zoneLabelOn(zone, Math.max(day, zone.certainStart), lang)))];
}
