// The app's state, in one object shared by context: App.svelte makes it, every component reads it
// with getApp(). Each part has its own module; the few moves that concern several parts are here.
//
//   atlas  what is shown: the atlas, the date, the camera, the selection, the comparison, the layers
//   story  the guided story
//   panel  the side panel: open, its tab, focus
//   map    the channel to the map (camera moves, pictures), connected by MapView
//   language  the reader's language: the messages, the page's lang, how the map names places
//   url    the URL, derived from the rest and written back by one debounced writer
//   mode   how the page was asked to behave (its query): embedded, locked, its language fixed
import { createContext } from 'svelte';
import type { AtlasEvent, Place } from '../data/atlas.ts';
import type { FeatureRef } from '../data/lookup.ts';
import { dayWithin, type SearchResult } from '../data/search.ts';
import { boundsOf, cameraForPlace, type Bounds } from '../map/view.ts';
import { formatDay } from '../time/format.ts';
import { prefersReducedMotion } from 'svelte/motion';
import { AtlasState } from './atlas.svelte.ts';
import { MapChannel } from './map-channel.svelte.ts';
import { LanguageState, type Opening } from './language.svelte.ts';
import { PanelState } from './panel.svelte.ts';
import { StoryController } from './story.svelte.ts';
import { HISTORY, UrlSync, type Move } from './url.svelte.ts';
import { parsePageMode, type PageMode } from '../url/page-mode.ts';

export class AppState {
  readonly map = new MapChannel();
  readonly atlas: AtlasState = new AtlasState(this);
  readonly story: StoryController = new StoryController(this);
  readonly panel: PanelState = new PanelState(this);
  readonly language: LanguageState;
  readonly url: UrlSync;
  /** What a move did that the reader might not expect (a search result moved the date): said once, politely. */
  announcement = $state('');
  /** The page's query: `?embed`, `lock`, `lang=` (url/page-mode.ts). Only `lock` changes, when a reader unlocks the view. */
  mode = $state<PageMode>({ embed: false, lock: false, lang: null });

  /**
   * Made during App.svelte's initialisation (its effects live as long as the app), from the page's
   * hash and query, and the language main.ts chose and loaded before the first paint.
   */
  constructor(hash: string, opening: Opening, search = '') {
    this.mode = parsePageMode(search);
    this.language = new LanguageState(this, opening);
    this.url = new UrlSync(this, hash);
  }

  /** A locked link's reader takes the controls back: the date can move again, and the address says so. */
  unlock(): void {
    this.mode = { ...this.mode, lock: false };
    const search = location.search
      .slice(1)
      .split('&')
      .filter((flag) => flag !== '' && flag.split('=')[0] !== 'lock')
      .join('&');
    history.replaceState(history.state, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
  }

  /**
   * A search result was chosen: the map goes to it (a place or a zone opens its panel, an event
   * the chronology, a story step the story). If it did not exist on the day shown, the date moves
   * to the nearer end of its span first, and says so.
   */
  chooseResult(result: SearchResult): void {
    const index = this.atlas.index;
    const atlas = this.atlas.atlas;
    if (!index || !atlas) return;
    this.announcement = '';
    if (result.kind === 'step') {
      const step = atlas.story.findIndex((s) => s.id === result.id);
      if (step >= 0) this.story.goTo(step);
      return;
    }
    const day = this.atlas.day;
    const moved = dayWithin(result.span, day);
    if (moved !== null) {
      this.atlas.setDay(moved, 'search');
      this.announcement = `Date moved to ${formatDay(moved)}: ${result.name} did not exist on ${formatDay(day)}.`;
    } else this.story.pause();
    if (result.kind === 'place' || result.kind === 'zone') {
      const ref = { kind: result.kind, id: result.id };
      this.panel.select(ref, { move: 'search' });
      const place = result.kind === 'place' ? index.place(result.id) : undefined;
      const zone = result.kind === 'zone' ? index.zone(result.id) : undefined;
      if (place) this.#flyTo(place);
      else if (zone) this.#frame(boundsOf(zone.geometry));
    } else if (result.kind === 'event') {
      const event = atlas.events.find((e) => e.id === result.id);
      this.panel.show('events');
      this.url.note(HISTORY.search);
      const place = index.place(event?.places[0] ?? '');
      const zone = index.zone(event?.zones[0] ?? '');
      if (place) this.#flyTo(place);
      else if (zone) this.#frame(boundsOf(zone.geometry));
    } else if (moved === null) this.announcement = `${result.name}, ${result.dates}: the date shown lies within it.`;
  }

  /** An event chosen (a tick, previous or next, the chronology): its date, and the map flies to its first place. */
  showEvent(event: AtlasEvent, move: Move = 'eventStep'): void {
    this.atlas.setDay(event.start, move);
    const place = this.atlas.index?.place(event.places[0] ?? '');
    if (place) this.#flyTo(place);
  }

  /** The map flies to a place, the date staying (the edge marker of an event out of view). */
  lookAt(place: Place): void {
    this.story.pause();
    this.#flyTo(place);
  }

  /** A click or tap on the map chose a feature, or empty map (null): the story waits. */
  selectOnMap(ref: FeatureRef | null): void {
    this.story.pause();
    this.panel.select(ref, { focus: false });
  }

  #flyTo(place: Place): void {
    this.map.moveTo(cameraForPlace(place, this.atlas.view?.zoom ?? null), !prefersReducedMotion.current);
  }

  #frame(bounds: Bounds): void {
    this.map.moveTo({ bounds, maxZoom: 7 }, !prefersReducedMotion.current);
  }
}

export const [getApp, setApp] = createContext<AppState>();
