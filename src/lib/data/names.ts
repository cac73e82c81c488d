// Names, folded for finding: "Nikolaevsk", "Николаевск", "尼港", "Wonsan" and "Gensan" all find
// their city (search.ts searches the whole atlas with these). Names are folded (case, accents, ё,
// punctuation) so that what a reader types need not match the atlas's spelling to the letter.
import type { Names } from './atlas.ts';

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
