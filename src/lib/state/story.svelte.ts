// The guided story: each step flies the map to its camera and slides the date to its day (with
// reduced motion both jump). Any move the reader makes pauses it, and "Back to step N" restores the
// step exactly.
import { prefersReducedMotion } from 'svelte/motion';
import type { FeatureRef } from '../data/lookup.ts';
import type { AppState } from './app.svelte.ts';
import { HISTORY } from './url.svelte.ts';

export class StoryController {
  /** The step shown (0-based), and whether the reader has wandered off it; null when the story is off. */
  current = $state<{ index: number; paused: boolean } | null>(null);

  /** The step shown, while the story is on. */
  step = $derived.by(() => (this.current ? this.app.atlas.atlas?.story[this.current.index] : undefined) ?? null);

  /** What the step points at, ringed on the map while the story is on. */
  features = $derived.by((): FeatureRef[] => {
    const step = this.step;
    if (!step) return [];
    return [...step.places.map((id) => ({ kind: 'place' as const, id })), ...step.zones.map((id) => ({ kind: 'zone' as const, id }))];
  });

  /** `step=N` in the URL: the step shown, while the reader is on it. */
  urlStep = $derived(this.current && !this.current.paused ? this.current.index + 1 : null);

  constructor(private readonly app: AppState) {}

  /** Shows a step: a flight and a sliding date, or, with reduced motion (or `animate` false), a jump. */
  goTo(index: number, animate = !prefersReducedMotion.current): void {
    const step = this.app.atlas.atlas?.story[index];
    if (!step) return;
    this.current = { index, paused: false };
    // The step's subject takes the map: a place's panel, and its selection, give way.
    this.app.panel.open = false;
    this.app.atlas.selected = null;
    this.app.map.moveTo(step.camera, animate);
    this.app.atlas.showDay(step.day, animate);
    this.app.url.note(HISTORY.storyStep);
  }

  /** Starts the story, or goes back to the step it was left at. */
  start(): void {
    this.goTo(this.current?.index ?? 0);
  }

  /** The reader moved the map or the date, or clicked: the story waits for them. */
  pause(): void {
    if (!this.current || this.current.paused) return;
    this.app.atlas.stopSliding();
    this.current = { ...this.current, paused: true };
  }

  exit(): void {
    this.app.atlas.stopSliding();
    this.current = null;
  }
}
