// Checks that need more than a schema: dates, references, citations, coordinates against the land.
// Each failure is a DataError naming the file, the item's id and the field.
import * as turf from '@turf/turf';
import booleanValid from '@turf/boolean-valid';
import { geoContains, geoDistance } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { EdtfError, eventSpan, validity, type EventSpan } from '../../src/lib/time/edtf.ts';
import type { Validity } from '../../src/lib/time/days.ts';
import type { Citation as CitationOut } from '../../src/lib/data/atlas.ts';
import { DataError } from './errors.ts';
import type { Article, Citation, Source } from './schema.ts';

/** Where an item sits, for messages: `file: id: field`. */
export interface At {
  file: string;
  id: string;
}

export function fail(at: At, field: string, reason: string): never {
  throw new DataError(at.file, at.id, field, reason);
}

export function checkValidity(at: At, field: string, start: string, end: string | undefined): Validity {
  try {
    return validity(start, end);
  } catch (e) {
    if (!(e instanceof EdtfError)) throw e;
    // Say which endpoint is at fault when only one of them is.
    const badField = end !== undefined && isEdtf(start) && !isEdtf(end) ? 'end' : !isEdtf(start) ? 'start' : 'end';
    fail(at, field ? `${field}.${badField}` : badField, e.message);
  }
}

function isEdtf(value: string): boolean {
  try {
    validity(value);
    return true;
  } catch {
    return false;
  }
}

export function checkWhen(at: At, when: string, field = 'when'): EventSpan {
  try {
    return eventSpan(when);
  } catch (e) {
    if (!(e instanceof EdtfError)) throw e;
    fail(at, field, e.message);
  }
}

/** Resolves citations: every source exists; article citations name a real paragraph and footnote. */
export class CitationChecker {
  private readonly sources: Map<string, Source>;
  private readonly paragraphs: Map<number, Set<number>>;
  private readonly footnotes: Map<number, { source: string; page: string }>;

  constructor(
    sources: Source[],
    private readonly article: Article,
  ) {
    this.sources = new Map(sources.map((s) => [s.id, s]));
    this.paragraphs = new Map(article.paragraphs.map((p) => [p.n, new Set(p.footnotes ?? [])]));
    this.footnotes = new Map(article.footnotes.map((f) => [f.n, { source: f.source, page: f.page }]));
  }

  /** Checks a list and requires at least one citation of the article itself. */
  resolveAll(at: At, field: string, citations: Citation[]): CitationOut[] {
    const out = citations.map((c, i) => this.resolve(at, `${field}.${i}`, c));
    if (!out.some((c) => c.source === this.article.id)) {
      fail(at, field, `needs a citation of the article ({ "source": "${this.article.id}", "paragraph": N })`);
    }
    return out;
  }

  /** Checks a list that may cite other works only (notes). */
  resolveAny(at: At, field: string, citations: Citation[]): CitationOut[] {
    return citations.map((c, i) => this.resolve(at, `${field}.${i}`, c));
  }

  private resolve(at: At, field: string, c: Citation): CitationOut {
    if (!this.sources.has(c.source)) fail(at, `${field}.source`, `unknown source "${c.source}" (see sources.json)`);
    if (c.source !== this.article.id) {
      if (c.paragraph !== undefined || c.footnote !== undefined) {
        fail(at, `${field}.paragraph`, 'paragraphs and footnotes belong to article citations only');
      }
      return { source: c.source, ...(c.page ? { page: c.page } : {}) };
    }
    if (c.paragraph === undefined) fail(at, `${field}.paragraph`, 'an article citation needs its paragraph number');
    const notes = this.paragraphs.get(c.paragraph);
    if (!notes) fail(at, `${field}.paragraph`, `the article has no paragraph ${c.paragraph}`);
    if (c.footnote === undefined) return { source: c.source, paragraph: c.paragraph };
    const note = this.footnotes.get(c.footnote);
    if (!note) fail(at, `${field}.footnote`, `the article has no footnote ${c.footnote}`);
    if (!notes.has(c.footnote)) fail(at, `${field}.footnote`, `footnote ${c.footnote} is not in paragraph ${c.paragraph}`);
    return { source: c.source, paragraph: c.paragraph, footnote: c.footnote, cites: note.source, page: note.page };
  }
}

const EARTH_RADIUS_KM = 6371.0088;

/**
 * Distance in km from a point to Natural Earth land, 0 when on it. Works on the sphere with d3, on
 * the land as world-atlas gives it: containment first, then the nearest coastline vertex within a
 * degree (10m vertices lie a few km apart, close enough for a limit of 15 km).
 */
export function kmFromLand(point: [number, number], land: FeatureCollection<Polygon | MultiPolygon>): number {
  if (geoContains(land, point)) return 0;
  const [x, y] = point;
  let best = Infinity;
  for (const f of land.features) {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const rings of polygons) {
      for (const ring of rings) {
        for (const v of ring) {
          if (Math.abs(v[0]! - x) > 1 || Math.abs(v[1]! - y) > 1) continue;
          best = Math.min(best, geoDistance(point, v as [number, number]) * EARTH_RADIUS_KM);
        }
      }
    }
  }
  return best;
}

/** A hand-drawn ring: closed, simple (no self-intersection) and counter-clockwise (RFC 7946). */
export function checkRing(at: At, field: string, ring: Position[]): void {
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) fail(at, field, 'the ring must end where it starts');
  const poly = turf.polygon([ring]);
  if (turf.kinks(poly).features.length > 0 || !booleanValid(poly)) fail(at, field, 'the polygon intersects itself');
  if (turf.booleanClockwise(ring)) fail(at, field, 'the outer ring must be counter-clockwise (RFC 7946)');
}

/** A derived geometry: valid and wound per RFC 7946 (outer rings counter-clockwise, holes clockwise). */
export function checkDerived(at: At, field: string, geometry: Polygon | MultiPolygon): void {
  if (!booleanValid(turf.feature(geometry))) fail(at, field, 'the derived shape is not a valid polygon');
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const [outer, ...holes] of polygons) {
    if (!outer || turf.booleanClockwise(outer)) fail(at, field, 'an outer ring of the derived shape is clockwise');
    if (holes.some((h) => !turf.booleanClockwise(h))) fail(at, field, 'a hole of the derived shape is counter-clockwise');
  }
}
