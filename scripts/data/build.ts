// The data build: read geodata/, check it, derive what the map draws, and write public/data/.
// Nothing is written unless everything passes, so a broken file never leaves half an atlas.
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as turf from '@turf/turf';
import type { LineString, Position } from 'geojson';
import * as v from 'valibot';
import {
  ATLAS_FORMAT,
  type Atlas,
  type AtlasEvent,
  type Dated,
  type Era,
  type Label,
  type Line,
  type Names,
  type NameSpan,
  type Phase,
  type Place,
  type Standing,
  type StoryStep,
  type Zone,
} from '../../src/lib/data/atlas.ts';
import { labelPoint, type LabelPoint } from '../../src/lib/data/label-point.ts';
import { nameSpanProblem } from '../../src/lib/data/names.ts';
import { compactAtlas, dissolve } from '../../src/lib/data/pieces.ts';
import { describeStanding, legacyKind, legacyPower, longestPhase, sequenceProblem, standingOn } from '../../src/lib/data/standing.ts';
import { isoFromDay } from '../../src/lib/time/days.ts';
import { WHOLE_PERIOD } from '../../src/lib/time/period.ts';
import { buildAgentArcs } from './arcs.ts';
import { CitationChecker, checkDerived, checkRing, checkValidity, checkWhen, fail, kmFromLand, type At } from './check.ts';
import { DataError } from './errors.ts';
import { buildLand, roundCoordinates, sphericalLand10m } from './land.ts';
import { checkItem, fromDirectory, itemId, readList, type GeodataFiles } from './read.ts';
import * as S from './schema.ts';
import { cacheKey, readCache, writeCache } from './cache.ts';
import { TextTable, type Texts } from './texts.ts';
import { describeStandingIn, holdersIn } from '../../src/lib/data/standing-words.ts';
import type { Translation } from '../../src/lib/data/text.ts';
import { translationFile } from '../../src/lib/data/text.ts';
import { findOverlap, onGrid, simplifyPieces } from './partition.ts';
import { deriveShape, type Area, type ShapeContext } from './shapes.ts';

/** The atlas covers the first treaty to the Joint Declaration, as [start, end). */
export const PERIOD = { start: WHOLE_PERIOD.min, end: WHOLE_PERIOD.max + 1 };

/** A place more than this far from Natural Earth land has its coordinates wrong (often swapped). */
export const MAX_KM_FROM_LAND = 15;

function round5(n: number): number {
  return Math.round(n * 1e5) / 1e5;
}

function dated(at: At, field: string, item: { start: string; end?: string | undefined }): Dated {
  const v = checkValidity(at, field, item.start, item.end);
  return { start: item.start, ...(item.end !== undefined ? { end: item.end } : {}), ...v };
}

function phases(at: At, texts: TextTable, list: v.InferOutput<typeof S.Phase>[]): Phase[] {
  return list.map((p, i) => ({ ...dated(at, `phases.${i}`, p), label: texts.put(p.label), ...(p.construction ? { construction: true } : {}) }));
}

/** Names, with their names of the time dated and checked: per language, spans never overlap. */
function names(at: At, field: string, raw: v.InferOutput<typeof S.Names>): Names {
  if (!raw.then) return raw as Names;
  const then: NameSpan[] = raw.then.map((span, i) => {
    const f = `${field}.then.${i}`;
    // A span without a start was in use when the atlas begins; without an end, still in 1956.
    const v =
      span.start === undefined
        ? { ...checkValidity(at, f, '1855-01-01', span.end), possibleStart: PERIOD.start, certainStart: PERIOD.start }
        : checkValidity(at, f, span.start, span.end);
    return { ...span, ...v };
  });
  const problem = nameSpanProblem(then, isoFromDay);
  if (problem) fail(at, `${field}.then.${problem.index}.${problem.language}`, problem.reason);
  return { ...raw, then };
}

