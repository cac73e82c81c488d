// What the atlas shows: the atlas itself, the date, the camera, the selection, the comparison and the
// layers switched on. The URL is derived from this (url.svelte.ts); the map, the dock and the panels
// read it through the app's context (app.svelte.ts).
import { Tween } from 'svelte/motion';
import { quadInOut } from 'svelte/easing';
import { fontsReady } from '../../fonts.ts';
import type { Atlas } from '../data/atlas.ts';
import { AtlasLoadError, loadAtlas, type LoadProblem } from '../data/load.ts';
import { loadTranslation, translateAtlas } from '../data/text.ts';
import type { Lang } from '../i18n/languages.ts';
import type { Reading } from '../data/look.ts';
import { indexAtlas, type FeatureRef } from '../data/lookup.ts';
import { LAYER_GROUPS, type LayerGroup } from '../map/atlas-layers.ts';
import type { Day } from '../time/days.ts';
import { clampToRange, inRange } from '../time/parse.ts';
import { OPENING_DAY, WHOLE_PERIOD, type DateOrSpan } from '../time/period.ts';
import { SPANS, type SpanName } from '../time/slider.ts';
import type { MapView } from '../url/hash.ts';
import type { AppState } from './app.svelte.ts';
import { HISTORY, type Move } from './url.svelte.ts';

/** How long the date takes to slide to a story step's day. */
const SLIDE_MS = 1400;
/** While the date moves, what is spoken and listed waits until it has been still this long. */
const SETTLE_MS = 400;

