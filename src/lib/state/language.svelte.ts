// The reader's language: the interface's messages, the page's `lang`, the dates' words, and how the
// map names places. It comes from `lang=` in the URL, else the browser's languages, else English
// (languages.ts); the masthead's switch changes it without a reload, keeping the view.
import { untrack } from 'svelte';
import { loadDeferredMessages, loadMessages, type Locale } from '../i18n/load.ts';
import type { DeferredMessages } from '../i18n/deferred/en.ts';
import type { Lang } from '../i18n/languages.ts';
import type { Messages } from '../i18n/messages/en.ts';
import type { LabelMode } from '../map/labels.ts';
import type { AppState } from './app.svelte.ts';
import { HISTORY } from './url.svelte.ts';

export interface Opening {
  lang: Lang;
  /** The language was in the link (so the URL keeps saying it). */
  fromUrl: boolean;
  messages: Messages;
}

export class LanguageState {
  lang = $state<Lang>('en');
  /** The messages of `lang`: the two change together, once a new language's messages are in. */
  m = $state.raw<Messages>(null!);
  /** What the pure modules that write words need (describe.ts, format.ts). */
  locale: Locale = $derived({ lang: this.lang, m: this.m });
  labels = $state<LabelMode>('reader');
  /** The reader chose the language (by the switch or a link): the URL then says it, even English. */
  chosen = $state(false);
  /** The language being loaded, if any: the last one asked for wins. */
  #wanted: Lang | null = null;
  /** The words of what is loaded on first use, and their language, once one of those parts has asked for them (needDeferred). */
  #deferred = $state.raw<{ lang: Lang; m: DeferredMessages } | null>(null);

  constructor(
    private readonly app: AppState,
    opening: Opening,
  ) {
    this.lang = opening.lang;
    this.m = opening.messages;
    this.chosen = opening.fromUrl;
    $effect(() => {
      document.documentElement.lang = this.lang;
      document.title = this.m.pageTitle;
    });
  }

  /** The `lang` of history texts where they are still in English on a page in another language. */
  get textAttr(): Lang | undefined {
    const text = this.app.atlas.textLang;
    return text !== this.lang ? text : undefined;
  }

  /** The language the URL names: the reader's choice, or any language but English. */
  get urlLang(): Lang | null {
    return this.chosen || this.lang !== 'en' ? this.lang : null;
  }

  /**
   * The words of what is loaded on first use: only for the components the app shows once
   * needDeferred() has resolved (the panels, the story, the text atlas, the classroom's parts).
   */
  get deferred(): DeferredMessages {
    if (!this.#deferred) throw new Error('The deferred messages are read before needDeferred() has loaded them');
    return this.#deferred.m;
  }

  /** Loads the deferred words in the language shown; from then on a switch of language brings them too. */
  async needDeferred(): Promise<void> {
    // Untracked: called in a template's {#await}, whose promise must not restart when the words arrive.
    const missing = () => untrack(() => this.#deferred?.lang !== this.lang);
    // The language may change while its words load: then the new one's are loaded in turn.
    while (missing()) {
      const lang = untrack(() => this.lang);
      const m = await loadDeferredMessages(lang);
      if (lang === this.lang) this.#deferred = { lang, m };
    }
  }

  /** A part loaded on first use (its chunk's import), arriving once its words are in too. */
  withDeferredWords<T>(component: Promise<T>): Promise<T> {
    return Promise.all([component, this.needDeferred()]).then(([module]) => module);
  }

  /** Switches the interface to a language; the view stays as it is. */
  async set(lang: Lang, chosen = true): Promise<void> {
    this.#wanted = lang;
    if (chosen) this.chosen = true;
    if (lang === this.lang) return;
    let messages: Messages;
    let deferred: DeferredMessages | null;
    try {
      [messages, , deferred] = await Promise.all([
        loadMessages(lang),
        this.app.atlas.loadTranslation(lang),
        this.#deferred ? loadDeferredMessages(lang) : null,
      ]);
    } catch {
      // Offline before the language's chunk was ever fetched: the interface stays as it is.
      return;
    }
    if (this.#wanted !== lang) return;
    this.m = messages;
    if (deferred) this.#deferred = { lang, m: deferred };
    this.lang = lang;
    this.app.url.note(HISTORY.language);
  }

  setLabels(mode: LabelMode): void {
    this.labels = mode;
    this.app.url.note(HISTORY.labels);
  }
}
