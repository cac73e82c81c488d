// The atlas as GeoJSON for download: the features in force on a day, or everything. Each feature
// carries its names, dates (as written and as ISO days) and citations, so a file on its own still
// says where its facts come from.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { isoFromDay } from '../time/days.ts';
import { inForce, type Day } from '../time/days.ts';
import { onState } from './at-date.ts';
import type { Atlas, AtlasEvent, Citation, Dated, Line, Place, Zone } from './atlas.ts';
import { citationText, validityText } from './describe.ts';
import { englishNameOn } from './names.ts';
import { roleOn } from './roles.ts';
import { standingOn } from './standing.ts';

type Props = Record<string, unknown>;

function dates(d: Dated): Props {
  return {
    start: d.start,
    end: d.end ?? null,
    valid: validityText(d),
    possibleStart: isoFromDay(d.possibleStart),
    certainStart: isoFromDay(d.certainStart),
    certainEnd: d.certainEnd === null ? null : isoFromDay(d.certainEnd),
    possibleEnd: d.possibleEnd === null ? null : isoFromDay(d.possibleEnd),
  };
}

function cites(atlas: Atlas, citations: Citation[]): string[] {
  return citations.map((c) => citationText(c, atlas.sources));
}

function zoneFeature(atlas: Atlas, z: Zone, extra: Props = {}): Feature {
  return {
    type: 'Feature',
    id: z.id,
    geometry: z.geometry,
    properties: {
      id: z.id,
      type: 'zone',
      layer: z.layer,
      kind: z.kind,
      name: z.names.en,
      names: z.names,
      holder: z.holder,
      standing: z.standing.map((p) => ({
        status: p.status,
        fact: p.fact,
        law: p.law,
        ...(p.sharedWith ? { sharedWith: p.sharedWith } : {}),
        ...(p.label ? { label: p.label } : {}),
        ...dates(p),
      })),
      areaKm2: z.areaKm2,
      ...dates(z),
      ...extra,
      notes: z.notes.map((n) => n.text),
      citations: cites(atlas, z.citations),
    },
  };
}

function lineFeature(atlas: Atlas, l: Line, extra: Props = {}): Feature {
  return {
    type: 'Feature',
    id: l.id,
    geometry: l.geometry,
    properties: {
      id: l.id,
      type: 'line',
      kind: l.kind,
      name: l.names.en,
      names: l.names,
      ...dates(l),
      ...extra,
      notes: l.notes.map((n) => n.text),
      citations: cites(atlas, l.citations),
    },
  };
}

function placeFeature(atlas: Atlas, p: Place, extra: Props = {}): Feature {
  return {
    type: 'Feature',
    id: p.id,
    geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
    properties: {
      id: p.id,
      type: 'place',
      kind: p.kind,
      name: p.names.en,
      names: p.names,
      roles: p.roles.map((r) => ({ label: r.label, ...dates(r), citations: cites(atlas, r.citations) })),
      ...extra,
      notes: p.notes.map((n) => n.text),
      citations: cites(atlas, p.citations),
    },
  };
}

function eventFeature(atlas: Atlas, e: AtlasEvent): Feature {
  const place = atlas.places.find((p) => p.id === e.places[0]);
  const geometry: Geometry | null = place ? { type: 'Point', coordinates: [place.lon, place.lat] } : null;
  return {
    type: 'Feature',
    id: e.id,
    geometry: geometry as Geometry,
    properties: {
      id: e.id,
      type: 'event',
      name: e.title,
      when: e.when,
      start: isoFromDay(e.start),
      end: e.end === null ? null : isoFromDay(e.end - 1),
      places: e.places,
      zones: e.zones,
      summary: e.summary,
      notes: e.notes.map((n) => n.text),
      citations: cites(atlas, e.citations),
    },
  };
}

/** How a zone was held on a day: its status, its holders in fact and in law, and whether the dates make that certain. */
function standingThen(z: Zone, day: Day): Props | null {
  const s = standingOn(z, day);
  return s
    ? { status: s.phase.status, fact: s.phase.fact, law: s.phase.law, ...(s.phase.sharedWith ? { sharedWith: s.phase.sharedWith } : {}), certain: s.certain }
    : null;
}

const status = (v: Dated, day: Day) => (inForce(v, day) === 'certain' ? 'certain' : 'possible');

/** Zones and lines in force on a day (possibly in force included, marked so), and every place with its role that day. */
export function featuresOn(atlas: Atlas, day: Day): FeatureCollection {
  const on = (v: Dated) => onState(v, day) > 0;
  return {
    type: 'FeatureCollection',
    features: [
      // By the name it had that day, as the summary lists it, with how it was held that day.
      ...atlas.zones
        .filter((z) => z.kind !== 'region' && on(z))
        .map((z) => zoneFeature(atlas, z, { inForce: status(z, day), name: englishNameOn(z.names, day), standingOnDay: standingThen(z, day) })),
      ...atlas.lines.filter(on).map((l) => lineFeature(atlas, l, { inForce: status(l, day) })),
      ...atlas.places.map((p) => placeFeature(atlas, p, { roleOnDay: roleOn(p, day).role?.label ?? null })),
    ],
    // Foreign members (RFC 7946 §6.1): what the file is.
    ...({ title: `Recognition Atlas: in force on ${isoFromDay(day)}`, date: isoFromDay(day) } as object),
  };
}

/** The whole atlas: every zone, line, place, and every event (at its first place). */
export function wholeAtlas(atlas: Atlas): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: [
      ...atlas.zones.map((z) => zoneFeature(atlas, z)),
      ...atlas.lines.map((l) => lineFeature(atlas, l)),
      ...atlas.places.map((p) => placeFeature(atlas, p)),
      ...atlas.events.map((e) => eventFeature(atlas, e)),
    ],
    ...({ title: 'Recognition Atlas: Russo/Soviet–Japanese relations, 1855–1956', source: atlas.article.title } as object),
  };
}
