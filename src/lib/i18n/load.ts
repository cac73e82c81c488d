// The interface's messages by language. English is in the first page's code; Russian and Japanese
// are chunks of their own, fetched when chosen, so that an English visit loads neither.
import type { Lang } from './languages.ts';
import type { DeferredMessages } from './deferred/en.ts';
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

/**
 * The words of what is loaded on first use (the panels, the story, the text atlas, the classroom's
 * parts): a chunk of their own in every language, English too, fetched with the first of them.
 */
export function loadDeferredMessages(lang: Lang): Promise<DeferredMessages> {
  switch (lang) {
    case 'en':
      return import('./deferred/en.ts').then((module) => module.deferredEn);
    case 'ru':
      return import('./deferred/ru.ts').then((module) => module.deferredRu);
    case 'ja':
      return import('./deferred/ja.ts').then((module) => module.deferredJa);
  }
}

/** What the pure modules that write words (describe.ts) need: the language and its messages. */
export interface Locale {
  lang: Lang;
  m: Messages;
}

export const ENGLISH: Locale = { lang: 'en', m: en };
