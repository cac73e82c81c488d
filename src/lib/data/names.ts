// Finding a place by any of its names, in any script: "Nikolaevsk", "Николаевск", "尼港",
// "Wonsan" and "Gensan" all find their city. Names are folded (case, accents, ё, punctuation)
// so that what a reader types need not match the atlas's spelling to the letter.
import type { Names, Place } from './atlas.ts';

/** Folds a name for matching: lower case, no accents or macrons, ё as е, no spaces or punctuation. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

export function allNames(names: Names): string[] {
  const list = [names.en, names.article, names.modern, names.ru, names.ja, names.zh, names.ko, ...(names.other ?? [])];
  return [...new Set(list.filter((n): n is string => typeof n === 'string' && n.trim() !== ''))];
}

export interface NameMatch {
  place: Place;
  /** The name that matched, to show beside the English one when they differ. */
  matched: string;
  /** 0 exact, 1 prefix, 2 inside a name: lower is better. */
  quality: number;
}

export interface NameIndex {
  search(query: string, limit?: number): NameMatch[];
}

export function nameIndex(places: Place[]): NameIndex {
  const entries = places.flatMap((place) => allNames(place.names).map((name) => ({ place, name, folded: fold(name) })));
  return {
    search(query, limit = 8) {
      const q = fold(query);
      if (q === '') return [];
      const best = new Map<string, NameMatch>();
      for (const { place, name, folded } of entries) {
        const at = folded.indexOf(q);
        if (at < 0) continue;
        const quality = folded === q ? 0 : at === 0 ? 1 : 2;
        const previous = best.get(place.id);
        if (!previous || quality < previous.quality) best.set(place.id, { place, matched: name, quality });
      }
      return [...best.values()].sort((a, b) => a.quality - b.quality || a.place.names.en.localeCompare(b.place.names.en)).slice(0, limit);
    },
  };
}
