import { describe, expect, it } from 'vitest';
import { expression, latest, validateStyleMin, type LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Atlas } from '../../src/lib/data/atlas.ts';
import { indexAtlas } from '../../src/lib/data/lookup.ts';
import { atlasLayers } from '../../src/lib/map/atlas-layers.ts';
import { atlasSources } from '../../src/lib/map/sources.ts';
import { DETAIL_ZOOM, baseStyle, graticule, type DataUrls } from '../../src/lib/map/style.ts';
import { FONTS } from '../../src/lib/theme.ts';
import { fixtureAtlas } from '../fixtures/atlas.ts';

const urls = { landWorld: 'data/land-world.json', land50m: 'data/land-50m.json', land10m: 'data/land-10m.json' };

/** The whole style as the map holds it once the bridge has added the atlas to the base style. */
function fullStyle(urls: DataUrls, atlas: Atlas): StyleSpecification {
  const base = baseStyle(urls);
  return { ...base, sources: { ...base.sources, ...atlasSources(atlas, indexAtlas(atlas)) }, layers: [...base.layers, ...atlasLayers()] };
}

describe('style', () => {
  it('passes the official style validator', () => {
    expect(validateStyleMin(baseStyle(urls))).toEqual([]);
    expect(validateStyleMin(fullStyle(urls, fixtureAtlas))).toEqual([]);
  });

  it('fetches nothing from a server: no glyphs, no sprite, no tiles', () => {
    const style = fullStyle(urls, fixtureAtlas);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      const data = (source as { data: unknown }).data;
      if (typeof data === 'string') expect(data).toMatch(/^data\//);
    }
  });

  it('draws 50m below the detail zoom and 10m from it, never both', () => {
    const layers = baseStyle(urls).layers;
    const byId = (id: string) => layers.find((l) => l.id === id)!;
    expect(byId('land-50m').maxzoom).toBe(DETAIL_ZOOM);
    expect(byId('land-10m').minzoom).toBe(DETAIL_ZOOM);
    expect(byId('coast-50m').maxzoom).toBe(DETAIL_ZOOM);
    expect(byId('coast-10m').minzoom).toBe(DETAIL_ZOOM);
  });

  it('draws the coast under the land, so cuts between levels of detail stay hidden', () => {
    const ids = baseStyle(urls).layers.map((l) => l.id);
    const lastCoast = Math.max(...ids.filter((id) => id.startsWith('coast-')).map((id) => ids.indexOf(id)));
    const firstLand = Math.min(...ids.filter((id) => id.startsWith('land-')).map((id) => ids.indexOf(id)));
    expect(lastCoast).toBeLessThan(firstLand);
  });

  it('labels use the self-hosted font families', () => {
    // A font stack is a plain list of names, or a literal list inside an expression choosing one.
    const literals = (value: unknown): string[][] => (!Array.isArray(value) ? [] : value[0] === 'literal' ? [value[1] as string[]] : value.flatMap(literals));
    const stacks = (value: unknown): string[][] => (Array.isArray(value) && value.every((v) => typeof v === 'string') ? [value as string[]] : literals(value));
    const symbolFonts = fullStyle(urls, fixtureAtlas)
      .layers.filter((l) => l.type === 'symbol')
      .flatMap((l) => stacks((l.layout as { 'text-font': unknown })['text-font']));
    expect(symbolFonts.length).toBeGreaterThan(0);
    const known = Object.values(FONTS).map((f) => f.join(','));
    for (const f of symbolFonts) expect(known).toContain(f.join(','));
  });

  it('has a graticule every 10 degrees', () => {
    expect(graticule().features).toHaveLength(36 + 17);
  });

  it('gives the atlas one shader program per kind of layer', () => {
    // MapLibre compiles a program per layer type and per choice, for each paint property, of a
    // constant (uniform), a per-feature value (attribute) or a per-feature value by zoom; a dash
    // makes a line another program. Layers that agree share one (see atlas-layers.ts).
    const paintSpec = latest as unknown as Record<
      string,
      Record<string, Parameters<typeof expression.normalizePropertyExpression>[2] & { 'property-type': string; default?: unknown }>
    >;
    const program = (layer: LayerSpecification) => {
      const paint = ('paint' in layer ? layer.paint : undefined) as Record<string, unknown> | undefined;
      const variant = paint?.['line-dasharray'] ? 'SDF' : paint?.['fill-pattern'] ? 'Pattern' : '';
      return `${layer.type}${variant}`;
    };
    const signature = (layer: LayerSpecification) => {
      const specs = paintSpec[`paint_${layer.type}`]!;
      const paint = ('paint' in layer ? layer.paint : {}) as Record<string, unknown>;
      return Object.entries(specs)
        .filter(([, spec]) => /data-driven/.test(spec['property-type']))
        .map(([name, spec]) => {
          const value = paint[name] ?? spec.default;
          const kind = value === undefined ? 'constant' : expression.normalizePropertyExpression(value as never, name, spec).kind;
          return `${name}:${kind === 'camera' ? 'constant' : kind}`;
        })
        .join(' ');
    };
    const byProgram = new Map<string, Map<string, string[]>>();
    for (const layer of atlasLayers()) {
      const [name, sig] = [program(layer), signature(layer)];
      const signatures = byProgram.get(name) ?? new Map<string, string[]>();
      signatures.set(sig, [...(signatures.get(sig) ?? []), layer.id]);
      byProgram.set(name, signatures);
    }
    for (const [name, signatures] of byProgram) expect([name, [...signatures.values()]]).toEqual([name, [[...signatures.values()].flat()]]);
    expect([...byProgram.keys()].sort()).toEqual(['circle', 'fill', 'fillPattern', 'line', 'lineSDF', 'symbol']);
  });
});
