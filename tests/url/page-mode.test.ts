// The page's query: embed, lock and a fixed language, read and written; anything else ignored.
import { describe, expect, it } from 'vitest';
import { linkTo, parsePageMode, writePageMode } from '../../src/lib/url/page-mode.ts';

describe('the page mode in the query', () => {
  it('reads embed, lock and lang, with or without values', () => {
    expect(parsePageMode('?embed&lock&lang=en')).toEqual({ embed: true, lock: true, lang: 'en' });
    expect(parsePageMode('?embed=1')).toEqual({ embed: true, lock: false, lang: null });
    expect(parsePageMode('')).toEqual({ embed: false, lock: false, lang: null });
  });

  it('ignores a language the atlas does not have, other flags, and garbage', () => {
    expect(parsePageMode('?lang=xx&debug&utm_source=x').lang).toBeNull();
    expect(parsePageMode('?%E0%A4%A&&=&lang')).toEqual({ embed: false, lock: false, lang: null });
    expect(parsePageMode(undefined as unknown as string)).toEqual({ embed: false, lock: false, lang: null });
  });

  it('writes the flags a link carries, and reads them back', () => {
    const mode = { embed: true, lock: true, lang: 'en' as const };
    expect(writePageMode(mode)).toBe('?embed&lock&lang=en');
    expect(parsePageMode(writePageMode(mode))).toEqual(mode);
    expect(writePageMode({ embed: false, lock: false, lang: null })).toBe('');
  });

  it("links to the page's own address with the query replaced and the view's hash", () => {
    expect(linkTo('http://127.0.0.1:4173/atlas/?debug#x', { embed: true, lock: false, lang: null }, '#date=1923-05-21')).toBe(
      'http://127.0.0.1:4173/atlas/?embed#date=1923-05-21',
    );
    expect(linkTo('https://a.example/?embed&lock', { embed: false, lock: false, lang: null }, '')).toBe('https://a.example/');
  });
});
