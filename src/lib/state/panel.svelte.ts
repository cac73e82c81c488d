// The side panel (a bottom sheet on a phone): open or not, its tab, what it brings into view. It
// takes focus when opened for a selection and gives it back when closed.
import type { Citation } from '../data/atlas.ts';
import type { FeatureRef } from '../data/lookup.ts';
import type { AppState } from './app.svelte.ts';
import { HISTORY, type Move } from './url.svelte.ts';

export type Tab = 'details' | 'events' | 'layers' | 'sources';

/** Where focus goes when the panel closes and what had it before is gone: the search field. */
const FALLBACK_FOCUS_ID = 'atlas-search';

export class PanelState {
  open = $state(false);
  tab = $state<Tab>('events');
  /** The Sources tab's entry to bring into view: a source id, or `para-N` for an article paragraph. */
  sourceFocus = $state<string | null>(null);
  /** Counts requests for the panel's heading to take focus; the panel serves each once. */
  focusRequest = $state(0);
  /** Where focus was before the panel took it, to give it back on close. */
  #returnFocus: HTMLElement | null = null;

  /** The selected place or zone, found by id. */
  place = $derived.by(() => (this.app.atlas.selected?.kind === 'place' ? this.app.atlas.index?.place(this.app.atlas.selected.id) : undefined) ?? null);
  zone = $derived.by(() => (this.app.atlas.selected?.kind === 'zone' ? this.app.atlas.index?.zone(this.app.atlas.selected.id) : undefined) ?? null);

  constructor(private readonly app: AppState) {}

  /** Opens the panel at a tab (the masthead's buttons). */
  show(tab: Tab): void {
    if (!this.open) this.#rememberFocus();
    this.open = true;
    this.tab = tab;
  }

  /**
   * Selects a place or zone and opens its panel; `focus` moves focus to the panel's heading (a
   * choice by search or keyboard), not for a click on the map or a link. Null clears the selection.
   */
  select(ref: FeatureRef | null, { focus = true, move = 'select' }: { focus?: boolean; move?: Move } = {}): void {
    this.app.atlas.selected = ref;
    if (ref) {
      if (focus && !this.open) this.#rememberFocus();
      this.open = true;
      this.tab = 'details';
      if (focus) this.focusRequest++;
    } else if (this.tab === 'details') {
      this.tab = 'events';
    }
    this.app.url.note(HISTORY[move]);
  }

  /**
   * Back or Forward returned to a state with nothing selected: the selection goes, and the panel
   * with it if the details were what it showed. Enters no history (the entry exists already).
   */
  closeDetails(): void {
    this.app.atlas.selected = null;
    if (this.tab !== 'details') return;
    this.open = false;
    this.tab = 'events';
  }

  /** A citation: its entry in the Sources tab, brought into view. */
  openSource(c: Citation): void {
    const article = this.app.atlas.atlas?.article.id;
    this.sourceFocus = c.source === article && c.paragraph !== undefined && !c.cites ? `para-${c.paragraph}` : (c.cites ?? c.source);
    this.show('sources');
  }

  /** Closes the panel, clears the selection, and gives focus back. */
  close(): void {
    this.open = false;
    this.select(null, { focus: false });
    const target = this.#returnFocus;
    this.#returnFocus = null;
    (target && document.contains(target) ? target : document.getElementById(FALLBACK_FOCUS_ID))?.focus();
  }

  #rememberFocus(): void {
    this.#returnFocus = document.activeElement as HTMLElement | null;
  }
}