export class AtlasState {
  // Raw, not deeply reactive: the atlas is never changed once loaded, and a deep proxy would wrap
  // every one of its zones' coordinates, which MapLibre then reads one by one to send them to its
  // workers, and which every date step reads again.
  /** The atlas as loaded, in English: what the map draws (ids, geometry, names) comes from it. */
  base = $state.raw<Atlas | null>(null);
  /** The same atlas with its history texts in the reader's language, once that language's texts are in. */
  #translated = $state.raw<Atlas | null>(null);
  /** The atlas the panels, the dock and the story read: translated where a translation is in. */
  atlas = $derived(this.#translated ?? this.base);
  /** The language the history texts are shown in: English until a translation is in. */
  textLang = $state<Lang>('en');
  /** The atlas by id, built once per atlas. */
  index = $derived(this.atlas ? indexAtlas(this.atlas) : null);
  /** Why the atlas could not be loaded (null inside: for no known reason); null when it loaded or is loading. */
  loadError = $state<{ problem: LoadProblem | null } | null>(null);

  /** The camera, as the map last reported it at rest; null until then (or a link's view). */
  view = $state<MapView | null>(null);
  /** The place or zone whose panel is open. */
  selected = $state<FeatureRef | null>(null);
  /** The second date whose zones are outlined, if any. */
  compare = $state<Day | null>(null);
  /** The Layers panel's switches: every group is shown until switched off. */
  layers = $state(Object.fromEntries(Object.keys(LAYER_GROUPS).map((g) => [g, true])) as Record<LayerGroup, boolean>);
  /** The legend entry focused or under the pointer: its zones are outlined; an agent entry draws the 1923 network fully. */
  legendFocus = $state<{ key: string; zones: string[] } | null>(null);
  /** Zones drawn by their holder in fact (the default) or in law: `view=law` in the URL. */
  reading = $state<Reading>('fact');
  /** The slider's track: the story's core or the whole period (a date outside the core widens it). */
  span = $state<SpanName>('core');

  /** The date moves through a tween: at once when a person sets it, sliding when a story step does. */
  #day = new Tween<Day>(OPENING_DAY, { easing: quadInOut });
  /** The date shown: one day number, which the map, the dock, the panels and the URL read. */
  day = $derived(Math.round(this.#day.current));
  /**
   * The end of the span of time shown (inclusive), or null when one day is shown. A span runs from
   * `day` to `until`: what was in force at any time in it is drawn, and its events are listed.
   */
  until = $state<Day | null>(null);
  /** The date once it has stopped moving, for what would be costly or noisy to follow every frame. */
  settledDay = $state<Day>(OPENING_DAY);
  /** The span's end once still, as settledDay. */
  settledUntil = $state<Day | null>(null);

  constructor(private readonly app: AppState) {
    // A debounce, so an effect: no event marks the end of a scrub, a play or a slide.
    $effect(() => {
      const day = this.day;
      const until = this.until;
      const timer = setTimeout(() => {
        this.settledDay = day;
        this.settledUntil = until;
      }, SETTLE_MS);
      return () => clearTimeout(timer);
    });
  }

  async load(): Promise<void> {
    this.loadError = null;
    try {
      const [loaded] = await Promise.all([loadAtlas(document.baseURI), fontsReady()]);
      this.base = loaded;
      await this.loadTranslation(this.app.language.lang);
      this.app.url.applyOpening();
    } catch (e) {
      this.loadError = { problem: e instanceof AtlasLoadError ? e.problem : null };
    }
  }

  /**
   * The history texts in a language (text.ts: one table per language, fetched when chosen). Never
   * throws: without its table the history stays in English, and the page says so (`textLang`).
   */
  async loadTranslation(lang: Lang): Promise<void> {
    const base = this.base;
    if (!base) return;
    if (lang === 'en') {
      this.#translated = null;
      this.textLang = 'en';
      return;
    }
    try {
      const translated = translateAtlas(base, await loadTranslation(document.baseURI, lang));
      if (this.base !== base) return;
      this.#translated = translated;
      this.textLang = lang;
    } catch {
      // Offline before this language's texts were ever fetched, or a table from another build: the
      // history stays in English, marked so (lang="en"), and the Sources panel says it.
      this.#translated = null;
      this.textLang = 'en';
    }
  }

  /** A person chose a date (the slider, a key, a typed date, an event): the story waits for them, and a span gives way to the day. */
  setDay(day: Day, move: Move = 'scrub'): void {
    this.app.story.pause();
    this.showDay(day);
    this.app.url.note(HISTORY[move]);
  }

  /**
   * A person set a span (its thumbs, a typed span) or ended it (`until` null). Each end stays on its
   * side of the other: a span is at least two days.
   */
  setSpanOfTime(day: Day, until: Day | null, move: Move = 'scrub'): void {
    this.app.story.pause();
    this.showDateOrSpan({ day, until });
    this.app.url.note(HISTORY[move]);
  }

  /** Shows a date or a span at once (a link, a typed span). A span reaching outside the story's core widens the track. */
  showDateOrSpan({ day, until }: DateOrSpan): void {
    this.showDay(until === null ? day : Math.min(day, until - 1));
    if (until === null) return;
    this.until = clampToRange(Math.round(until), this.day + 1, WHOLE_PERIOD.max);
    if (!inRange(this.until, SPANS.core.min, SPANS.core.max)) this.span = 'whole';
  }

  /**
   * Shows a day, sliding to it when `animate` (a story step). The track widens at once when the day
   * lies outside the story's core: a range input clamps its value to the range it has when the value
   * is set, so a track that widened later would leave a link to 1946 with its thumb at 1926.
   */
  showDay(day: Day, animate = false): void {
    const target = clampToRange(Math.round(day), WHOLE_PERIOD.min, WHOLE_PERIOD.max);
    if (!inRange(target, SPANS.core.min, SPANS.core.max)) this.span = 'whole';
    this.until = null;
    this.#day.set(target, { duration: animate ? SLIDE_MS : 0 });
  }

  /** Stops a sliding date where it is. */
  stopSliding(): void {
    this.#day.set(this.day, { duration: 0 });
  }

  /** The span switch. Narrowing the track brings the date (or each end of a span of time) to the nearer end of the core. */
  setSpan(span: SpanName): void {
    this.span = span;
    if (span !== 'core') return;
    const { min, max } = SPANS.core;
    if (this.until === null) this.setDay(clampToRange(this.day, min, max));
    else this.setSpanOfTime(clampToRange(this.day, min, max - 1), clampToRange(this.until, min + 1, max));
  }

  /** The law/fact switch. */
  setReading(reading: Reading): void {
    this.reading = reading;
    this.app.url.note(HISTORY.reading);
  }

  setCompare(day: Day | null): void {
    this.compare = day;
    this.app.url.note(HISTORY.compare);
  }
}
