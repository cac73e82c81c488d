import type { Atlas } from '../../src/lib/data/atlas.ts';

/** An atlas's features by id, failing the test with the id when one is missing. */
export function finders(atlas: Atlas) {
  const find =
    <T extends { id: string }>(what: string, list: T[]) =>
    (id: string): T => {
      const found = list.find((item) => item.id === id);
      if (!found) throw new Error(`no ${what} "${id}" in the atlas`);
      return found;
    };
  return { zone: find('zone', atlas.zones), line: find('line', atlas.lines), event: find('event', atlas.events), place: find('place', atlas.places) };
}
