// Play: the date advances at a chosen speed, one step per animation frame, and stops at the end of
// the track, or as soon as anything else moves the date (the slider, a key, a story step, a link).
import type { Day } from '../time/days.ts';
import { SPANS } from '../time/slider.ts';
import type { AtlasState } from './atlas.svelte.ts';

export const SPEEDS = [
  { label: '1 week a second', days: 7 },
  { label: '1 month a second', days: 30.4 },
  { label: '3 months a second', days: 91 },
  { label: '1 year a second', days: 365 },
] as const;

export class Player {
  playing = $state(false);
  /** An index into SPEEDS. */
  speed = $state(1);
  #frame = 0;
  #last = 0;
  /** The date as played, with the fraction of a day the frames have added so far. */
  #exact = 0;
  /** The day this player last set: any other means someone else moved the date. */
  #written: Day | null = null;

  constructor(private readonly atlas: AtlasState) {}

  toggle(): void {
    if (this.playing) this.stop();
    else this.play();
  }

  play(): void {
    const span = SPANS[this.atlas.span];
    this.#exact = this.atlas.day >= span.max ? span.min : this.atlas.day;
    this.#set(this.#exact);
    this.playing = true;
    this.#last = performance.now();
    this.#frame = requestAnimationFrame(this.#tick);
  }

  stop(): void {
    this.playing = false;
    cancelAnimationFrame(this.#frame);
  }

  #set(exact: number): void {
    this.atlas.setDay(exact);
    this.#written = this.atlas.day;
  }

  #tick = (now: number): void => {
    if (this.atlas.day !== this.#written) return this.stop();
    const span = SPANS[this.atlas.span];
    const dt = Math.min(0.25, (now - this.#last) / 1000);
    this.#last = now;
    this.#exact = Math.min(span.max, this.#exact + dt * SPEEDS[this.speed]!.days);
    this.#set(this.#exact);
    if (this.#exact >= span.max) return this.stop();
    this.#frame = requestAnimationFrame(this.#tick);
  };
}
