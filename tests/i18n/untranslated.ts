// The one list of words the Russian and Japanese interface may leave in Latin letters: proper names
// (of works, datasets and people as the works spell them), the article's title, which is quoted in
// its English original, and technical names a reader meets as they are. The unit test of the
// messages and the e2e tests of each language read it; anything else in Latin letters is a word left
// in English.
export const UNTRANSLATED: readonly string[] = [
  // The article's title, quoted in its English original.
  'Japanese Recognition of the USSR 1925',
  // Names of datasets and works.
  'Natural Earth',
  // Technical names.
  'WebGL',
  'GeoJSON',
  'PNG',
  'HTTP',
  'JSON',
  'QR',
  // The citation style named in the Cite dialog (American Psychological Association).
  'APA',
  // SI unit symbols (the areas, and MapLibre's scale bar).
  'km²',
  'km',
  // The forms a date is typed in, as the field and the URL read them.
  'YYYY-MM-DD',
  'YYYY-MM',
  'YYYY',
  'ГГГГ-ММ-ДД',
  // Keys, named as printed on the keyboard.
  'Esc',
];

/** A text with the allowed words taken out. */
export function withoutExceptions(text: string): string {
  return UNTRANSLATED.reduce((rest, allowed) => rest.split(allowed).join(' '), text);
}

/** The Latin words left in a text once the allowed ones are taken out: each is English left untranslated. */
export function latinWords(text: string): string[] {
  return withoutExceptions(text).match(/[A-Za-z]{2,}/g) ?? [];
}
