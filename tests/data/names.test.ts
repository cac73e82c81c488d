// Folding names for search (search.test.ts finds with them), and a place's role on a day, on the fixture atlas.
import { describe, expect, it } from 'vitest';
import type { Names } from '../../src/lib/data/atlas.ts';
import { englishNameOn, fold, nameOn, nameSpanProblem } from '../../src/lib/data/names.ts';
import { atlasSearch } from '../../src/lib/data/search.ts';
import { validity } from '../../src/lib/time/edtf.ts';
import { roleOn } from '../../src/lib/data/roles.ts';
import { dayFromParts, isoFromDay } from '../../src/lib/time/days.ts';
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

describe('names of the time', () => {
  const span = (start: string | undefined, end: string | undefined, names: Omit<Names, 'en'> & { en?: string }) => ({
    ...names,
    ...(start ? { start } : {}),
    ...(end ? { end } : {}),
    ...validity(start ?? '1855-01-01', end),
  });
  // A port named one way, then another over an uncertain year, then a third; its Japanese name changed apart.
  const port: Names = {
    en: 'Port',
    ja: '港',
    then: [
      span(undefined, '1905', { en: 'Old Port', ru: 'Старый' }),
      span('1905', '1945-08', { en: 'Middle Port', ja: '中港' }),
      span('1945-08', undefined, { en: 'New Port' }),
    ],
  };

  it('the name in use on a day, in each language, and the plain name where no name of the time covers it', () => {
    expect(nameOn(port, dayFromParts(1900, 1, 1), 'en')).toEqual({ name: 'Old Port', certain: true });
    expect(nameOn(port, dayFromParts(1920, 1, 1), 'en')).toEqual({ name: 'Middle Port', certain: true });
    expect(nameOn(port, dayFromParts(1920, 1, 1), 'ja')).toEqual({ name: '中港', certain: true });
    expect(nameOn(port, dayFromParts(1950, 1, 1), 'ja')).toEqual({ name: '港', certain: true });
    expect(nameOn(port, dayFromParts(1950, 1, 1), 'ru')).toBeNull();
    expect(englishNameOn(port, dayFromParts(1950, 1, 1))).toBe('New Port');
  });

  it('inside an uncertain boundary keeps the older name, marked uncertain', () => {
    expect(nameOn(port, dayFromParts(1905, 6, 1), 'en')).toEqual({ name: 'Old Port', certain: false });
  });

  it('refuses two names of one language in use at once, but lets an uncertain boundary touch', () => {
    expect(nameSpanProblem(port.then!, isoFromDay)).toBeNull();
    expect(nameSpanProblem([span('1899', '1906', { en: 'Old Port' }), span('1905', undefined, { en: 'New Port' })], isoFromDay)).toMatchObject({
      index: 1,
      language: 'en',
    });
    expect(nameSpanProblem([span('1905', undefined, { en: 'New Port' }), span('1899', '1905', { en: 'Old Port' })], isoFromDay)?.reason).toMatch(/date order/);
    // Spans in different languages may overlap: each language has its own.
    expect(nameSpanProblem([span('1899', '1950', { en: 'Old Port' }), span('1905', undefined, { ja: '新港' })], isoFromDay)).toBeNull();
  });

  it('a search finds a place by its names of the time', () => {
    expect(atlasSearch({ ...atlas, places: [{ ...atlas.places[0]!, names: port }] }).search('Middle Port')[0]?.matched).toBe('Middle Port');
  });
});
