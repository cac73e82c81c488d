// The page's layout as the code needs it: whether the phone layout is on (the same breakpoint as
// the CSS's), and what each panel, sheet or bar covers of the map, so that the map's camera
// padding keeps what it shows in the part left visible (MapChannel.insets).
import type { Attachment } from 'svelte/attachments';
import { MediaQuery } from 'svelte/reactivity';
import type { Box } from '../lib/map/view.ts';
import type { MapChannel, Side } from '../lib/state/map-channel.svelte.ts';

/** The phone layout: sheets from the bottom, a masthead reduced to a search button and a menu. Matches the CSS's `max-width: 640px`. */
export const narrowScreen = new MediaQuery('max-width: 640px');

let covers = 0;

/**
 * Reports how far an element over the map reaches in from one side of it (its offset parent, the
 * map's stage), whenever either changes size; null: it covers nothing worth keeping clear of
 * (the masthead on a wide screen). An element hidden by CSS covers nothing.
 */
export function coversMap(channel: MapChannel, side: Side | null): Attachment<HTMLElement> {
  return (element) => {
    if (side === null) return;
    const key = `cover-${++covers}`;
    return boxOverMap((box, stage) => {
      if (!box) return channel.uncover(key);
      const reach = { top: box.bottom, right: stage.width - box.left, bottom: stage.height - box.top, left: box.right }[side];
      channel.cover(key, side, Math.max(0, Math.round(reach)));
    })(element);
  };
}

/**
 * Reports an element's box over the map's stage (its offset parent), and the stage's size, whenever
 * either changes size; null once hidden or gone.
 */
export function boxOverMap(report: (box: Box | null, stage: { width: number; height: number }) => void): Attachment<HTMLElement> {
  return (element) => {
    const stage = (element.offsetParent as HTMLElement | null) ?? element.parentElement;
    if (!stage) return;
    const measure = () => {
      const r = element.getBoundingClientRect();
      const s = stage.getBoundingClientRect();
      const box = { left: r.left - s.left, top: r.top - s.top, right: r.right - s.left, bottom: r.bottom - s.top };
      report(r.width === 0 || r.height === 0 ? null : box, { width: s.width, height: s.height });
    };
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    observer.observe(stage);
    return () => {
      observer.disconnect();
      report(null, { width: 0, height: 0 });
    };
  };
}
