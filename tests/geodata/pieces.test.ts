// Overlays made of state pieces travel without geometry and are rebuilt from the pieces when the
// atlas loads (src/lib/data/pieces.ts): what the app rebuilds must be what the build checked.
import { describe, expect, it } from 'vitest';
import { compactAtlas, expandAtlas } from '../../src/lib/data/pieces.ts';
import { builtAtlas } from '../helpers/atlas.ts';

const atlas = builtAtlas();

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
