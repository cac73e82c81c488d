// The atlas by id: what the panels, the map's sources and the exports look up.
import { describe, expect, it } from 'vitest';
import { indexAtlas } from '../../src/lib/data/lookup.ts';
import { fixtureAtlas as atlas } from '../fixtures/atlas.ts';

const index = indexAtlas(atlas);

describe('the atlas index', () => {
  it('finds places, zones and sources by id, and nothing for an id it does not hold', () => {
    expect(index.place('north-port')?.names.en).toBe('North Port');
    expect(index.zone('colony')?.names.en).toBe('The Colony');
    expect(index.feature({ kind: 'zone', id: 'occupation' })?.id).toBe('occupation');
    expect(index.feature({ kind: 'place', id: 'colony' })).toBeUndefined();
    expect(index.place('atlantis')).toBeUndefined();
    expect(index.source('book')?.short).toBe('Writer 1970');
  });

  it('lists the events at a place and in a zone, in date order', () => {
    expect(index.eventsAt('old-capital').map((e) => e.id)).toEqual(['treaty', 'plan', 'talks']);
    expect(index.eventsAt('north-port').map((e) => e.id)).toEqual(['founding', 'plan', 'agreement']);
    expect(index.eventsIn('colony').map((e) => e.id)).toEqual(['treaty']);
    expect(index.eventsAt('junction')).toEqual([]);
  });

  it('ranks a place by its events and roles', () => {
    expect(index.rank(index.place('north-port')!)).toBe(3 + 2);
    expect(index.rank(index.place('faraway')!)).toBe(1);
    expect(index.rank(index.place('junction')!)).toBe(1);
  });
});
