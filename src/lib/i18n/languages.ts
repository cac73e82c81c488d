// The interface's languages, and which one a visitor gets: `lang=` in the URL, else the first of the
// browser's languages the atlas speaks, else English. Pure: no DOM, so the tests run it in Node.

export const LANGUAGES = ['en', 'ru', 'ja'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** Each language by its own name, as the masthead's switch offers it. */
export const AUTONYMS: Record<Lang, string> = { en: 'English', ru: 'Русский', ja: '日本語' };

/**
 * The locale Intl formats dates and numbers in. British English writes the day first ("21 May
 * 1923"), as the atlas always has; Russian and Japanese as their readers expect.
 */
export const INTL_LOCALE: Record<Lang, string> = { en: 'en-GB', ru: 'ru-RU', ja: 'ja-JP' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** `en`, `ru-RU`, `ja-JP`, `RU`: a BCP 47 tag's language, if the atlas speaks it. */
export function langOfTag(tag: string): Lang | null {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLang(primary) ? primary : null;
}

/** The language to show: the URL's, else the first browser language the atlas speaks, else English. */
export function chooseLanguage(fromUrl: Lang | null, browserLanguages: readonly string[]): Lang {
  if (fromUrl) return fromUrl;
  for (const tag of browserLanguages) {
    const lang = langOfTag(tag);
    if (lang) return lang;
  }
  return 'en';
}
