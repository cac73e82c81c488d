// The fill patterns of the map's hatched zones, made here as raw RGBA (no canvas), so they are testable.
import { POWER_COLOURS } from '../theme.ts';

export interface Pattern {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Diagonal hatching in a colour, as raw RGBA for `map.addImage`. */
export function hatchPattern(hex: string, size = 8, alpha = 200): Pattern {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // One pixel-wide stripe running bottom-left to top-right; it tiles seamlessly.
      const d = (x + y) % size;
      const a = d === 0 ? alpha : d === 1 || d === size - 1 ? alpha / 3 : 0;
      data.set([r, g, b, a], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}

/** The images the style's `fill-pattern` names, by id. */
export const PATTERNS: Record<string, Pattern> = {
  'hatch-japan': hatchPattern(POWER_COLOURS.japan),
  'hatch-russia': hatchPattern(POWER_COLOURS.russia),
};
