// Checks that need more than a schema: dates, references, citations, coordinates against the land.
// Each failure is a DataError naming the file, the item's id and the field.
import * as turf from '@turf/turf';
import booleanValid from '@turf/boolean-valid';
import { geoContains, geoDistance } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
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

  /**
   * Checks a list and requires a citation of the article or of a published work (its bibliography
   * or a reference work): the fact sheet, a gazetteer or a dataset is never enough alone. The
   * article must be cited wherever it speaks of the matter; for the wider period, which it passes
   * over in a sentence, a reference work may stand alone (geodata/README.md, "Citations").
   */
  resolveAll(at: At, field: string, citations: Citation[]): CitationOut[] {
    const out = citations.map((c, i) => this.resolve(at, `${field}.${i}`, c));
    if (!out.some((c) => c.source === this.article.id || this.isWork(c.source))) {
      fail(
        at,
        field,
        `needs a citation of the article ({ "source": "${this.article.id}", "paragraph": N }) or of a published work (a "bibliography" or "work" in sources.json)`,
      );
    }
    return out;
  }

  private isWork(id: string): boolean {
    const kind = this.sources.get(id)?.kind;
    return kind === 'bibliography' || kind === 'work';
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

/** Each land polygon on its own with its bounds, so that a point is tested only against the few polygons around it. */
const boundedCache = new WeakMap<object, { polygon: Polygon; bounds: [[number, number], [number, number]] }[]>();

function bounded(land: FeatureCollection<Polygon | MultiPolygon>) {
  let list = boundedCache.get(land);
  if (!list) {
    list = land.features
      .flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates))
      .map((coordinates) => {
        const polygon: Polygon = { type: 'Polygon', coordinates };
        let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
        for (const [x, y] of coordinates[0] as [number, number][]) [w, s, e, n] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
        // A ring spanning more than half the world crosses the antimeridian or rings a pole (Eurasia, Antarctica): always tested.
        const bounds: [[number, number], [number, number]] =
          e - w > 180
            ? [
                [-180, -90],
                [180, 90],
              ]
            : [
                [w, s],
                [e, n],
              ];
        return { polygon, bounds };
      });
    // Smallest first: a place on an island is found before the continents, whose rings are long.
    list.sort((a, b) => a.polygon.coordinates[0]!.length - b.polygon.coordinates[0]!.length);
    boundedCache.set(land, list);
  }
  return list;
}

function withinBounds([x, y]: [number, number], [[w, s], [e, n]]: [[number, number], [number, number]]): boolean {
  return y >= s && y <= n && x >= w && x <= e;
}

/**
 * Distance in km from a point to Natural Earth land, 0 when on it. Works on the sphere with d3, on
 * the land as world-atlas gives it: containment first (in the polygons whose bounds hold the
 * point), then the nearest coastline vertex within a degree (10m vertices lie a few km apart,
 * close enough for a limit of 15 km).
 */
export function kmFromLand(point: [number, number], land: FeatureCollection<Polygon | MultiPolygon>): number {
  const near = bounded(land);
  if (near.some(({ polygon, bounds }) => withinBounds(point, bounds) && geoContains(polygon, point))) return 0;
  const [x, y] = point;
  let best = Infinity;
  for (const { polygon } of near) {
    for (const ring of polygon.coordinates) {
      for (const v of ring) {
        if (Math.abs(v[0]! - x) > 1 || Math.abs(v[1]! - y) > 1) continue;
        best = Math.min(best, geoDistance(point, v as [number, number]) * EARTH_RADIUS_KM);
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

/**
 * Whether a derived geometry is valid. turf's check also refuses rings that touch at a point (a
 * hole meeting its outer ring where three pieces meet), which the OGC rules and the map allow:
 * those pass when every point where rings meet is one of the rings' own vertices, that is, where
 * edges touch rather than cross.
 */
export function isValidShape(geometry: Polygon | MultiPolygon): boolean {
  const f = turf.feature(geometry);
  if (booleanValid(f)) return true;
  const vertices = new Set(turf.coordAll(f).map(([x, y]) => `${x},${y}`));
  const crossings = turf.kinks(f as Feature<Polygon>).features.map((k) => k.geometry.coordinates);
  return crossings.length > 0 && crossings.every(([x, y]) => vertices.has(`${x},${y}`));
}

/** A derived geometry: valid (as isValidShape has it) and wound per RFC 7946 (outer rings counter-clockwise, holes clockwise). */
export function checkDerived(at: At, field: string, geometry: Polygon | MultiPolygon): void {
  if (!isValidShape(geometry)) fail(at, field, 'the derived shape is not a valid polygon');
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const [outer, ...holes] of polygons) {
    if (!outer || turf.booleanClockwise(outer)) fail(at, field, 'an outer ring of the derived shape is clockwise');
    if (holes.some((h) => !turf.booleanClockwise(h))) fail(at, field, 'a hole of the derived shape is counter-clockwise');
  }
}
