// Finding places by any name, and a place's role on a day, on the fixture atlas.
import { describe, expect, it } from 'vitest';
import { fold, nameIndex } from '../../src/lib/data/names.ts';
import { roleOn } from '../../src/lib/data/roles.ts';
import { dayFromParts } from '../../src/lib/time/days.ts';
import { fixtureAtlas as atlas } from '../fixtures/atlas.ts';

const index = nameIndex(atlas.places);
const place = (id: string) => atlas.places.find((p) => p.id === id)!;

describe('folding names', () => {
  it('ignores case, accents, macrons, ё and punctuation', () => {
    expect(fold('Keijō')).toBe('keijo');
    expect(fold('Nikolsk-Ussuriysky')).toBe('nikolskussuriysky');
    expect(fold('ПЕТРОПАВЛОВСК')).toBe('петропавловск');
    expect(fold('Хабаровск')).toBe(fold('хабаровск'));
    expect(fold('Ёж')).toBe('еж');
    expect(fold('Lüshun')).toBe('lushun');
    expect(fold('尼港')).toBe('尼港');
  });
});

describe('searching places in any script', () => {
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
    expect(index.search(query)[0]?.place.id).toBe(id);
  });

  it('says which name matched, and puts exact and prefix matches before matches inside a name', () => {
    expect(index.search('Старая')[0]).toMatchObject({ matched: 'Старая Столица', quality: 1 });
    const matches = index.search('port');
    expect(matches.map((m) => m.place.id)).toEqual(['north-port']);
    const qualities = index.search('a').map((m) => m.quality);
    expect(qualities.length).toBeGreaterThan(1);
    expect([...qualities].sort()).toEqual(qualities);
  });

  it('finds nothing for nothing', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('  -- ')).toEqual([]);
    expect(index.search('zzzz')).toEqual([]);
  });
});

describe('role on a day', () => {
  it('the role in force, certain before possible; the last one before; none yet', () => {
    expect(roleOn(place('north-port'), dayFromParts(1910, 1, 1))).toMatchObject({ status: 'current', role: { label: 'Fishing port' } });
    expect(roleOn(place('north-port'), dayFromParts(1923, 3, 10))).toMatchObject({ status: 'possibly', role: { agentPlan: 'japanese-agent' } });
    expect(roleOn(place('north-port'), dayFromParts(1923, 4, 1))).toMatchObject({ status: 'current', role: { label: 'Proposed seat of an agent' } });
    expect(roleOn(place('north-port'), dayFromParts(1921, 1, 1))).toMatchObject({ status: 'earlier', role: { label: 'Fishing port' } });
    expect(roleOn(place('north-port'), dayFromParts(1899, 12, 31))).toEqual({ role: null, status: 'none' });
    expect(roleOn(place('junction'), dayFromParts(1901, 8, 1)).status).toBe('possibly');
    expect(roleOn(place('faraway'), dayFromParts(1950, 1, 1))).toEqual({ role: null, status: 'none' });
  });
});
