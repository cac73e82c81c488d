// Overlays made of state pieces travel without geometry and are rebuilt from the pieces when the
// atlas loads (src/lib/data/pieces.ts): what the app rebuilds must be what the build checked.
import type { MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { compactAtlas, dissolve, expandAtlas } from '../../src/lib/data/pieces.ts';
import { builtAtlas } from '../helpers/atlas.ts';

const atlas = builtAtlas();

const square = (x: number, y: number, size = 1): MultiPolygon => ({
  type: 'MultiPolygon',
  coordinates: [[[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]]],
});

describe('dissolving pieces that share their edges', () => {
  it('two squares side by side become one ring, without the edge they shared', () => {
    const out = dissolve([square(0, 0), square(1, 0)]);
    expect(out.coordinates).toHaveLength(1);
    const ring = out.coordinates[0]![0]!;
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(ring.some(([x, y]) => x === 1 && y === 0.5)).toBe(false);
    expect(new Set(ring.map((p) => p.join()))).toEqual(new Set(['0,0', '1,0', '2,0', '2,1', '1,1', '0,1']));
  });

  it('a ring of eight squares around a ninth-sized gap keeps the gap as a hole', () => {
    const around = [0, 1, 2].flatMap((x) => [0, 1, 2].map((y) => [x, y] as const)).filter(([x, y]) => x !== 1 || y !== 1);
    const out = dissolve(around.map(([x, y]) => square(x, y)));
    expect(out.coordinates).toHaveLength(1);
    expect(out.coordinates[0]).toHaveLength(2);
  });

  it('pieces apart stay apart', () => {
    expect(dissolve([square(0, 0), square(5, 5)]).coordinates).toHaveLength(2);
  });
});

describe('the atlas as written and as loaded', () => {
  it('leaves out the geometry of overlays made of pieces, and only theirs', () => {
    const stored = compactAtlas(atlas);
    const without = stored.zones.filter((z) => !z.geometry).map((z) => z.id);
    expect(without).toContain('korea');
    expect(without).toContain('manchukuo');
    expect(without).not.toContain('russian-sphere');
    for (const id of without) expect(atlas.zones.find((z) => z.id === id)!.pieces?.length, id).toBeGreaterThan(0);
  });

  it('gives back, when loaded, exactly the geometry the build checked', () => {
    const loaded = expandAtlas(JSON.parse(JSON.stringify(compactAtlas(atlas))));
    for (const z of atlas.zones) expect(loaded.zones.find((l) => l.id === z.id)!.geometry, z.id).toEqual(z.geometry);
  });

  it('is smaller for it', () => {
    const full = JSON.stringify(atlas).length;
    const written = JSON.stringify(compactAtlas(atlas)).length;
    expect(written).toBeLessThan(full * 0.8);
  });
});
