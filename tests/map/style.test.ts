import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { DETAIL_ZOOM, FONTS, baseStyle, fullStyle, graticule } from '../../src/lib/map/style.ts';
import { builtAtlas } from '../helpers/atlas.ts';

const urls = { landWorld: 'data/land-world.json', land50m: 'data/land-50m.json', land10m: 'data/land-10m.json' };

describe('style', () => {
  it('passes the official style validator', () => {
    expect(validateStyleMin(baseStyle(urls))).toEqual([]);
    expect(validateStyleMin(fullStyle(urls, builtAtlas()))).toEqual([]);
  });

  it('fetches nothing from a server: no glyphs, no sprite, no tiles', () => {
    const style = fullStyle(urls, builtAtlas());
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
    const symbolFonts = fullStyle(urls, builtAtlas())
      .layers.filter((l) => l.type === 'symbol')
      .map((l) => (l.layout as { 'text-font': string[] })['text-font']);
    expect(symbolFonts.length).toBeGreaterThan(0);
    const known = Object.values(FONTS).map((f) => f.join(','));
    for (const f of symbolFonts) expect(known).toContain(f.join(','));
  });

  it('has a graticule every 10 degrees', () => {
    expect(graticule().features).toHaveLength(36 + 17);
  });
});
