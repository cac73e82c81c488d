// The fill patterns of the map's hatched zones, made here as raw RGBA (no canvas), so they are testable.
import { MAP_COLOURS } from '../theme.ts';

export interface Pattern {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Diagonal hatching in a colour, as raw RGBA for `map.addImage`: rising to the right, or (`crossing`) to the left. */
export function hatchPattern(hex: string, size = 10, alpha = 140, crossing = false): Pattern {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // One pixel-wide stripe running bottom-left to top-right; it tiles seamlessly.
      const d = (crossing ? x + size - 1 - y : x + y) % size;
      const a = d === 0 ? alpha : d === 1 || d === size - 1 ? alpha / 3 : 0;
      data.set([r, g, b, a], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}

/**
 * The images the style's `fill-pattern` names, by id: ink hatching, the same over every holder's
 * tint (the tint gives the holder, the hatching the status), so it reads in greyscale too. A puppet
 * state is drawn with both (cross-hatched).
 */
export const PATTERNS: Record<string, Pattern> = {
  hatch: hatchPattern(MAP_COLOURS.hatch),
  'hatch-cross': hatchPattern(MAP_COLOURS.hatch, 10, 140, true),
};
