// The URL follows the app's state: the hash is derived from it (hash.ts writes it) and reaches the
// address bar through one debounced writer (url/writer.ts). A link opens the state it names; a hash
// typed or pasted into the address bar moves the app there.
import { parseHash, writeHash, type UrlState } from '../url/hash.ts';
import { UrlWriter, browserUrl, type HistoryMode } from '../url/writer.ts';
import type { AppState } from './app.svelte.ts';

/**
 * How each kind of move enters the browser's history: `replace` keeps one entry for the session,
 * `push` adds one that Back undoes. Today every move replaces; discrete moves (a place opened, a
 * story step, a typed date, an event step, a search result) are the ones to switch to `push`.
 */
export const HISTORY = {
  scrub: 'replace',
  pan: 'replace',
  typedDate: 'replace',
  eventStep: 'replace',
  select: 'replace',
  search: 'replace',
  storyStep: 'replace',
  compare: 'replace',
  reading: 'replace',
} as const satisfies Record<string, HistoryMode>;

export type Move = keyof typeof HISTORY;

interface Binding<K extends keyof UrlState> {
  /** The part's value in the app's state. */
  get(app: AppState): UrlState[K];
  /** Moves the app to the part's value in a link (null: the link has no such part, or a bad one). */
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
  date: { get: (app) => app.atlas.day, set: (app, day) => day !== null && app.atlas.showDay(day) },
  // An unknown id is ignored.
  selected: {
    get: (app) => app.atlas.selected,
    set: (app, ref) => ref && app.atlas.index?.feature(ref) && app.panel.select(ref, { focus: false }),
    needsAtlas: true,
  },
  // A link's step opens at once, with no flight on arrival.
  step: { get: (app) => app.story.urlStep, set: (app, step) => step !== null && app.story.goTo(step - 1, false), needsAtlas: true },
  compare: { get: (app) => app.atlas.compare, set: (app, day) => (app.atlas.compare = day) },
  // Only "in law" is written: "in fact" is the default.
  reading: { get: (app) => (app.atlas.reading === 'law' ? 'law' : null), set: (app, reading) => (app.atlas.reading = reading ?? 'fact') },
};

const NAMES = Object.keys(URL_BINDINGS) as (keyof UrlState)[];

function apply(app: AppState, url: UrlState, which: (binding: Binding<keyof UrlState>) => boolean): void {
  for (const name of NAMES) {
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

  constructor(
    private readonly app: AppState,
    openingHash: string,
  ) {
    this.#opening = parseHash(openingHash);
    // What does not need the atlas is shown at once: the view, the date, the comparison.
    apply(app, this.#opening, (b) => !b.needsAtlas);
    // The hash is written once the atlas is in, so a link's place or step is not dropped meanwhile.
    $effect(() => {
      const hash = this.hash;
      if (this.app.atlas.atlas) this.#writer.schedule(hash);
    });
    $effect(() => () => this.#writer.dispose());
  }

  /** The atlas has loaded: a link's place or zone opens its panel, its step= opens that step. */
  applyOpening(): void {
    apply(this.app, this.#opening, (b) => b.needsAtlas === true);
  }

  /** A hash typed or pasted into the address bar moves the app there; what it cannot say is written back. */
  follow(hash: string): void {
    apply(this.app, parseHash(hash), () => true);
    this.#writer.schedule(this.hash);
  }

  /** How the next write of the URL enters the browser's history (HISTORY). */
  note(mode: HistoryMode): void {
    this.#writer.note(mode);
  }
}
