// The layer registry: the switches, the layers a click can hit and the legend, all derived from the
// layers' metadata, name only layers the style has; and nothing in the code names a layer it lacks.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  COMPARE_LAYERS,
  GROUP_LAYERS,
  GROUP_LEGEND,
  INTERACTIVE_LAYERS,
  LAYER_GROUPS,
  LEGEND,
  atlasLayers,
  legendFor,
  metaOf,
  type LayerGroup,
} from '../../src/lib/map/atlas-layers.ts';
import { MAP_COLOURS, POWER_COLOURS } from '../../src/lib/theme.ts';

const ids = new Set(atlasLayers().map((l) => l.id));
const allOn = Object.fromEntries(Object.keys(LAYER_GROUPS).map((g) => [g, true])) as Record<LayerGroup, boolean>;

/** Every file under a folder whose name ends with one of the extensions. */
function files(dir: string, extensions: string[]): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return files(path, extensions);
    return extensions.some((x) => e.name.endsWith(x)) ? [path] : [];
  });
}

describe('the layer registry', () => {
  it('names only layers of the style: switches, clickable layers, the compare outlines', () => {
    const named = [...Object.values(GROUP_LAYERS).flat(), ...INTERACTIVE_LAYERS.places, ...INTERACTIVE_LAYERS.zones, ...COMPARE_LAYERS];
    for (const id of named) expect(ids, id).toContain(id);
  });

  it('puts every switchable layer under one switch, and gives every switch a layer', () => {
    for (const group of Object.keys(LAYER_GROUPS) as LayerGroup[]) expect(GROUP_LAYERS[group].length, group).toBeGreaterThan(0);
    const switched = Object.values(GROUP_LAYERS).flat();
    expect(new Set(switched).size).toBe(switched.length);
    // Only the region and sea names are always shown.
    expect([...ids].filter((id) => !switched.includes(id))).toEqual(['labels-regions']);
  });

  it('hits places (dots and names) before zones, and only the zones’ fill', () => {
    expect(INTERACTIVE_LAYERS).toEqual({ places: ['places', 'places-label'], zones: ['zones-fill'] });
  });

  it('no file of the app, the bench or the tests names a layer the style lacks', () => {
    const literal = /['"`]((?:zones|lines|places|labels)(?:-[a-z]+)+)['"`]/g;
    const sources = [...files('src', ['.ts', '.svelte']), ...files('scripts/bench', ['.ts']), ...files('e2e', ['.ts'])];
    const named = new Set(sources.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(literal)].map((m) => m[1]!)));
    expect(named.size).toBeGreaterThan(5);
    for (const id of named) expect(ids, id).toContain(id);
  });
});

describe('the legend', () => {
  it('is drawn from the layers that draw each entry, in the map’s colours', () => {
    expect(GROUP_LEGEND.zones.map((e) => e.short)).toEqual([
      'Japan',
      'Russia, the USSR',
      'Far Eastern Republic',
      'Occupation (hatched)',
      'Dates uncertain (dashed)',
      'Sphere (dotted)',
      LEGEND.compare.short,
    ]);
    expect(GROUP_LEGEND.zones[0]!.swatch).toMatchObject({ colour: POWER_COLOURS.japan });
    expect(GROUP_LEGEND.glow).toEqual([LEGEND.glow]);
    expect(LEGEND.glow.swatch).toMatchObject({ colour: MAP_COLOURS.glow });
    for (const layer of atlasLayers()) for (const entry of metaOf(layer).legend ?? []) expect(Object.values(LEGEND), entry.label).toContain(entry);
  });

  it('lists what is drawn: not the groups switched off, and the comparison only while comparing', () => {
    const all = legendFor(allOn, false);
    expect(all).not.toContain(LEGEND.compare);
    expect(legendFor(allOn, true)).toContain(LEGEND.compare);
    const noZones = legendFor({ ...allOn, zones: false }, true);
    expect(noZones).not.toContain(LEGEND.japan);
    expect(noZones).not.toContain(LEGEND.compare);
    expect(noZones).toContain(LEGEND.railway);
  });
});
