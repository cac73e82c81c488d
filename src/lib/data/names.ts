// Names: the name in use on a day (names of the time: Dalny, then Dairen), and names folded for
// finding: "Nikolaevsk", "Николаевск", "尼港", "Wonsan", "Gensan" and "Petrograd" all find their
// city (search.ts searches the whole atlas with these). Names are folded (case, accents, ё,
// punctuation) so that what a reader types need not match the atlas's spelling to the letter.
import { inForce, type Day } from '../time/days.ts';
import { NAME_LANGUAGES, type NameLanguage, type Names, type NameSpan } from './atlas.ts';

export interface NameOnDay {
  name: string;
  /** False inside an uncertain boundary between two names of the time. */
  certain: boolean;
}

/**
 * The name in use on a day, in one language (script): the name of the time whose span certainly
 * covers the day; inside an uncertain boundary between two, the earlier (a new name is not taken
 * for granted until its date is certain); else the undated name in that language, if any.
 */
export function nameOn(names: Names, day: Day, language: NameLanguage): NameOnDay | null {
  let possible: string | null = null;
  for (const span of names.then ?? []) {
    const name = span[language];
    if (name === undefined) continue;
    const f = inForce(span, day);
    if (f === 'certain') return { name, certain: true };
    if (f === 'uncertain') possible ??= name;
  }
  if (possible !== null) return { name: possible, certain: false };
  const plain = names[language];
  return plain === undefined ? null : { name: plain, certain: true };
}

/** The English name in use on a day, or the atlas's English name when no name of the time covers it. */
export function englishNameOn(names: Names, day: Day): string {
  return nameOn(names, day, 'en')?.name ?? names.en;
}

/** Where names of the time go wrong: two spans of one language that overlap. Null when all is well. */
export function nameSpanProblem(spans: NameSpan[], iso: (day: Day) => string): { index: number; language: NameLanguage; reason: string } | null {
  for (const language of NAME_LANGUAGES) {
    const list = spans.map((span, index) => ({ span, index })).filter(({ span }) => span[language] !== undefined);
    for (let i = 1; i < list.length; i++) {
      const a = list[i - 1]!;
      const b = list[i]!;
      if (b.span.possibleStart < a.span.possibleStart) return { index: b.index, language, reason: 'names of the time must be in date order' };
      const aEnd = a.span.possibleEnd;
      if (aEnd === null) return { index: b.index, language, reason: `overlaps "${a.span[language]}", which has no end` };
      const touches = b.span.possibleStart === a.span.certainEnd && b.span.certainStart === aEnd;
      if (!touches && b.span.possibleStart < aEnd) {
        return {
          index: b.index,
          language,
          reason: `overlaps "${a.span[language]}", in use until ${iso(aEnd - 1)} (an uncertain boundary is written the same on both sides)`,
        };
      }
    }
  }
  return null;
}

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
  const then = (names.then ?? []).flatMap((span) => NAME_LANGUAGES.map((l) => span[l]));
  const list = [names.en, names.article, names.modern, names.ru, names.ja, names.zh, names.ko, ...then, ...(names.other ?? [])];
  return [...new Set(list.filter((n): n is string => typeof n === 'string' && n.trim() !== ''))];
}