/** A zone's standing: dated phases, each held in law by its holder in fact unless it says otherwise, following each other without gap or overlap. */
function standing(at: At, texts: TextTable, list: v.InferOutput<typeof S.StandingPhase>[]): Standing[] {
  const out = list.map((p, i): Standing => {
    const { start, end, status, fact, law, sharedWith, label } = p;
    return {
      ...dated(at, `standing.${i}`, { start, end }),
      status,
      fact,
      law: law ?? fact,
      ...(sharedWith ? { sharedWith } : {}),
      ...(label ? { label: texts.put(label) } : {}),
    };
  });
  const problem = sequenceProblem(out, isoFromDay);
  if (problem) fail(at, `standing.${problem.index}.${problem.field}`, problem.reason);
  return out;
}

/** Words derived from the standing, in each language: who held a zone, or what a phase was. */
function inEachLanguage(words: (language: keyof Texts) => string): Texts {
  return { en: words('en'), ru: words('ru'), ja: words('ja') };
}

function uniqueIds(items: At[]): void {
  const seen = new Map<string, string>();
  for (const { file, id } of items) {
    const first = seen.get(id);
    if (first !== undefined) throw new DataError(file, id, 'id', `duplicate id (also in ${first})`);
    seen.set(id, file);
  }
}

function readPlaces(files: GeodataFiles): S.PlaceFeature[] {
  const file = 'places.geojson';
  const raw = files(file) as { type?: unknown; features?: unknown } | null;
  if (raw?.type !== 'FeatureCollection' || !Array.isArray(raw.features)) {
    throw new DataError(file, '-', 'type', 'must be a GeoJSON FeatureCollection');
  }
  return raw.features.map((f, i) => checkItem(file, itemId(f, i), S.PlaceFeature, f));
}

/**
 * Reads and checks geodata (a folder, or files in memory); throws DataError on the first problem
 * found. Gives the atlas in English, and the tables of its texts in the other languages (texts.ts).
 */
