// Writing the URL as the app's state changes. The hash is derived from the state (hash.ts writes
// it); this module decides when it reaches the address bar, and whether as a new history entry.
//
// A change after a quiet spell is written at once; the changes that follow it within `quietMs`
// (a scrub of the slider, a flight, the story's sliding date) are written once, when they stop.
// So the address bar follows every move without a write per animation frame.
//
// A discrete move (a place opened, a story step, a typed date) asks for a new history entry, as on
// OpenStreetMap's site: what was still waiting to be written is written first, into the entry it
// belongs to, and the move's own state is pushed at once; what follows it (the flight it starts,
// the sliding date) then replaces that new entry. Back undoes the move, Forward redoes it.

/** `replace` keeps the current history entry; `push` adds one, which Back then undoes. */
export type HistoryMode = 'replace' | 'push';

export interface UrlTarget {
  /** The hash the address bar holds now. */
  current(): string;
  write(hash: string, mode: HistoryMode): void;
}

export const QUIET_MS = 400;

export class UrlWriter {
  #pending: string | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #mode: HistoryMode = 'replace';

  constructor(
    private readonly target: UrlTarget,
    private readonly quietMs = QUIET_MS,
  ) {}

  /**
   * How the next write enters the browser's history; `push` wins over `replace` until it is
   * written. Called as the move is made, before its hash is scheduled: what is pending then is the
   * state before the move, written now into the current entry.
   */
  note(mode: HistoryMode): void {
    if (mode !== 'push') return;
    if (this.#mode !== 'push') this.flush();
    this.#mode = 'push';
  }

  /** The state's hash changed: written now after a quiet spell or for a move that pushes, else when the changes stop. */
  schedule(hash: string): void {
    this.#pending = hash;
    if (this.#timer === undefined || this.#mode === 'push') this.flush();
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.flush();
    }, this.quietMs);
  }

  /** Writes what is pending, if it differs from the address bar. */
  flush(): void {
    const hash = this.#pending;
    this.#pending = null;
    if (hash === null) return;
    if (hash !== this.target.current()) this.target.write(hash, this.#mode);
    this.#mode = 'replace';
  }

  /**
   * The browser went to another history entry (Back, Forward, a hash typed in): what was waiting
   * belongs to the entry left. Written now, it would overwrite the entry arrived at before the app
   * has read it (its hashchange comes a task after the popstate).
   */
  drop(): void {
    this.#pending = null;
    this.#mode = 'replace';
    this.dispose();
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}

/** The browser's own address bar and history. An empty hash is written as the bare page URL. */
export function browserUrl(): UrlTarget {
  return {
    current: () => location.hash,
    write: (hash, mode) => {
      const url = hash || location.pathname + location.search;
      if (mode === 'push') history.pushState(history.state, '', url);
      else history.replaceState(history.state, '', url);
    },
  };
}
