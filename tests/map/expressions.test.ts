// The map's paint expressions, evaluated in Node with the official style-spec on sample features
// and feature-states: what a zone, line or place looks like on a day, without WebGL.
import { describe, expect, it } from 'vitest';
import { expression, latest, type LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { HOLDERS, STATUSES } from '../../src/lib/data/atlas.ts';
import { EDGE_WIDTHS, STATUS_LOOK, UNCERTAIN_STRENGTH, atlasLayers } from '../../src/lib/map/atlas-layers.ts';
import { HOLDER_COLOURS } from '../../src/lib/theme.ts';

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

const state = { layer: 'state', own: 1 };
const overlay = { layer: 'overlay', own: 1 };
const byPieces = { layer: 'overlay', own: 0 };
const colour = (id: string, property: string, feature: Record<string, unknown>, fs: Record<string, unknown>) =>
  (paint(id, property, feature, fs) as { toString(): string }).toString();
const hex = (c: string) => {
  const n = parseInt(c.slice(1), 16);
  return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},1)`;
};

describe('zones: colour by holder, treatment by status (feature-state)', () => {
  it('a sovereign state is a solid tint of its holder’s colour; out of force or before any state, nothing', () => {
    for (const holder of HOLDERS) expect(colour('zones-fill', 'fill-color', state, { on: 2, holder, status: 'sovereign' })).toBe(hex(HOLDER_COLOURS[holder]));
    expect(paint('zones-fill', 'fill-opacity', state, { on: 2, holder: 'japan', status: 'sovereign' })).toBeCloseTo(STATUS_LOOK.sovereign.fill, 6);
    expect(paint('zones-fill', 'fill-opacity', state, { on: 0, holder: 'japan', status: 'sovereign' })).toBe(0);
    expect(paint('zones-fill', 'fill-opacity', state, {})).toBe(0);
  });

  it('each status has its own treatment: tint, edge, hatching', () => {
    const look = (status: string) => {
      const fs = { on: 2, holder: 'japan', status };
      return [
        paint('zones-fill', 'fill-opacity', overlay, fs),
        paint('zones-hatch', 'fill-opacity', overlay, fs),
        paint('zones-hatch-cross', 'fill-opacity', overlay, fs),
        paint('zones-outline', 'line-width', overlay, fs),
        paint('zones-outline', 'line-opacity', overlay, fs),
        paint('zones-outline-dashed', 'line-width', overlay, fs),
      ].join('/');
    };
    // Statuses drawn alike share a legend entry: a colony and a protectorate, a lease and a railway zone.
    const alike = [
      ['colony', 'protectorate'],
      ['leased', 'railway-zone'],
    ];
    const distinct = STATUSES.filter((s) => !alike.some(([, second]) => second === s));
    expect(new Set(distinct.map(look)).size).toBe(distinct.length);
    for (const [a, b] of alike) expect(look(a!)).toBe(look(b!));
    // Colony lighter than sovereign; occupation hatched; puppet state cross-hatched; lease edged; disputed dashed.
    const fill = (status: string) => paint('zones-fill', 'fill-opacity', state, { on: 2, holder: 'japan', status }) as number;
    expect(fill('colony')).toBeLessThan(fill('sovereign'));
    expect(paint('zones-hatch', 'fill-opacity', state, { on: 2, status: 'occupation' })).toBeGreaterThan(0);
    expect(paint('zones-hatch-cross', 'fill-opacity', state, { on: 2, status: 'occupation' })).toBe(0);
    expect(paint('zones-hatch', 'fill-opacity', state, { on: 2, status: 'puppet-state' })).toBeGreaterThan(0);
    expect(paint('zones-hatch-cross', 'fill-opacity', state, { on: 2, status: 'puppet-state' })).toBeGreaterThan(0);
    expect(paint('zones-outline', 'line-width', state, { on: 2, status: 'leased' })).toBe(EDGE_WIDTHS.thick);
    expect(paint('zones-outline-dashed', 'line-width', state, { on: 2, status: 'disputed' })).toBe(EDGE_WIDTHS.dashed);
    expect(paint('zones-outline', 'line-width', state, { on: 2, status: 'disputed' })).toBe(0);
  });

  it('over a span, a zone is filled by how much of it the zone covered; a single day sets no share', () => {
    const sovereign = { on: 2, holder: 'japan', status: 'sovereign' };
    const occupied = { on: 2, holder: 'japan', status: 'occupation' };
    const full = paint('zones-fill', 'fill-opacity', overlay, sovereign) as number;
    expect(paint('zones-fill', 'fill-opacity', overlay, { ...sovereign, cover: 1 })).toBeCloseTo(full, 6);
    expect(paint('zones-fill', 'fill-opacity', overlay, { ...sovereign, cover: 0.05 })).toBeLessThan(full * 0.4);
    expect(paint('zones-fill', 'fill-opacity', overlay, { ...sovereign, cover: 0.5 })).toBeGreaterThan(
      paint('zones-fill', 'fill-opacity', overlay, { ...sovereign, cover: 0.2 }) as number,
    );
    expect(paint('zones-hatch', 'fill-opacity', overlay, { ...occupied, cover: 0.1 })).toBeLessThan(
      paint('zones-hatch', 'fill-opacity', overlay, occupied) as number,
    );
  });

  it('a state piece has no edge of its own (the tints meet), unless selected', () => {
    expect(paint('zones-outline', 'line-width', state, { on: 2, status: 'sovereign' })).toBe(0);
    expect(paint('zones-outline', 'line-width', overlay, { on: 2, status: 'sovereign' })).toBe(EDGE_WIDTHS.thin);
    expect(paint('zones-outline', 'line-width', state, { on: 2, status: 'sovereign', selected: true })).toBeGreaterThan(0);
  });

  it('uncertain dates: lighter, and a dashed edge instead of a solid one', () => {
    const fs = { holder: 'japan', status: 'occupation' };
    expect(paint('zones-fill', 'fill-opacity', overlay, { ...fs, on: 1 })).toBeCloseTo(STATUS_LOOK.occupation.fill * UNCERTAIN_STRENGTH, 6);
    expect(paint('zones-hatch', 'fill-opacity', overlay, { ...fs, on: 1 })).toBeLessThan(
      paint('zones-hatch', 'fill-opacity', overlay, { ...fs, on: 2 }) as number,
    );
    expect(paint('zones-outline', 'line-width', overlay, { ...fs, on: 1 })).toBe(0);
    expect(paint('zones-outline-dashed', 'line-width', overlay, { ...fs, on: 1 })).toBeGreaterThan(0);
    expect(paint('zones-outline-dashed', 'line-width', overlay, { ...fs, on: 2 })).toBe(0);
  });

  it('an overlay made of state pieces adds no tint or hatching of its own', () => {
    const fs = { on: 2, holder: 'japan', status: 'occupation' };
    expect(paint('zones-fill', 'fill-opacity', byPieces, fs)).toBe(0);
    expect(paint('zones-hatch', 'fill-opacity', byPieces, fs)).toBe(0);
  });

  it('a selected or legend-focused zone is drawn stronger', () => {
    const fs = { on: 2, holder: 'japan', status: 'colony' };
    const plain = paint('zones-fill', 'fill-opacity', state, fs) as number;
    expect(paint('zones-fill', 'fill-opacity', state, { ...fs, selected: true })).toBeGreaterThan(plain);
    expect(paint('zones-fill', 'fill-opacity', state, { ...fs, legend: true })).toBeGreaterThan(plain);
  });

  it('a zone’s name is shown while the zone is drawn, from the zoom at which it fits', () => {
    expect(paint('zones-label', 'text-opacity', { minzoom: 3 }, { on: 2 })).toBeGreaterThan(0);
    expect(paint('zones-label', 'text-opacity', { minzoom: 3 }, {})).toBe(0);
    expect(passes('zones-label', { minzoom: 3 })).toBe(true);
    expect(passes('zones-label', { minzoom: 5 })).toBe(false);
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

  it('the agent network is quiet (thin, faint) unless drawn fully', () => {
    const arc = { kind: 'agent-plan', side: 'japanese-agent' };
    expect(paint('lines-agent-plan', 'line-width', arc, { on: 2 })).toBeLessThan(paint('lines-agent-plan', 'line-width', arc, { on: 2, loud: true }) as number);
    expect(paint('lines-agent-plan', 'line-opacity', arc, { on: 2 })).toBeLessThan(
      paint('lines-agent-plan', 'line-opacity', arc, { on: 2, loud: true }) as number,
    );
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
