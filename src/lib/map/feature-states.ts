// The one place the map's feature-state is written. Everything that changes without re-tiling (a
// zone in force on the day, a place's glow, the selection, the hover, the story's highlight, the
// comparison) is a key of feature-state read by paint properties. Each key is kept as the last
// values given, and only the features whose value changed are touched: a date step that changes
// nothing sets nothing and costs no frame, one that changes a zone sets that zone alone.
import type { FeatureRef } from '../data/lookup.ts';
import { SOURCES } from './sources.ts';

/** What the synchroniser needs of a MapLibre map (tests give it a fake one). */
export interface FeatureStateTarget {
  setFeatureState(feature: { source: string; id: string }, state: Record<string, unknown>): void;
}

/** A value of feature-state; `off` below is the one every paint expression assumes when none is set. */
type Value = number | boolean | string;

/** The source each kind of map feature is drawn from. */
export const SOURCE_OF: Record<FeatureRef['kind'], string> = { place: SOURCES.places, zone: SOURCES.zones };

export class FeatureStates {
  /** Per source and key, the values last set (features absent hold `off`). */
  #set = new Map<string, Map<string, Value>>();

  constructor(private readonly target: FeatureStateTarget) {}

  /**
   * Gives each feature of `source` its value of `key` in `next`; a feature left out of `next` gets
   * `off`. Only features whose value differs from the last one set are touched, and a feature never
   * set is not touched to set it `off` (paint expressions read a missing state as `off`).
   */
  update(source: string, key: string, next: ReadonlyMap<string, Value>, off: Value): void {
    const slot = `${source}\u0000${key}`;
    const previous = this.#set.get(slot) ?? new Map<string, Value>();
    const now = new Map<string, Value>();
    for (const [id, value] of next) {
      if (value === off) continue;
      now.set(id, value);
      if (previous.get(id) !== value) this.target.setFeatureState({ source, id }, { [key]: value });
    }
    for (const id of previous.keys()) if (!now.has(id)) this.target.setFeatureState({ source, id }, { [key]: off });
    this.#set.set(slot, now);
  }

  /** Sets a true/false `key` on exactly the places and zones listed (selected, hover, story), false on the rest. */
  flag(key: string, refs: readonly FeatureRef[]): void {
    for (const [kind, source] of Object.entries(SOURCE_OF)) {
      this.update(source, key, new Map(refs.filter((r) => r.kind === kind).map((r) => [r.id, true])), false);
    }
  }

  /** Forgets what was set: the sources were added anew, with no state. */
  reset(): void {
    this.#set.clear();
  }
}