export function buildAtlas(source: string | GeodataFiles): { atlas: Atlas; translations: Translation[] } {
  const texts = new TextTable();
  const files = typeof source === 'string' ? fromDirectory(source) : source;
  const article = checkItem('article.json', 'article', S.Article, files('article.json'));
  const sources = readList(files, 'sources.json', 'sources', S.Source);
  const placeFeatures = readPlaces(files);
  const zoneItems = readList(files, 'zones.json', 'zones', S.Zone);
  const lineItems = readList(files, 'lines.json', 'lines', S.Line);
  const eventItems = readList(files, 'events.json', 'events', S.Event);
  const eraItems = readList(files, 'eras.json', 'eras', S.Era);
  const labelItems = readList(files, 'labels.json', 'labels', S.Label);
  const stepItems = readList(files, 'story.json', 'steps', S.StoryStep);

  uniqueIds(sources.map((s) => ({ file: 'sources.json', id: s.id })));
  uniqueIds([
    ...placeFeatures.map((p) => ({ file: 'places.geojson', id: p.id })),
    ...zoneItems.map((z) => ({ file: 'zones.json', id: z.id })),
    ...lineItems.map((l) => ({ file: 'lines.json', id: l.id })),
    ...eventItems.map((e) => ({ file: 'events.json', id: e.id })),
    ...eraItems.map((e) => ({ file: 'eras.json', id: e.id })),
    ...labelItems.map((l) => ({ file: 'labels.json', id: l.id })),
    ...stepItems.map((s) => ({ file: 'story.json', id: s.id })),
  ]);
  if (!sources.some((s) => s.id === article.id)) throw new DataError('sources.json', article.id, 'id', 'the article must be listed as a source');
  // "Cite this view" exports the article and the works it footnotes for reference managers.
  for (const s of sources) {
    if (s.kind !== 'reference' && !s.cite)
      throw new DataError('sources.json', s.id, 'cite', 'the article and the works it or the atlas cites need their fields for reference managers');
  }
  for (const f of article.footnotes) {
    if (!sources.some((s) => s.id === f.source)) throw new DataError('article.json', `footnote ${f.n}`, 'source', `unknown source "${f.source}"`);
  }
  const cite = new CitationChecker(sources, article);

  // First everything cheap (dates, references, citations), so that most mistakes are reported at
  // once; then the geometry, which takes seconds.
  const places: Place[] = placeFeatures.map((f) => {
    const at = { file: 'places.geojson', id: f.id };
    const [lon, lat] = f.geometry.coordinates;
    const p = f.properties;
    return {
      id: f.id,
      names: names(at, 'properties.names', p.names),
      kind: p.kind,
      lon: round5(lon),
      lat: round5(lat),
      roles: p.roles.map((r, i) => ({
        ...dated(at, `properties.roles.${i}`, r),
        label: texts.put(r.label),
        ...(r.agentPlan ? { agentPlan: r.agentPlan } : {}),
        citations: cite.resolveAll(at, `properties.roles.${i}.citations`, r.citations),
      })),
      citations: cite.resolveAll(at, 'properties.citations', p.citations),
      notes: p.notes.map((n, i) => ({ text: texts.put(n.text), citations: cite.resolveAny(at, `properties.notes.${i}.citations`, n.citations) })),
    };
  });
  const placeById = new Map(places.map((p) => [p.id, p]));

  const zones: Zone[] = zoneItems.map((z) => {
    const at = { file: 'zones.json', id: z.id };
    checkRings(at, 'shape', z.shape);
    const list = standing(at, texts, z.standing);
    const first = list[0]!;
    const last = list[list.length - 1]!;
    if (z.layer === 'state') {
      // The states are shaded on every day of the atlas: a piece's standing covers the whole period.
      if (first.start !== '1855-01-01') fail(at, 'standing.0.start', "a state piece's standing starts with the atlas, on 1855-01-01");
      if (last.end !== undefined)
        fail(at, `standing.${list.length - 1}.end`, "a state piece's standing runs to the end of the atlas: leave its last phase open");
    }
    const longest = longestPhase(list, PERIOD.end);
    const plainPieces = z.layer === 'overlay' && isPlainPieces(z.shape) ? z.shape.pieces : undefined;
    return {
      id: z.id,
      names: names(at, 'names', z.names),
      layer: z.layer,
      holder: texts.put(z.holder ?? inEachLanguage((language) => holdersIn(list, language))),
      standing: list,
      power: legacyPower(longest.fact),
      kind: legacyKind(z.layer, longest),
      ...dated(at, 'standing', { start: first.start, ...(last.end !== undefined ? { end: last.end } : {}) }),
      phases:
        list.length > 1 || list.some((p) => p.law !== p.fact)
          ? list.map((p) => ({ ...validityOf(p), label: p.label ?? texts.put(inEachLanguage((language) => describeStandingIn(p, language))) }))
          : [],
      ...(plainPieces ? { pieces: plainPieces } : {}),
      geometry: { type: 'MultiPolygon', coordinates: [] },
      label: null,
      areaKm2: 0,
      citations: cite.resolveAll(at, 'citations', z.citations),
      notes: z.notes.map((n, i) => ({ text: texts.put(n.text), citations: cite.resolveAny(at, `notes.${i}.citations`, n.citations) })),
    };
  });

  const lines: Line[] = lineItems.map((l) => {
    const at = { file: 'lines.json', id: l.id };
    const coords: Position[] = l.route.map((point, i) => {
      if (typeof point !== 'string') return point;
      const place = placeById.get(point);
      if (!place) fail(at, `route.${i}`, `unknown place "${point}"`);
      return [place.lon, place.lat];
    });
    const geometry: LineString = { type: 'LineString', coordinates: roundCoordinates(coords, 5) };
    return {
      id: l.id,
      names: names(at, 'names', l.names),
      kind: l.kind,
      ...dated(at, '', l),
      phases: phases(at, texts, l.phases),
      geometry,
      citations: cite.resolveAll(at, 'citations', l.citations),
      notes: l.notes.map((n, i) => ({ text: texts.put(n.text), citations: cite.resolveAny(at, `notes.${i}.citations`, n.citations) })),
    };
  });

  const zoneIds = new Set(zones.map((z) => z.id));
  const lineIds = new Set(lines.map((l) => l.id));
  const events: AtlasEvent[] = eventItems
    .map((e): AtlasEvent => {
      const at = { file: 'events.json', id: e.id };
      const span = checkWhen(at, e.when);
      e.places.forEach((id, i) => placeById.has(id) || fail(at, `places.${i}`, `unknown place "${id}"`));
      e.zones.forEach((id, i) => zoneIds.has(id) || fail(at, `zones.${i}`, `unknown zone "${id}"`));
      e.lines.forEach((id, i) => lineIds.has(id) || fail(at, `lines.${i}`, `unknown line "${id}"`));
      return {
        id: e.id,
        title: texts.put(e.title),
        when: e.when,
        start: span.start,
        end: span.end,
        precision: precisionOf(e.when),
        uncertain: span.uncertain,
        places: e.places,
        zones: e.zones,
        lines: e.lines,
        summary: texts.put(e.summary),
        citations: cite.resolveAll(at, 'citations', e.citations),
        notes: e.notes.map((n, i) => ({ text: texts.put(n.text), citations: cite.resolveAny(at, `notes.${i}.citations`, n.citations) })),
        ...(e.names ? { names: e.names } : {}),
      };
    })
    // Stable: events on the same day keep the order the file gives them.
    .sort((a, b) => a.start - b.start);

  const eras: Era[] = eraItems.map((e) => {
    const at = { file: 'eras.json', id: e.id };
    return {
      id: e.id,
      label: texts.put(e.label),
      ...dated(at, '', e),
      citations: cite.resolveAll(at, 'citations', e.citations),
      ...(e.names ? { names: e.names } : {}),
    };
  });

  const eventIds = new Set(events.map((e) => e.id));
  const story: StoryStep[] = stepItems.map((step, i) => {
    const at = { file: 'story.json', id: step.id };
    const span = checkWhen(at, step.date, 'date');
    const previous = stepItems[i - 1];
    if (previous && step.date < previous.date) fail(at, 'date', `steps must be in date order (after ${previous.date})`);
    step.places.forEach((id, j) => placeById.has(id) || fail(at, `places.${j}`, `unknown place "${id}"`));
    step.zones.forEach((id, j) => zoneIds.has(id) || fail(at, `zones.${j}`, `unknown zone "${id}"`));
    step.events.forEach((id, j) => eventIds.has(id) || fail(at, `events.${j}`, `unknown event "${id}"`));
    // The camera frames what the step is about: its box holds every place it names.
    const [[west, south], [east, north]] = step.camera.bounds;
    if (south >= north) fail(at, 'camera.bounds', `south (${south}) must be below north (${north})`);
    const across = west > east; // the box crosses the antimeridian
    step.places.forEach((id, j) => {
      const { lon, lat } = placeById.get(id)!;
      const inLon = across ? lon >= west || lon <= east : lon >= west && lon <= east;
      if (!inLon || lat < south || lat > north) fail(at, 'camera.bounds', `places.${j} "${id}" (${lon}, ${lat}) lies outside the box the step frames`);
    });
    const { maxZoom, bearing } = step.camera;
    return {
      id: step.id,
      title: texts.put(step.title),
      day: span.start,
      camera: { bounds: step.camera.bounds, ...(maxZoom !== undefined ? { maxZoom } : {}), ...(bearing !== undefined ? { bearing } : {}) },
      caption: texts.put(step.caption),
      places: step.places,
      zones: step.zones,
      events: step.events,
      citations: cite.resolveAll(at, 'citations', step.citations),
      ...(step.names ? { names: step.names } : {}),
    };
  });
  if (story.length < 12 || story.length > 20) throw new DataError('story.json', '-', 'steps', `the story has ${story.length} steps; it needs 12 to 20`);

  for (const place of places) {
    const at = { file: 'places.geojson', id: place.id };
    const km = distanceFromLand(place.lon, place.lat);
    if (km > MAX_KM_FROM_LAND) {
      const swapped = distanceFromLand(place.lat, place.lon) <= MAX_KM_FROM_LAND ? ' (are longitude and latitude swapped?)' : '';
      const distance = Number.isFinite(km) ? `${Math.round(km)} km` : 'over 100 km';
      fail(at, 'geometry.coordinates', `[${place.lon}, ${place.lat}] is ${distance} from land${swapped}`);
    }
  }
  deriveZoneShapes(zoneItems, zones, lines);
  placeZoneNames(zones, places);

  const labels: Label[] = labelItems.map((l) => ({ id: l.id, text: texts.put(l.text), kind: l.kind, lon: l.at[0], lat: l.at[1], rank: l.rank }));

  return texts.split({
    format: ATLAS_FORMAT,
    period: PERIOD,
    article: { id: article.id, author: article.author, title: article.title, paragraphs: article.paragraphs.map((p) => ({ n: p.n, opens: p.opens })) },
    sources: sources.map((s) => ({
      id: s.id,
      kind: s.kind,
      short: s.short,
      full: s.full,
      ...(s.bibliography ? { bibliography: s.bibliography } : {}),
      ...(s.cite ? { cite: s.cite } : {}),
    })),
    places,
    zones,
    lines: [...lines, ...buildAgentArcs(places)],
    events,
    eras,
    labels,
    story,
  });
}

