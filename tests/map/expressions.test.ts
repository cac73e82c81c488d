// The map's paint expressions, evaluated in Node with the official style-spec on sample features
// and feature-states: what a zone, line or place looks like on a day, without WebGL.
import { describe, expect, it } from 'vitest';
import { expression, latest, type LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { ZONE_FILL_OPACITY, atlasLayers } from '../../src/lib/map/atlas-layers.ts';

const layers = atlasLayers();

function layer(id: string): LayerSpecification {
  const found = layers.find((l) => l.id === id);
  if (!found) throw new Error(`no layer ${id}`);
  return found;
}

/** Evaluates a paint property of a layer for a feature with the given properties and state. */
function paint(id: string, property: string, properties: Record<string, unknown>, state: Record<string, unknown> = {}, zoom = 4): unknown {
  const l = layer(id);
  const spec = (latest as unknown as Record<string, Record<string, unknown>>)[`paint_${l.type}`]![property] as Parameters<
    typeof expression.createPropertyExpression
  >[2];
  const value = (l.paint as Record<string, unknown>)[property];
  const compiled = expression.createPropertyExpression(value, property, spec);
  if (compiled.result !== 'success') throw new Error(`${id}.${property}: ${JSON.stringify(compiled.value)}`);
  return compiled.value.evaluate({ zoom }, { type: 'Polygon', properties, geometry: [] } as never, state);
}

/** Whether a layer's filter lets a feature through. */
function passes(id: string, properties: Record<string, unknown>): boolean {
  const filter = (layer(id) as { filter?: unknown }).filter;
  if (!filter) return true;
  const compiled = expression.createExpression(filter, 'filter');
  if (compiled.result !== 'success') throw new Error(`${id}: bad filter`);
  return compiled.value.evaluate({ zoom: 4 }, { type: 'Polygon', properties, geometry: [] } as never) as boolean;
}

const territory = { kind: 'territory', power: 'japan' };
const occupation = { kind: 'occupation', power: 'japan' };

describe('zones by feature-state', () => {
  it('a territory is filled when certain, at half strength when uncertain, not at all when out of force', () => {
    expect(paint('zones-fill', 'fill-opacity', territory, { on: 2 })).toBeCloseTo(ZONE_FILL_OPACITY.territory, 6);
    expect(paint('zones-fill', 'fill-opacity', territory, { on: 1 })).toBeCloseTo(ZONE_FILL_OPACITY.territory * 0.45, 6);
    expect(paint('zones-fill', 'fill-opacity', territory, { on: 0 })).toBe(0);
    // Before the date is first applied, there is no state at all: nothing is drawn.
    expect(paint('zones-fill', 'fill-opacity', territory, {})).toBe(0);
  });

  it('over a span, a zone is filled by how much of it the zone covered; a single day sets no share', () => {
    const full = paint('zones-fill', 'fill-opacity', territory, { on: 2 }) as number;
    expect(paint('zones-fill', 'fill-opacity', territory, { on: 2, cover: 1 })).toBeCloseTo(full, 6);
    expect(paint('zones-fill', 'fill-opacity', territory, { on: 2, cover: 0.05 })).toBeLessThan(full * 0.4);
    expect(paint('zones-fill', 'fill-opacity', territory, { on: 2, cover: 0.5 })).toBeGreaterThan(
      paint('zones-fill', 'fill-opacity', territory, { on: 2, cover: 0.2 }) as number,
    );
    expect(paint('zones-hatch', 'fill-opacity', occupation, { on: 2, cover: 0.1 })).toBeLessThan(
      paint('zones-hatch', 'fill-opacity', occupation, { on: 2 }) as number,
    );
  });

  it('an uncertain zone swaps the solid outline for a dashed one', () => {
    expect(paint('zones-outline', 'line-opacity', territory, { on: 2 })).toBeGreaterThan(0);
    expect(paint('zones-outline-dashed', 'line-opacity', territory, { on: 2 })).toBe(0);
    expect(paint('zones-outline', 'line-opacity', territory, { on: 1 })).toBe(0);
    expect(paint('zones-outline-dashed', 'line-opacity', territory, { on: 1 })).toBeGreaterThan(0);
  });

  it('occupations are hatched, territories are not', () => {
    expect(passes('zones-hatch', occupation)).toBe(true);
    expect(passes('zones-hatch', territory)).toBe(false);
    expect(paint('zones-hatch', 'fill-opacity', occupation, { on: 2 })).toBeGreaterThan(paint('zones-hatch', 'fill-opacity', occupation, { on: 1 }) as number);
  });

  it('colours come from who held the zone', () => {
    const colour = (power: string) => (paint('zones-fill', 'fill-color', { kind: 'territory', power }, { on: 2 }) as { toString(): string }).toString();
    expect(colour('japan')).not.toBe(colour('russia'));
    expect(colour('fer')).not.toBe(colour('japan'));
  });

  it('a selected zone is drawn stronger', () => {
    expect(paint('zones-fill', 'fill-opacity', territory, { on: 2, selected: true })).toBeGreaterThan(
      paint('zones-fill', 'fill-opacity', territory, { on: 2 }) as number,
    );
  });
});

describe('lines by feature-state', () => {
  const railway = { kind: 'railway' };
  it('a railway being built is dashed instead of solid', () => {
    expect(paint('lines-railway', 'line-opacity', railway, { on: 3 })).toBe(0);
    expect(paint('lines-railway-building', 'line-opacity', railway, { on: 3 })).toBeGreaterThan(0);
    expect(paint('lines-railway', 'line-opacity', railway, { on: 2 })).toBeGreaterThan(0);
    expect(paint('lines-railway-building', 'line-opacity', railway, { on: 2 })).toBe(0);
    expect(paint('lines-railway', 'line-opacity', railway, { on: 0 })).toBe(0);
  });

  it('agent-plan arcs are coloured by direction', () => {
    const to = (side: string) => (paint('lines-agent-plan', 'line-color', { kind: 'agent-plan', side }, { on: 2 }) as { toString(): string }).toString();
    expect(to('japanese-agent')).not.toBe(to('soviet-official'));
  });
});

describe('places by feature-state', () => {
  const city = { kind: 'city', name: 'Vladivostok', rank: 5 };
  it('glow follows the state, from nothing to full', () => {
    expect(paint('places-glow', 'circle-opacity', city, { glow: 0 })).toBe(0);
    expect(paint('places-glow', 'circle-opacity', city, {})).toBe(0);
    expect(paint('places-glow', 'circle-opacity', city, { glow: 1 })).toBeCloseTo(0.85, 6);
    expect(paint('places-glow', 'circle-radius', city, { glow: 1 })).toBeGreaterThan(paint('places-glow', 'circle-radius', city, { glow: 0.2 }) as number);
  });

  it('the current event’s place and a selected place are drawn larger', () => {
    const plain = paint('places', 'circle-radius', city, {}) as number;
    expect(paint('places', 'circle-radius', city, { current: true })).toBeGreaterThan(plain);
    expect(paint('places', 'circle-radius', city, { selected: true })).toBeGreaterThan(plain);
  });
});

describe('what a date step touches', () => {
  it('nothing that changes with the date is in a filter or a layout property (those re-tile)', () => {
    for (const l of layers) {
      expect(JSON.stringify((l as { filter?: unknown }).filter ?? null), l.id).not.toContain('feature-state');
      expect(JSON.stringify((l as { layout?: unknown }).layout ?? null), l.id).not.toContain('feature-state');
    }
  });
});
