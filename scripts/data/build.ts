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
  type Phase,
  type Place,
  type StoryStep,
  type Zone,
} from '../../src/lib/data/atlas.ts';
import { WHOLE_PERIOD } from '../../src/lib/time/period.ts';
import { buildAgentArcs } from './arcs.ts';
import { CitationChecker, checkDerived, checkRing, checkValidity, checkWhen, fail, kmFromLand, type At } from './check.ts';
import { DataError } from './errors.ts';
import { buildLand, roundCoordinates, sphericalLand10m } from './land.ts';
import { checkItem, fromDirectory, itemId, readList, type GeodataFiles } from './read.ts';
import * as S from './schema.ts';
import { deriveShape, finishShape } from './shapes.ts';

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

function phases(at: At, list: v.InferOutput<typeof S.Phase>[]): Phase[] {
  return list.map((p, i) => ({ ...dated(at, `phases.${i}`, p), label: p.label, ...(p.construction ? { construction: true } : {}) }));
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

/** Reads and checks geodata (a folder, or files in memory); throws DataError on the first problem found. */
export function buildAtlas(source: string | GeodataFiles): Atlas {
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
      throw new DataError('sources.json', s.id, 'cite', 'the article and its bibliography need their fields for reference managers');
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
      names: p.names,
      kind: p.kind,
      lon: round5(lon),
      lat: round5(lat),
      roles: p.roles.map((r, i) => ({
        ...dated(at, `properties.roles.${i}`, r),
        label: r.label,
        ...(r.agentPlan ? { agentPlan: r.agentPlan } : {}),
        citations: cite.resolveAll(at, `properties.roles.${i}.citations`, r.citations),
      })),
      citations: cite.resolveAll(at, 'properties.citations', p.citations),
      notes: p.notes.map((n, i) => ({ text: n.text, citations: cite.resolveAny(at, `properties.notes.${i}.citations`, n.citations) })),
    };
  });
  const placeById = new Map(places.map((p) => [p.id, p]));

  const zones: Zone[] = zoneItems.map((z) => {
    const at = { file: 'zones.json', id: z.id };
    const validity = dated(at, '', z);
    if ('clip' in z.shape) checkRing(at, 'shape.clip', z.shape.clip);
    return {
      id: z.id,
      names: z.names,
      holder: z.holder,
      power: z.power,
      kind: z.kind,
      ...validity,
      phases: phases(at, z.phases),
      geometry: { type: 'MultiPolygon', coordinates: [] },
      areaKm2: 0,
      citations: cite.resolveAll(at, 'citations', z.citations),
      notes: z.notes.map((n, i) => ({ text: n.text, citations: cite.resolveAny(at, `notes.${i}.citations`, n.citations) })),
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
      names: l.names,
      kind: l.kind,
      ...dated(at, '', l),
      phases: phases(at, l.phases),
      geometry,
      citations: cite.resolveAll(at, 'citations', l.citations),
      notes: l.notes.map((n, i) => ({ text: n.text, citations: cite.resolveAny(at, `notes.${i}.citations`, n.citations) })),
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
        title: e.title,
        when: e.when,
        start: span.start,
        end: span.end,
        precision: precisionOf(e.when),
        uncertain: span.uncertain,
        places: e.places,
        zones: e.zones,
        lines: e.lines,
        summary: e.summary,
        citations: cite.resolveAll(at, 'citations', e.citations),
        notes: e.notes.map((n, i) => ({ text: n.text, citations: cite.resolveAny(at, `notes.${i}.citations`, n.citations) })),
      };
    })
    // Stable: events on the same day keep the order the file gives them.
    .sort((a, b) => a.start - b.start);

  const eras: Era[] = eraItems.map((e) => {
    const at = { file: 'eras.json', id: e.id };
    return { id: e.id, label: e.label, ...dated(at, '', e), citations: cite.resolveAll(at, 'citations', e.citations) };
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
    return {
      id: step.id,
      title: step.title,
      day: span.start,
      camera: { center: step.camera.center, zoom: step.camera.zoom, ...(step.camera.bearing !== undefined ? { bearing: step.camera.bearing } : {}) },
      caption: step.caption,
      places: step.places,
      zones: step.zones,
      events: step.events,
      citations: cite.resolveAll(at, 'citations', step.citations),
    };
  });
  if (story.length < 12 || story.length > 20) throw new DataError('story.json', '-', 'steps', `the story has ${story.length} steps; it needs 12 to 20`);

  const land = sphericalLand10m();
  for (const place of places) {
    const at = { file: 'places.geojson', id: place.id };
    const km = kmFromLand([place.lon, place.lat], land);
    if (km > MAX_KM_FROM_LAND) {
      const swapped = kmFromLand([place.lat, place.lon], land) <= MAX_KM_FROM_LAND ? ' (are longitude and latitude swapped?)' : '';
      const distance = Number.isFinite(km) ? `${Math.round(km)} km` : 'over 100 km';
      fail(at, 'geometry.coordinates', `[${place.lon}, ${place.lat}] is ${distance} from land${swapped}`);
    }
  }
  zoneItems.forEach((z, i) => {
    const geometry = zoneGeometry({ file: 'zones.json', id: z.id }, z.shape);
    zones[i]!.geometry = geometry;
    zones[i]!.areaKm2 = Math.round(turf.area(turf.feature(geometry)) / 1e6);
  });

  const labels: Label[] = labelItems.map((l) => ({ id: l.id, text: l.text, kind: l.kind, lon: l.at[0], lat: l.at[1], rank: l.rank }));

  return {
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
  };
}

/** Derived shapes by recipe: zones that share one (Karafuto and the Soviet occupation after it) share the work, across builds too. */
const shapeCache = new Map<string, Zone['geometry']>();

function zoneGeometry(at: At, shape: S.Shape): Zone['geometry'] {
  const recipe = JSON.stringify(shape);
  const cached = shapeCache.get(recipe);
  if (cached) return cached;
  const area = deriveShape(shape);
  if (!area) fail(at, 'shape', 'the recipe gives an empty shape (does the hand-drawn polygon touch land?)');
  const geometry = finishShape(area);
  checkDerived(at, 'shape', geometry);
  shapeCache.set(recipe, geometry);
  return geometry;
}

/** The precision of an event's start, for formatting ("1923" vs "21 May 1923"). */
function precisionOf(when: string): AtlasEvent['precision'] {
  const first = when.split('/')[0]!.replace(/[?~%]/g, '');
  return first.length === 4 ? 'year' : first.length === 7 ? 'month' : 'day';
}

export interface BuildResult {
  atlas: Atlas;
  /** File name → serialized JSON, exactly as written. */
  files: Record<string, string>;
}

export function buildAll(dir: string): BuildResult {
  const atlas = buildAtlas(dir);
  const files: Record<string, string> = { 'atlas.json': JSON.stringify(atlas) };
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