/** Distances from land by point, shared across builds in one process (each costs a search of Natural Earth 10m). */
const kmByPoint = new Map<string, number>();

function distanceFromLand(lon: number, lat: number): number {
  const key = `${lon},${lat}`;
  if (!kmByPoint.has(key)) kmByPoint.set(key, kmFromLand([lon, lat], sphericalLand10m()));
  return kmByPoint.get(key)!;
}

/** A recipe that is a union of state pieces and nothing more: its zone says nothing the pieces do not. */
function isPlainPieces(shape: S.Shape): shape is S.Shape & { pieces: string[] } {
  return shape.pieces !== undefined && Object.keys(shape).length === 1;
}

/** Hand-drawn polygons anywhere in a recipe: closed, simple, counter-clockwise. */
function checkRings(at: At, field: string, shape: S.Shape): void {
  if (shape.clip) checkRing(at, `${field}.clip`, shape.clip);
  if (typeof shape.within === 'object') checkRings(at, `${field}.within`, shape.within);
  shape.union?.forEach((r, i) => checkRings(at, `${field}.union.${i}`, r));
  shape.minus?.forEach((r, i) => checkRings(at, `${field}.minus.${i}`, r));
}

/**
 * The zones' geometry: the state pieces first, in file order, each at Natural Earth 10m; checked
 * not to overlap; simplified together (partition.ts). Then the overlays, from the simplified
 * pieces where they name them, so that an overlay and the pieces under it share their borders.
 */
