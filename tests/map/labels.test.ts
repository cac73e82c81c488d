import { describe, expect, it } from 'vitest';
import type { Names } from '../../src/lib/data/atlas.ts';
import { japaneseCharacters, placeLabel } from '../../src/lib/map/labels.ts';
import { dayFromParts } from '../../src/lib/time/days.ts';

const span = (start: string | undefined, end: string | undefined, names: Partial<Names>) => {
  const s = start ? dayFromParts(Number(start.slice(0, 4)), 1, 1) : -1e6;
  const e = end ? dayFromParts(Number(end.slice(0, 4)), 1, 1) : null;
  return { start, end, possibleStart: s, certainStart: s, certainEnd: e, possibleEnd: e, ...names };
};

const dairen: Names = {
  en: 'Dairen',
  ru: 'Дальний',
  ja: '大連',
  then: [
    span('1899', '1905', { en: 'Dalny', ru: 'Дальний' }),
    span('1905', '1945', { en: 'Dairen', ja: '大連' }),
    span('1945', undefined, { en: 'Dalian', zh: '大连' }),
  ],
};
const vladivostok: Names = { en: 'Vladivostok', ru: 'Владивосток', ja: '浦塩' };
const y = (year: number) => dayFromParts(year, 6, 1);

describe('place labels', () => {
  it('in the reader’s language: its name in that language, else the English one', () => {
    expect(['en', 'ru', 'ja'].map((lang) => placeLabel(vladivostok, lang as 'en', 'reader', y(1923)))).toEqual(['Vladivostok', 'Владивосток', '浦塩']);
    expect(placeLabel({ en: 'Urga' }, 'ja', 'reader', y(1923))).toBe('Urga');
  });

  it('as named at the time: the name then, with the script it was written in then', () => {
    expect(placeLabel(dairen, 'en', 'then', y(1930))).toBe('Dairen 大連');
    expect(placeLabel(dairen, 'ja', 'then', y(1930))).toBe('大連');
    expect(placeLabel(dairen, 'ru', 'then', y(1902))).toBe('Дальний');
    expect(placeLabel(dairen, 'en', 'then', y(1902))).toBe('Dalny Дальний');
    expect(placeLabel(dairen, 'ja', 'then', y(1950))).toBe('Dalian 大连');
    // No name of the time covers the day: the reader's name.
    expect(placeLabel(vladivostok, 'ru', 'then', y(1923))).toBe('Владивосток');
  });

  it('asks for the Japanese font only for names with kana or Han, each character once', () => {
    const none = { lang: 'en' as const, places: {}, regions: {}, arcs: {}, compare: {}, zones: {} };
    expect(japaneseCharacters({ ...none, places: { a: 'Vladivostok' }, regions: { b: 'Сахалин' }, zones: { k: ['Karafuto'] } })).toBe('');
    expect(japaneseCharacters({ ...none, places: { a: '浦塩', c: '大連' }, regions: { b: 'サハリン' }, arcs: { d: '浦塩 → 東京' } })).toBe(
      '浦塩大連サハリン東京',
    );
    // The zones' labels carry the holder's script in English too (Karafuto 樺太).
    expect(japaneseCharacters({ ...none, compare: { k: '樺太' }, zones: { k: ['Karafuto\n樺太', '朝鮮'] } })).toBe('樺太朝鮮');
  });
});
