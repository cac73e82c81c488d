import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import type { Atlas } from '../../src/lib/data/atlas.ts';

let cached: Atlas | null = null;

/** The atlas built from the real geodata/ by the global setup. */
export function builtAtlas(): Atlas {
  cached ??= JSON.parse(readFileSync(inject('atlasPath'), 'utf8')) as Atlas;
  return cached;
}