function deriveZoneShapes(items: S.Zone[], zones: Zone[], lines: Line[]): void {
  const routes = new Map(lines.flatMap((l) => (l.geometry.type === 'LineString' ? [[l.id, l.geometry.coordinates] as const] : [])));
  const states = items.filter((z) => z.layer === 'state').map((z) => ({ id: z.id, shape: z.shape }));
  const chain = JSON.stringify(states);
  const simple = simplifiedCache(chain, () => {
    const raw = new Map<string, Area>();
    const keys = new Map<string, string>();
    for (const z of states) {
      const at = { file: 'zones.json', id: z.id };
      // A piece depends on its recipe and on the pieces the recipe names (listed before it).
      const key = JSON.stringify([z.shape, ...piecesNamed(z.shape).map((id) => keys.get(id) ?? id)]);
      keys.set(z.id, key);
      let area = rawPieces.get(key);
      if (!area) {
        const hash = cacheKey(key);
        area = readCache<Area>('piece', hash) ?? undefined;
        if (!area) {
          area = deriveShape(at, 'shape', z.shape, { lines: routes, pieces: raw }) ?? fail(at, 'shape', 'the recipe gives an empty shape');
          writeCache('piece', hash, area);
        }
        rawPieces.set(key, area);
      }
      raw.set(z.id, area);
    }
    const overlap = findOverlap(raw);
    if (overlap)
      fail(
        { file: 'zones.json', id: overlap.id },
        'shape',
        `overlaps the state piece "${overlap.other}" (at ${overlap.at.join(', ')}): the pieces partition the land`,
      );
    return raw.size ? simplifyPieces(raw) : new Map<string, Area>();
  });
  const ctx: ShapeContext = { lines: routes, pieces: simple };
  const routesKey = JSON.stringify([...routes]);
  const byId = new Map(zones.map((z) => [z.id, z]));
  items.forEach((z, i) => {
    const at = { file: 'zones.json', id: z.id };
    const key = `${z.layer}:${z.id}:${JSON.stringify(z.shape)}:${routesKey}:${chain}`;
    let done = finished.get(key);
    if (!done) {
      let geometry: Zone['geometry'];
      if (z.layer === 'state') geometry = simple.get(z.id)!.geometry;
      else if (isPlainPieces(z.shape)) {
        // Exactly what the app will rebuild from the pieces (pieces.ts), so that the build checks what is drawn.
        geometry = dissolve(z.shape.pieces.map((id, j) => simple.get(id)?.geometry ?? fail(at, `shape.pieces.${j}`, `"${id}" is not a state piece`)));
      } else {
        const area = deriveShape(at, 'shape', z.shape, ctx);
        // Cut from the pieces, an overlay goes on the atlas's grid as they do.
        geometry = area ? onGrid(area).geometry : { type: 'MultiPolygon', coordinates: [] };
      }
      if (geometry.type === 'MultiPolygon' && geometry.coordinates.length === 0)
        fail(at, 'shape', 'the recipe gives an empty shape (does the hand-drawn polygon touch land?)');
      checkDerived(at, 'shape', geometry);
      done = { geometry, areaKm2: Math.round(turf.area(turf.feature(geometry)) / 1e6) };
      finished.set(key, done);
    }
    zones[i]!.geometry = done.geometry;
    zones[i]!.areaKm2 = done.areaKm2;
    if (isPlainPieces(z.shape))
      checkAgainstPieces(
        at,
        zones[i]!,
        z.shape.pieces.map((id) => byId.get(id)!),
      );
  });
}

