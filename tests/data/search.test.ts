// Search over everything the atlas holds, on the fixture atlas: every kind, in any script, grouped
// by kind, with dates, and the day to go to for what did not exist on the day shown.
import { describe, expect, it } from 'vitest';
import { atlasSearch, dayWithin } from '../../src/lib/data/search.ts';
import { dayFromParts } from '../../src/lib/time/days.ts';
import { fixtureAtlas } from '../fixtures/atlas.ts';

// Names besides the title, as events, eras and steps may carry them.
const atlas = {
  ...fixtureAtlas,
  events: fixtureAtlas.events.map((e) => (e.id === 'treaty' ? { ...e, names: { ja: '旧京条約', ru: 'Договор в Старой Столице' } } : e)),
  eras: fixtureAtlas.eras.map((e) => ({ ...e, names: { other: ['The Great War'] } })),
};
const index = atlasSearch(atlas);
const first = (query: string) => index.search(query)[0];

describe('searching places by any of their names, in any script', () => {
  it.each([
    ['North Port', 'north-port'],
    ['north port', 'north-port'],
    ['северный', 'north-port'],
    ['北港', 'north-port'],
    ['Hokko', 'north-port'],
    ['New Capital', 'old-capital'],
    ['旧京', 'old-capital'],
    ['Railjunction', 'junction'],
    ['철도', 'junction'],
  ])('%s finds %s', (query, id) => {
    expect(index.search(query).find((r) => r.kind === 'place')?.id).toBe(id);
  });

  it('puts exact and prefix matches before matches inside a name, within a kind', () => {
    expect(index.search('Старая')[0]).toMatchObject({ matched: 'Старая Столица', quality: 1 });
    expect(
      index
        .search('port')
        .filter((r) => r.kind === 'place')
        .map((r) => r.id),
    ).toEqual(['north-port']);
    const places = index.search('a').filter((r) => r.kind === 'place');
    expect(places.length).toBeGreaterThan(1);
    expect(places.map((r) => r.quality)).toEqual(places.map((r) => r.quality).sort());
  });
});

describe('searching the whole atlas', () => {
  it.each([
    ['北港', 'place', 'north-port'],
    ['The Colony', 'zone', 'colony'],
    ['植民地', 'zone', 'colony'],
    ['旧京条約', 'event', 'treaty'],
    ['Договор', 'event', 'treaty'],
    ['great war', 'era', 'war'],
    ['The agreement', 'step', 'step-two'],
  ])('%s finds the %s %s', (query, kind, id) => {
    expect(first(query)).toMatchObject({ kind, id });
  });

  it('groups results by kind, the best-matching kind first, each with its dates', () => {
    const results = index.search('Old Capital');
    const kinds = results.map((r) => r.kind);
    expect(kinds).toEqual([...kinds].sort((a, b) => kinds.indexOf(a) - kinds.indexOf(b)));
    expect(results[0]).toMatchObject({ kind: 'place', id: 'old-capital', quality: 0 });
    expect(results.find((r) => r.id === 'talks')).toMatchObject({ kind: 'event', dates: '28 June – 24 July 1923', quality: 2 });
    expect(index.search('colony')[0]).toMatchObject({ dates: '17 November 1905 – 15 August 1945' });
    expect(index.search('The treaty').find((r) => r.kind === 'step')).toMatchObject({ dates: 'Step 1, 5 September 1905' });
  });

  it('says which name matched', () => {
    expect(first('旧京条約')).toMatchObject({ name: 'Treaty at the Old Capital', matched: '旧京条約' });
  });

  it('finds nothing for nothing', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('  -- ')).toEqual([]);
    expect(index.search('zzzz')).toEqual([]);
  });
});

describe('the day to go to', () => {
  const colony = first('The Colony')!;

  it('is the nearer end of the span for what did not exist on the day shown', () => {
    expect(dayWithin(colony.span, dayFromParts(1900, 1, 1))).toBe(dayFromParts(1905, 11, 17));
    expect(dayWithin(colony.span, dayFromParts(1950, 1, 1))).toBe(dayFromParts(1945, 8, 14));
  });

  it('is none for what existed on the day, and for a place', () => {
    expect(dayWithin(colony.span, dayFromParts(1923, 5, 21))).toBeNull();
    expect(dayWithin(first('North Port')!.span, dayFromParts(1800, 1, 1))).toBeNull();
  });

  it('is the certain span for a zone whose start is uncertain', () => {
    const occupation = first('The Occupation')!;
    expect(dayWithin(occupation.span, dayFromParts(1920, 5, 1))).toBe(dayFromParts(1920, 7, 3));
  });
});
