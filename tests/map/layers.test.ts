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
  HOLDER_LEGEND,
  LEGEND,
  STATUS_LEGEND,
  STATUS_LOOK,
  atlasLayers,
  metaOf,
  type LayerGroup,
} from '../../src/lib/map/atlas-layers.ts';
import { atDate, viewShown } from '../../src/lib/data/at-date.ts';
import { HOLDERS, STATUSES } from '../../src/lib/data/atlas.ts';
import { legendOnDay } from '../../src/lib/map/legend.ts';
import { dayFromParts } from '../../src/lib/time/days.ts';
import { HOLDER_COLOURS, MAP_COLOURS } from '../../src/lib/theme.ts';
import { fixtureAtlas } from '../fixtures/atlas.ts';

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
    const zones = GROUP_LEGEND.zones.map((e) => e.short);
    for (const holder of HOLDERS) expect(zones).toContain(HOLDER_LEGEND[holder].short);
    for (const status of STATUSES) expect(zones).toContain(STATUS_LEGEND[status].short);
    expect(HOLDER_LEGEND.japan.swatch).toMatchObject({ colour: HOLDER_COLOURS.japan, fill: STATUS_LOOK.sovereign.fill });
    expect(STATUS_LEGEND.occupation.swatch).toMatchObject({ pattern: 'hatch' });
    expect(STATUS_LEGEND['puppet-state'].swatch).toMatchObject({ pattern: 'cross' });
    expect(GROUP_LEGEND.glow).toEqual([LEGEND.glow]);
    expect(LEGEND.glow.swatch).toMatchObject({ colour: MAP_COLOURS.glow });
    const known = [...Object.values(LEGEND), ...Object.values(HOLDER_LEGEND), ...Object.values(STATUS_LEGEND)];
    for (const layer of atlasLayers()) for (const entry of metaOf(layer).legend ?? []) expect(known, entry.label).toContain(entry);
  });

  it('of the day lists only what is drawn: holders, statuses, lines, glow; not the groups switched off; the comparison only while comparing', () => {
    const keys = (day: number, visible = allOn, comparing = false, reading: 'fact' | 'law' = 'fact') =>
      legendOnDay(fixtureAtlas, atDate(fixtureAtlas, day, reading), visible, comparing).map((e) => e.key);
    const may1923 = dayFromParts(1923, 5, 21);
    expect(keys(may1923)).toEqual([
      'holder-japan',
      'holder-china',
      'status-sovereign',
      'status-colony',
      'status-occupation',
      'railway',
      'agents-japanese',
      'glow',
    ]);
    // In law, the occupation is not drawn.
    expect(keys(may1923, allOn, false, 'law')).not.toContain('status-occupation');
    // The occupation's uncertain start: lighter, dashed, and said so.
    expect(keys(dayFromParts(1920, 5, 1))).toContain('uncertain');
    expect(keys(may1923, allOn, true)).toContain('compare');
    expect(keys(may1923, { ...allOn, zones: false }, true)).toEqual(['railway', 'agents-japanese', 'glow']);
    const colonies = legendOnDay(fixtureAtlas, atDate(fixtureAtlas, may1923), allOn, false).find((e) => e.key === 'status-colony')!;
    expect(colonies.zones).toEqual(['colony']);
  });

  it('over a span lists what was drawn at any time in it, as the map draws the span', () => {
    const keys = (from: number, until: number | null) => legendOnDay(fixtureAtlas, viewShown(fixtureAtlas, from, until), allOn, false).map((e) => e.key);
    const [y1910, y1923] = [dayFromParts(1910, 1, 1), dayFromParts(1923, 5, 21)];
    expect(keys(y1910, null)).not.toContain('status-occupation');
    expect(keys(y1910, y1923)).toContain('status-occupation');
  });
});
