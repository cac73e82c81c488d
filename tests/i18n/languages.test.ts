import { describe, expect, it } from 'vitest';
import { chooseLanguage, langOfTag } from '../../src/lib/i18n/languages.ts';
import { parseHash, writeHash } from '../../src/lib/url/hash.ts';

describe('choosing the language', () => {
  it('takes the URL first, then the first browser language the atlas speaks, then English', () => {
    expect(chooseLanguage('ja', ['ru-RU', 'en'])).toBe('ja');
    expect(chooseLanguage(null, ['de-DE', 'ru-RU', 'ja'])).toBe('ru');
    expect(chooseLanguage(null, ['ja-JP'])).toBe('ja');
    expect(chooseLanguage(null, ['de', 'fr'])).toBe('en');
    expect(chooseLanguage(null, [])).toBe('en');
  });

  it('reads a language tag by its primary subtag, in any case', () => {
    expect(['RU', 'ru_RU', 'ja-Jpan-JP', 'en-GB', 'uk', 'jav', ''].map(langOfTag)).toEqual(['ru', 'ru', 'ja', 'en', null, null, null]);
  });

  it('reads lang= and names= from a link, and ignores what it does not know', () => {
    expect(parseHash('#date=1923-05-21&lang=ja&names=then')).toMatchObject({ lang: 'ja', labels: 'then' });
    expect(parseHash('#lang=JA&names=old')).toMatchObject({ lang: null, labels: null });
    expect(parseHash('#lang=de')).toMatchObject({ lang: null });
  });

  it('writes them last', () => {
    const state = { ...parseHash('#date=1923-05-21&place=vladivostok'), lang: 'ru' as const, labels: 'then' as const };
    expect(writeHash(state)).toBe('#date=1923-05-21&place=vladivostok&lang=ru&names=then');
  });
});
