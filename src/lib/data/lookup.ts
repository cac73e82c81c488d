// The atlas by id: features, events and sources found through maps built once per atlas, instead of
// a linear search on every use (the panels, the map's tooltip and sources, the exports).
import type { Atlas, AtlasEvent, Place, Source, Zone } from './atlas.ts';

/** Something on the map a person can point at: a place or a zone, by atlas id. */
export interface FeatureRef {
  kind: 'place' | 'zone';
  id: string;
}

export interface AtlasIndex {
  place(id: string): Place | undefined;
  zone(id: string): Zone | undefined;
  /** The place or zone a reference names; undefined for an id the atlas does not hold. */
  feature(ref: FeatureRef): Place | Zone | undefined;
  source(id: string): Source | undefined;
  /** The events at a place, in date order. */
  eventsAt(placeId: string): AtlasEvent[];
  /** The events that concern a zone, in date order. */
  eventsIn(zoneId: string): AtlasEvent[];
  /** How much of the story happens at a place (its events and roles): its label wins collisions with quieter places. */
  rank(place: Place): number;
}

function byId<T extends { id: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** Groups events under each id that `keys` gives them, keeping the atlas's date order. */
function grouped(events: AtlasEvent[], keys: (e: AtlasEvent) => string[]): Map<string, AtlasEvent[]> {
  const out = new Map<string, AtlasEvent[]>();
  for (const event of events) {
    for (const key of keys(event)) {
      const list = out.get(key);
      if (list) list.push(event);
      else out.set(key, [event]);
    }
  }
  return out;
}

export function indexAtlas(atlas: Atlas): AtlasIndex {
  const places = byId(atlas.places);
  const zones = byId(atlas.zones);
  const sources = byId(atlas.sources);
  const atPlace = grouped(atlas.events, (e) => e.places);
  const inZone = grouped(atlas.events, (e) => e.zones);
  return {
    place: (id) => places.get(id),
    zone: (id) => zones.get(id),
    feature: (ref) => (ref.kind === 'place' ? places.get(ref.id) : zones.get(ref.id)),
    source: (id) => sources.get(id),
    eventsAt: (id) => atPlace.get(id) ?? [],
    eventsIn: (id) => inZone.get(id) ?? [],
    rank: (place) => (atPlace.get(place.id)?.length ?? 0) + place.roles.length,
  };
}
