// The URL follows the app's state: the hash is derived from it (hash.ts writes it) and reaches the
// address bar through one debounced writer (url/writer.ts). A link opens the state it names; a hash
// typed or pasted into the address bar, or Back and Forward, move the app there.
import { parseHash, writeHash, type UrlState } from '../url/hash.ts';
import { UrlWriter, browserUrl, type HistoryMode } from '../url/writer.ts';
import type { AppState } from './app.svelte.ts';

/**
 * How each kind of move enters the browser's history, as on OpenStreetMap's site: a discrete move
 * (a place or zone opened or closed, a story step, a typed date, the next or previous event, a
 * search result, a comparison) pushes an entry that Back undoes; panning, zooming and scrubbing
 * replace the current one.
 */
export const HISTORY = {
  scrub: 'replace',
  pan: 'replace',
  typedDate: 'push',
  eventStep: 'push',
  select: 'push',
  search: 'push',
  storyStep: 'push',
  compare: 'push',
  language: 'push',
  labels: 'push',
  reading: 'push',
} as const satisfies Record<string, HistoryMode>;

export type Move = keyof typeof HISTORY;

interface Binding<K extends keyof UrlState> {
  /** The part's value in the app's state. */
  get(app: AppState): UrlState[K];
  /**
   * Moves the app to the part's value in a link or a history entry. Null (no such part, or a bad
   * one) clears what it names (a selection, a story step, a comparison) and keeps the date and view.
   */
  set(app: AppState, value: UrlState[K]): void;
  /** It names something in the atlas, so a link's value waits until the atlas has loaded. */
  needsAtlas?: true;
}

/** Each part of the URL (hash.ts's URL_PARTS) and the state behind it, both ways. */
const URL_BINDINGS: { [K in keyof UrlState]: Binding<K> } = {
  view: {
    get: (app) => app.atlas.view,
    set: (app, view) => {
      if (!view) return;
      app.atlas.view = view;
      app.map.jumpTo(view);
    },
  },
  // One day, or a span of time (an EDTF interval).
  date: { get: (app) => ({ day: app.atlas.day, until: app.atlas.until }), set: (app, date) => date !== null && app.atlas.showDateOrSpan(date) },
  // An unknown id is ignored.
  selected: {
    get: (app) => app.atlas.selected,
    set: (app, ref) => {
      if (ref) {
        if (app.atlas.index?.feature(ref)) app.panel.select(ref, { focus: false });
      } else if (app.atlas.selected) app.panel.closeDetails();
    },
    needsAtlas: true,
  },
  // A link's step opens at once, with no flight on arrival.
  step: {
    get: (app) => app.story.urlStep,
    set: (app, step) => {
      if (step !== null) app.story.goTo(step - 1, false);
      else if (app.story.current && !app.story.current.paused) app.story.exit();
    },
    needsAtlas: true,
  },
  compare: { get: (app) => app.atlas.compare, set: (app, day) => (app.atlas.compare = day) },
  // A link without lang= keeps the language shown (Back to an entry written before the switch).
  lang: { get: (app) => app.language.urlLang, set: (app, lang) => lang && app.language.set(lang) },
  labels: { get: (app) => (app.language.labels === 'then' ? 'then' : null), set: (app, mode) => (app.language.labels = mode ?? 'reader') },
  // Only "in law" is written: "in fact" is the default.
  reading: { get: (app) => (app.atlas.reading === 'law' ? 'law' : null), set: (app, reading) => (app.atlas.reading = reading ?? 'fact') },
};

const NAMES = Object.keys(URL_BINDINGS) as (keyof UrlState)[];

/** Moves the app to a URL's state, part by part; the view last, so that a story step's camera gives way to the view the URL holds. */
function apply(app: AppState, url: UrlState, which: (binding: Binding<keyof UrlState>) => boolean): void {
  for (const name of [...NAMES.filter((n) => n !== 'view'), 'view' as const]) {
    const binding = URL_BINDINGS[name] as Binding<keyof UrlState>;
    if (which(binding)) binding.set(app, url[name]);
  }
}

export class UrlSync {
  /** The hash the state says. */
  hash = $derived(writeHash(Object.fromEntries(NAMES.map((name) => [name, URL_BINDINGS[name].get(this.app)])) as UrlState));
  #writer = new UrlWriter(browserUrl());
  /** What the page was opened with. */
  #opening: UrlState;
  /** The app is being moved to a URL's state: the moves this makes enter no new history entry. */
  #following = false;

  constructor(
    private readonly app: AppState,
    openingHash: string,
  ) {
    this.#opening = parseHash(openingHash);
    // What does not need the atlas is shown at once: the view, the date, the comparison.
    this.#quietly(() => apply(app, this.#opening, (b) => !b.needsAtlas));
    // The hash is written once the atlas is in, so a link's place or step is not dropped meanwhile.
    $effect(() => {
      const hash = this.hash;
      if (this.app.atlas.atlas) this.#writer.schedule(hash);
    });
    $effect(() => () => this.#writer.dispose());
  }

  /** The atlas has loaded: a link's place or zone opens its panel, its step= opens that step. */
  applyOpening(): void {
    this.#quietly(() => apply(this.app, this.#opening, (b) => b.needsAtlas === true));
  }

  /**
   * A hash typed or pasted into the address bar, or a history entry Back or Forward returned to,
   * moves the app there: the view, the date, the selection and the story step. What the hash
   * cannot say is written back into the same entry.
   */
  follow(hash: string): void {
    this.#quietly(() => apply(this.app, parseHash(hash), () => true));
    this.#writer.schedule(this.hash);
  }

  /** The browser left the history entry (popstate): nothing still waiting is written into the one it arrived at. */
  left(): void {
    this.#writer.drop();
  }

  /** How the next write of the URL enters the browser's history (HISTORY). */
  note(mode: HistoryMode): void {
    if (!this.#following) this.#writer.note(mode);
  }

  #quietly(run: () => void): void {
    this.#following = true;
    try {
      run();
    } finally {
      this.#following = false;
    }
  }
}
