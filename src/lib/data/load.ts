// Loading the atlas the data build wrote. A missing or corrupt file becomes an AtlasLoadError with
// a sentence a reader can understand; the page shows it and offers a retry.
import { ATLAS_FILE, ATLAS_FORMAT, type Atlas } from './atlas.ts';
import { expandAtlas, type StoredAtlas } from './pieces.ts';

export class AtlasLoadError extends Error {
  override name = 'AtlasLoadError';
}

/** Resolves a file in the data folder against the page, so the site works under any base path. */
export function dataUrl(file: string, base: string): string {
  return new URL(`data/${file}`, base).href;
}

export async function loadAtlas(base: string, fetcher: typeof fetch = fetch): Promise<Atlas> {
  let response: Response;
  try {
    response = await fetcher(dataUrl(ATLAS_FILE, base));
  } catch {
    throw new AtlasLoadError('The atlas data could not be downloaded. Check the connection and try again.');
  }
  if (!response.ok) throw new AtlasLoadError(`The atlas data could not be downloaded (HTTP ${response.status}).`);
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    throw new AtlasLoadError('The atlas data is damaged: it is not valid JSON.');
  }
  if (!isAtlas(data)) throw new AtlasLoadError('The atlas data is damaged or from another version of the atlas.');
  // Overlays made of state pieces are written without geometry, to keep the file small.
  return expandAtlas(data as unknown as StoredAtlas);
}

/** A shallow check of the top level: the build validated the rest before writing it. */
export function isAtlas(data: unknown): data is Atlas {
  const a = data as Partial<Atlas> | null;
  return (
    typeof a === 'object' &&
    a !== null &&
    a.format === ATLAS_FORMAT &&
    typeof a.period?.start === 'number' &&
    [a.places, a.zones, a.lines, a.events, a.eras, a.labels, a.sources, a.story].every(Array.isArray)
  );
}
