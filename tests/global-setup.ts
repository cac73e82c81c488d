// Builds the atlas from geodata/ once for the whole unit-test run (it takes a few seconds) and
// hands its path to the tests, which read it with `loadBuiltAtlas()`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildAtlas } from '../scripts/data/build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    atlasPath: string;
  }
}

export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-test-'));
  const path = join(dir, 'atlas.json');
  writeFileSync(path, JSON.stringify(buildAtlas('geodata').atlas));
  project.provide('atlasPath', path);
  return () => rmSync(dir, { recursive: true, force: true });
}
