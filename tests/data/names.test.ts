// Folding names for search (search.test.ts finds with them), and a place's role on a day, on the fixture atlas.
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/lib/data/names.ts';
import { roleOn } from '../../src/lib/data/roles.ts';
import { dayFromParts } from '../../src/lib/time/days.ts';
import { fixtureAtlas as atlas } from '../fixtures/atlas.ts';

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
