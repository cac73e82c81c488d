// The app's state, in one object shared by context: App.svelte makes it, every component reads it
// with getApp(). Each part has its own module; the few moves that concern several parts are here.
//
//   atlas  what is shown: the atlas, the date, the camera, the selection, the comparison, the layers
//   story  the guided story
//   panel  the side panel: open, its tab, focus
//   map    the channel to the map (camera moves, pictures), connected by MapView
//   url    the URL, derived from the rest and written back by one debounced writer
//   mode   how the page was asked to behave (its query): embedded, locked, its language fixed
import { createContext } from 'svelte';
import type { AtlasEvent, Place } from '../data/atlas.ts';
import type { FeatureRef } from '../data/lookup.ts';
import { cameraForPlace } from '../map/view.ts';
import { prefersReducedMotion } from 'svelte/motion';
import { AtlasState } from './atlas.svelte.ts';
import { MapChannel } from './map-channel.svelte.ts';
import { PanelState } from './panel.svelte.ts';
import { StoryController } from './story.svelte.ts';
import { UrlSync, type Move } from './url.svelte.ts';
import { parsePageMode, type PageMode } from '../url/page-mode.ts';

export class AppState {
  readonly map = new MapChannel();
  readonly atlas: AtlasState = new AtlasState(this);
  readonly story: StoryController = new StoryController(this);
  readonly panel: PanelState = new PanelState(this);
  readonly url: UrlSync;
  /** The page's query: `?embed`, `lock`, `lang=` (url/page-mode.ts). Only `lock` changes, when a reader unlocks the view. */
  mode = $state<PageMode>({ embed: false, lock: false, lang: null });

  /** Made during App.svelte's initialisation (its effects live as long as the app), from the page's hash and query. */
  constructor(hash: string, search = '') {
    this.mode = parsePageMode(search);
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

  /** A place chosen by search: its panel, and the map flies to it. */
  choosePlace(place: Place): void {
    this.panel.select({ kind: 'place', id: place.id }, { move: 'search' });
    this.#flyTo(place);
  }

  /** An event chosen (a tick, previous or next, the chronology): its date, and the map flies to its first place. */
  showEvent(event: AtlasEvent, move: Move = 'eventStep'): void {
    this.atlas.setDay(event.start, move);
    const place = this.atlas.index?.place(event.places[0] ?? '');
    if (place) this.#flyTo(place);
  }

  /** A click or tap on the map chose a feature, or empty map (null): the story waits. */
  selectOnMap(ref: FeatureRef | null): void {
    this.story.pause();
    this.panel.select(ref, { focus: false });
  }

  #flyTo(place: Place): void {
    this.map.moveTo(cameraForPlace(place, this.atlas.view?.zoom ?? null), !prefersReducedMotion.current);
  }
}

export const [getApp, setApp] = createContext<AppState>();