/** State pieces at Natural Earth detail, by their recipe and the pieces it names, shared across builds in one process. */
const rawPieces = new Map<string, Area>();

/** The state pieces a recipe names, anywhere in it. */
function piecesNamed(shape: S.Shape): string[] {
  const nested = [...(shape.union ?? []), ...(shape.minus ?? []), ...(typeof shape.within === 'object' ? [shape.within] : [])];
  return [...(shape.pieces ?? []), ...nested.flatMap(piecesNamed)];
}

/** Each zone's checked geometry and area, by everything it depends on, shared across builds in one process. */
const finished = new Map<string, Pick<Zone, 'geometry' | 'areaKm2'>>();

/** Each zone's label point, by its geometry (the same object across builds, through `finished`) and the places it keeps clear of. */
const labelsByGeometry = new WeakMap<Zone['geometry'], Map<string, LabelPoint | null>>();

/**
 * Where each zone's name goes (label-point.ts), clear of the places, to about 10 m: computed here,
 * so that the page does not.
 */
function placeZoneNames(zones: Zone[], places: Place[]): void {
  const avoid = places.map((p): Position => [p.lon, p.lat]);
  const key = JSON.stringify(avoid);
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  for (const zone of zones) {
    let byPlaces = labelsByGeometry.get(zone.geometry);
    if (!byPlaces) labelsByGeometry.set(zone.geometry, (byPlaces = new Map()));
    if (!byPlaces.has(key)) {
      const at = labelPoint(zone.geometry, avoid);
      byPlaces.set(key, at && { lon: round(at.lon), lat: round(at.lat), room: round(at.room) });
    }
    zone.label = byPlaces.get(key)!;
  }
}

const simplifiedByChain = new Map<string, Map<string, Area>>();

/** The simplified state pieces for a list of recipes: from memory, from the disk cache, or derived (and then cached). */
function simplifiedCache(chain: string, derive: () => Map<string, Area>): Map<string, Area> {
  let pieces = simplifiedByChain.get(chain);
  if (pieces) return pieces;
  const key = cacheKey(chain);
  const stored = readCache<[string, Area][]>('pieces', key);
  if (stored) pieces = new Map(stored);
  else {
    pieces = derive();
    writeCache('pieces', key, [...pieces]);
  }
  simplifiedByChain.set(chain, pieces);
  return pieces;
}

