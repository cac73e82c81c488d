// Russian counts its nouns in three forms; the interface and the classroom tables both need them.

/** Russian plural forms: 1 событие, 2 события, 5 событий (21 событие, 11 событий). */
export function plural(n: number, one: string, few: string, many: string): string {
  const rule = new Intl.PluralRules('ru-RU').select(n);
  return rule === 'one' ? one : rule === 'few' ? few : many;
}
