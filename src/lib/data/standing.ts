// A zone's standing on a day: with what status it was held, by whom in fact and by whom in law.
// Pure, for the map, the panels and the tests; the data build uses the same rules to check the
// phases (`sequenceProblem`) and to give the current map its colour and kind (`legacyPower`,
// `legacyKind`) until the map draws the standing itself.
import { inForce, type Day, type Validity } from '../time/days.ts';
import type { Holder, Power, Standing, Status, Zone, ZoneKind, ZoneLayer } from './atlas.ts';

export interface StandingOnDay {
  phase: Standing;
  /** False when the day falls where the phase's dates are uncertain or disputed. */
  certain: boolean;
  /** On such a day, the phase on the other side of the uncertain boundary, if any. */
  other?: Standing;
}

/**
 * The phase in force on a day: the one certainly in force; else, on a day inside an uncertain
 * boundary, the later of the two phases that touch there (drawn as possibly in force, as the map
 * draws an uncertain start), with the earlier as `other`; else null (not in force that day).
 */
export function standingOn(zone: Pick<Zone, 'standing'>, day: Day): StandingOnDay | null {
  let possible: Standing | null = null;
  let earlier: Standing | undefined;
  for (const phase of zone.standing) {
    const f = inForce(phase, day);
    if (f === 'certain') return { phase, certain: true };
    if (f === 'uncertain') {
      if (possible) earlier = possible;
      possible = phase;
    }
  }
  if (!possible) return null;
  return earlier ? { phase: possible, certain: false, other: earlier } : { phase: possible, certain: false };
}

/** Holders in words, as nouns ("held by Japan") and adjectives ("Japanese occupation"). */
export const HOLDER_NAMES: Record<Holder, { noun: string; adjective: string }> = {
  japan: { noun: 'Japan', adjective: 'Japanese' },
  russia: { noun: 'the Russian Empire', adjective: 'Russian' },
  soviet: { noun: 'Soviet Russia (the USSR from 1922)', adjective: 'Soviet' },
  fer: { noun: 'the Far Eastern Republic', adjective: 'Far Eastern Republic' },
  white: { noun: 'the White Russian governments', adjective: 'White Russian' },
  china: { noun: 'China', adjective: 'Chinese' },
  mongolia: { noun: 'Mongolia', adjective: 'Mongolian' },
  korea: { noun: 'Korea', adjective: 'Korean' },
  usa: { noun: 'the United States', adjective: 'American' },
  none: { noun: 'no one', adjective: 'no' },
};

export const STATUS_NAMES: Record<Status, string> = {
  sovereign: 'sovereign territory',
  colony: 'colony',
  protectorate: 'protectorate',
  leased: 'leased territory',
  'railway-zone': 'railway zone',
  occupation: 'military occupation',
  'puppet-state': 'puppet state',
  sphere: 'sphere of influence',
  joint: 'held jointly',
  disputed: 'disputed',
};

/** A phase in words: "Japanese military occupation; in law, Soviet Russia (the USSR from 1922)". */
export function describeStanding(phase: Pick<Standing, 'status' | 'fact' | 'law' | 'sharedWith'>): string {
  const fact = HOLDER_NAMES[phase.fact];
  let text: string;
  if (phase.status === 'joint') {
    const all = [phase.fact, ...(phase.sharedWith ?? [])].map((h) => HOLDER_NAMES[h].noun);
    text = `Held jointly by ${all.slice(0, -1).join(', ')} and ${all.at(-1)}`;
  } else if (phase.status === 'disputed') {
    text = phase.fact === 'none' ? 'Disputed, held by no one firmly' : `Disputed, held by ${fact.noun}`;
  } else if (phase.fact === 'none') {
    text = `${capitalise(STATUS_NAMES[phase.status])}, held by no one`;
  } else {
    text = `${fact.adjective} ${STATUS_NAMES[phase.status]}`;
  }
  if (phase.law !== phase.fact) text += `; in law, ${HOLDER_NAMES[phase.law].noun}`;
  return text;
}

/** The first letter upper case (Latin or Cyrillic): a status name that begins a sentence. */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The phase that lasted longest (an open end counts to the end of the period): what a one-colour map shows. */
export function longestPhase(standing: Standing[], periodEnd: Day): Standing {
  let best = standing[0]!;
  let bestLength = -Infinity;
  for (const phase of standing) {
    const length = (phase.certainEnd ?? periodEnd) - phase.certainStart;
    if (length > bestLength) [best, bestLength] = [phase, length];
  }
  return best;
}

/** The current map's colour for a holder: the four it knows, others in China's neutral colour. */
export function legacyPower(holder: Holder): Power {
  switch (holder) {
    case 'japan':
      return 'japan';
    case 'russia':
    case 'soviet':
    case 'white':
      return 'russia';
    case 'fer':
      return 'fer';
    default:
      return 'china';
  }
}

/** The current map's kind for a status; a state piece is drawn as a region (a dotted outline) until the map shades the states. */
export function legacyKind(layer: ZoneLayer, phase: Pick<Standing, 'status' | 'fact'>): ZoneKind {
  if (layer === 'state') return 'region';
  switch (phase.status) {
    case 'occupation':
      return 'occupation';
    case 'leased':
    case 'railway-zone':
      return 'leased';
    case 'puppet-state':
      return 'puppet-state';
    case 'sphere':
    case 'joint':
      return 'sphere';
    default:
      return phase.fact === 'fer' ? 'republic' : 'territory';
  }
}

/** What is wrong with a sequence of phases, if anything: where (phase index and field) and why. */
export interface SequenceProblem {
  index: number;
  field: 'start' | 'end';
  reason: string;
}

/**
 * The rule for phases (of a zone's standing): in date order, each starting where the previous one
 * ends, on the same day or over the same uncertain span (written the same on both sides), so they
 * never overlap and leave no gap; only the last may be open-ended.
 */
export function sequenceProblem(phases: (Validity & { start?: string; end?: string })[], iso: (day: Day) => string): SequenceProblem | null {
  for (let i = 1; i < phases.length; i++) {
    const a = phases[i - 1]!;
    const b = phases[i]!;
    if (a.certainEnd === null || a.possibleEnd === null) return { index: i - 1, field: 'end', reason: 'only the last phase may be open-ended' };
    if (b.possibleStart === a.certainEnd && b.certainStart === a.possibleEnd) continue;
    const ends = a.certainEnd === a.possibleEnd ? iso(a.certainEnd) : `${iso(a.certainEnd)}/${iso(a.possibleEnd)}`;
    if (b.possibleStart < a.possibleEnd) {
      return { index: i, field: 'start', reason: `overlaps the previous phase, which ends ${ends} (an uncertain boundary is written the same on both sides)` };
    }
    return { index: i, field: 'start', reason: `leaves a gap after the previous phase, which ends ${ends}: a phase starts where the previous one ends` };
  }
  return null;
}
