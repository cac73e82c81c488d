// The app's state, in one object shared by context: App.svelte makes it, every component reads it
// with getApp(). Each part has its own module; the few moves that concern several parts are here.
//
//   atlas  what is shown: the atlas, the date, the camera, the selection, the comparison, the layers
//   story  the guided story
//   panel  the side panel: open, its tab, focus
//   map    the channel to the map (camera moves, pictures), connected by MapView
//   language  the reader's language: the messages, the page's lang, how the map names places
//   url    the URL, derived from the rest and written back by one debounced writer
import { createContext } from 'svelte';
import type { AtlasEvent, Place } from '../data/atlas.ts';
import type { FeatureRef } from '../data/lookup.ts';
import { cameraForPlace } from '../map/view.ts';
import { prefersReducedMotion } from 'svelte/motion';
import { AtlasState } from './atlas.svelte.ts';
import { MapChannel } from './map-channel.svelte.ts';
import { LanguageState, type Opening } from './language.svelte.ts';
import { PanelState } from './panel.svelte.ts';
import { StoryController } from './story.svelte.ts';
import { UrlSync, type Move } from './url.svelte.ts';

export class AppState {
  readonly map = new MapChannel();
  readonly atlas: AtlasState = new AtlasState(this);
  readonly story: StoryController = new StoryController(this);
  readonly panel: PanelState = new PanelState(this);
  readonly language: LanguageState;
  readonly url: UrlSync;

  /**
   * Made during App.svelte's initialisation (its effects live as long as the app), from the page's
   * hash and the language main.ts chose and loaded before the first paint.
   */
  constructor(hash: string, opening: Opening) {
    this.language = new LanguageState(this, opening);
    this.url = new UrlSync(this, hash);
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
