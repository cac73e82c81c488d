// How a zone is drawn on a day, in fact and in law, and the names it is labelled with.
import { describe, expect, it } from 'vitest';
import { drawnByPieces, zoneLabelOn, zoneLabels, zoneLook, zoneLooks } from '../../src/lib/data/look.ts';
import { dayFromParts as d } from '../../src/lib/time/days.ts';
import { fixtureAtlas as atlas } from '../fixtures/atlas.ts';

const zone = (id: string) => atlas.zones.find((z) => z.id === id)!;

describe('a zone’s look', () => {
  it('in fact: the holder in fact and the status, certain or not', () => {
    expect(zoneLook(zone('occupation'), d(1923, 5, 21))).toEqual({ on: 2, holder: 'japan', status: 'occupation' });
    expect(zoneLook(zone('occupation'), d(1920, 5, 1))).toEqual({ on: 1, holder: 'japan', status: 'occupation' });
    expect(zoneLook(zone('colony'), d(1908, 1, 1))).toEqual({ on: 2, holder: 'japan', status: 'protectorate' });
    expect(zoneLook(zone('occupation'), d(1926, 1, 1))).toBeNull();
  });

  it('in law: an overlay that exists only in fact is not drawn; one held the same in law is', () => {
    expect(zoneLook(zone('occupation'), d(1923, 5, 21), 'law')).toBeNull();
    expect(zoneLook(zone('sphere'), d(1910, 1, 1), 'law')).toBeNull();
    expect(zoneLook(zone('colony'), d(1920, 1, 1), 'law')).toEqual({ on: 2, holder: 'japan', status: 'colony' });
  });

  it('in law: a state piece is its titular holder’s own territory', () => {
    const occupied = { ...zone('occupation'), layer: 'state' as const };
    expect(zoneLook(occupied, d(1923, 5, 21), 'law')).toEqual({ on: 2, holder: 'soviet', status: 'sovereign' });
    expect(zoneLook(zone('region'), d(1923, 5, 21), 'law')).toEqual(zoneLook(zone('region'), d(1923, 5, 21), 'fact'));
  });

  it('leaves out the zones not drawn', () => {
    expect([...zoneLooks(atlas.zones, d(1923, 5, 21), 'fact').keys()].sort()).toEqual(['colony', 'occupation', 'region']);
    expect([...zoneLooks(atlas.zones, d(1923, 5, 21), 'law').keys()].sort()).toEqual(['colony', 'region']);
  });

  it('an overlay made of state pieces is drawn by its pieces', () => {
    expect(drawnByPieces({ layer: 'overlay', pieces: ['a'] })).toBe(true);
    expect(drawnByPieces({ layer: 'overlay' })).toBe(false);
    expect(drawnByPieces({ layer: 'state' })).toBe(false);
  });
});

describe('a zone’s label', () => {
  it('is its name of the time, with the name in its holder’s script below', () => {
    expect(zoneLabelOn(zone('colony'), d(1920, 1, 1))).toBe('The Colony\n植民地');
    expect(zoneLabelOn(zone('sphere'), d(1910, 1, 1))).toBe('The Sphere');
    const renamed = { ...zone('colony'), names: { ...zone('colony').names, then: [{ ...d2('1910-08-29', '1945-08-15'), en: 'New Name', ja: '新名' }] } };
    expect(zoneLabelOn(renamed, d(1908, 1, 1))).toBe('The Colony\n植民地');
    expect(zoneLabelOn(renamed, d(1920, 1, 1))).toBe('New Name\n新名');
    expect(zoneLabels(renamed)).toEqual(['The Colony\n植民地', 'New Name\n新名']);
  });

  it('is in the reader’s language, the holder’s script said once, English where the data has no name in it', () => {
    const named = {
      ...zone('colony'),
      names: { en: 'The Colony', ja: '植民地', ru: 'Колония', then: [{ ...d2('1910-08-29', '1945-08-15'), en: 'New Name', ja: '新名' }] },
    };
    expect(zoneLabelOn(named, d(1908, 1, 1), 'ru')).toBe('Колония\n植民地');
    // No Russian name of the time: its Russian name.
    expect(zoneLabelOn(named, d(1920, 1, 1), 'ru')).toBe('Колония\n新名');
    expect(zoneLabelOn(named, d(1920, 1, 1), 'ja')).toBe('新名');
    expect(zoneLabels(named, 'ja')).toEqual(['植民地', '新名']);
    expect(zoneLabelOn({ ...named, names: { en: 'The Colony' } }, d(1908, 1, 1), 'ja')).toBe('The Colony');
  });
});

/** A validity from two ISO days. */
function d2(start: string, end: string) {
  const [a, b] = [start, end].map((s) => s.split('-').map(Number) as [number, number, number]).map(([y, m, day]) => d(y, m, day));
  return { start, end, certainStart: a!, possibleStart: a!, certainEnd: b!, possibleEnd: b! };
}
