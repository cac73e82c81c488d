// The history's texts in three languages. Geodata gives each text as {"en", "ru", "ja"}; the build
// puts a placeholder where each text goes in the atlas, and at the end splits the atlas: English
// in place (atlas.json, as the app loads it first), Russian and Japanese as one table each
// (text.ru.json, text.ja.json), addressed by where the text sits (see src/lib/data/text.ts).
// So the rest of the build handles texts as plain strings, and a derived text (a phase described
// from its holders) is translated by giving it in three languages too.
import { ATLAS_FORMAT, type Atlas } from '../../src/lib/data/atlas.ts';
import { TEXT_COLLECTIONS, type TextLanguage, type Translation, type TranslatedLanguage } from '../../src/lib/data/text.ts';

export type Texts = Record<TextLanguage, string>;

/** Marks a placeholder; no text in geodata contains it. */
const MARK = '\u0001';

export class TextTable {
  private readonly texts: Texts[] = [];

  /** A placeholder for a text in three languages, to stand in the atlas until split(). */
  put(texts: Texts): string {
    this.texts.push(texts);
    return `${MARK}${this.texts.length - 1}`;
  }

  /** The same placeholder for an optional text. */
  maybe(texts: Texts | undefined): string | undefined {
    return texts === undefined ? undefined : this.put(texts);
  }

  /** The English atlas, and a table of the texts for each other language. */
  split(atlas: Atlas): { atlas: Atlas; translations: Translation[] } {
    const tables: Record<TranslatedLanguage, Record<string, string>> = { ru: {}, ja: {} };
    const replace = (node: unknown, address: string): unknown => {
      if (typeof node === 'string') {
        if (!node.startsWith(MARK)) return node;
        const texts = this.texts[Number(node.slice(1))]!;
        tables.ru[address] = texts.ru;
        tables.ja[address] = texts.ja;
        return texts.en;
      }
      if (Array.isArray(node)) return node.map((item, i) => replace(item, `${address}.${i}`));
      if (typeof node !== 'object' || node === null) return node;
      const out: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(node)) out[key] = key === 'geometry' ? value : replace(value, `${address}.${key}`);
      return out;
    };
    const english: Atlas = { ...atlas };
    for (const collection of TEXT_COLLECTIONS) {
      (english[collection] as unknown[]) = (atlas[collection] as { id: string }[]).map((member) => {
        const out = replace(member, `${collection}#${member.id}`) as Record<string, unknown>;
        return out;
      });
    }
    // A placeholder anywhere else (the article, the sources) would reach the reader as a code.
    const left = JSON.stringify(english).indexOf(MARK);
    if (left >= 0) throw new Error(`a history text outside the atlas's collections: ${JSON.stringify(english).slice(left - 80, left + 10)}`);
    const translations = (['ru', 'ja'] as const).map((language): Translation => ({ format: ATLAS_FORMAT, language, texts: tables[language] }));
    return { atlas: english, translations };
  }
}
