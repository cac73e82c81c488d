// The interface's messages by language. English is in the first page's code; Russian and Japanese
// are chunks of their own, fetched when chosen, so that an English visit loads neither.
import type { Lang } from './languages.ts';
import { en, type Messages } from './messages/en.ts';

export function loadMessages(lang: Lang): Promise<Messages> {
  switch (lang) {
    case 'en':
      return Promise.resolve(en);
    case 'ru':
      return import('./messages/ru.ts').then((module) => module.ru);
    case 'ja':
      return import('./messages/ja.ts').then((module) => module.ja);
  }
}

/** What the pure modules that write words (describe.ts) need: the language and its messages. */
export interface Locale {
  lang: Lang;
  m: Messages;
}

export const ENGLISH: Locale = { lang: 'en', m: en };
