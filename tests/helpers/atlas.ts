import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import type { Atlas } from '../../src/lib/data/atlas.ts';

let cached: Atlas | null = null;

/** The atlas built from the real geodata/ by the geodata project's global setup (tests/global-setup.ts). */
export function builtAtlas(): Atlas {
  const path = inject('atlasPath');
  if (!path) throw new Error('builtAtlas() reads the real data build, made for tests under tests/geodata/ only; logic tests use tests/fixtures/atlas.ts');
  cached ??= JSON.parse(readFileSync(path, 'utf8')) as Atlas;
  return cached;
}