/**
 * An overlay made of state pieces repeats what the pieces say, so it must say the same: on every
 * day of each of its phases, each piece has the same status and holders. Checked at the start of
 * each phase and wherever a piece's standing changes inside it.
 */
function checkAgainstPieces(at: At, zone: Zone, pieces: Zone[]): void {
  zone.standing.forEach((phase, i) => {
    for (const piece of pieces) {
      if (piece.layer !== 'state') fail(at, 'shape.pieces', `"${piece.id}" is not a state piece`);
      const from = phase.certainStart;
      const to = phase.certainEnd ?? PERIOD.end;
      const days = [from, ...piece.standing.flatMap((p) => [p.possibleStart, p.certainStart]).filter((d) => d > from && d < to)];
      for (const day of days) {
        const s = standingOn(piece, day);
        const same =
          s?.certain && s.phase.status === phase.status && holdersInFact(s.phase) === holdersInFact(phase) && holdersInLaw(s.phase) === holdersInLaw(phase);
        if (!same) {
          const theirs = s ? `${describeStanding(s.phase)}${s.certain ? '' : ' (uncertain)'}` : 'not in force';
          fail(at, `standing.${i}`, `disagrees with the state piece "${piece.id}" on ${isoFromDay(day)}, where it is: ${theirs}`);
        }
      }
    }
  });
}

/** The holders in fact, as one comparable string: a joint phase's holders in any order. */
function holdersInFact(p: Standing): string {
  return [p.fact, ...(p.sharedWith ?? [])].sort().join('+');
}

/** The holders in law: a joint phase held so in law (law unstated) has them all. */
function holdersInLaw(p: Standing): string {
  return p.status === 'joint' && p.law === p.fact ? holdersInFact(p) : p.law;
}

function validityOf(p: Dated): Dated {
  const { start, end, possibleStart, certainStart, certainEnd, possibleEnd } = p;
  return { start, ...(end !== undefined ? { end } : {}), possibleStart, certainStart, certainEnd, possibleEnd };
}

/** The precision of an event's start, for formatting ("1923" vs "21 May 1923"). */
function precisionOf(when: string): AtlasEvent['precision'] {
  const first = when.split('/')[0]!.replace(/[?~%]/g, '');
  return first.length === 4 ? 'year' : first.length === 7 ? 'month' : 'day';
}

export interface BuildResult {
  /** In English; the other languages are in the files, one table each. */
  atlas: Atlas;
  /** File name → serialized JSON, exactly as written. */
  files: Record<string, string>;
}

export function buildAll(dir: string): BuildResult {
  const { atlas, translations } = buildAtlas(dir);
  const files: Record<string, string> = { 'atlas.json': JSON.stringify(compactAtlas(atlas)) };
  for (const t of translations) files[translationFile(t.language)] = JSON.stringify(t);
  for (const [name, fc] of Object.entries(buildLand())) files[name] = JSON.stringify(fc);
  return { atlas, files };
}

/** Writes every file into a temporary folder beside `outDir`, then moves them in place. */
export function writeOutputs(outDir: string, files: Record<string, string>): void {
  mkdirSync(outDir, { recursive: true });
  const tmp = mkdtempSync(join(outDir, '.tmp-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(tmp, name), text);
    for (const name of Object.keys(files)) renameSync(join(tmp, name), join(outDir, name));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export function sizeReport(files: Record<string, string>): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const rows = Object.entries(files).map(([name, text]) => ({ name, raw: Buffer.byteLength(text), gz: gzipSync(text).length }));
  const total = rows.reduce((a, r) => ({ raw: a.raw + r.raw, gz: a.gz + r.gz }), { raw: 0, gz: 0 });
  return [...rows, { name: 'total', ...total }].map((r) => `  ${r.name.padEnd(18)} ${kb(r.raw).padStart(10)}  ${kb(r.gz).padStart(10)} gzipped`).join('\n');
}
