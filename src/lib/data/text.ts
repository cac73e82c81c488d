// The history's texts in the reader's language. The data build writes the atlas in English
// (atlas.json, with the geometry) and, per other language, only its texts (text.ru.json,
// text.ja.json): a flat table from a text's address to the text. The app loads a language's table
// when the reader chooses it and swaps the texts in with translateAtlas, so a first visit in
// English downloads no Russian or Japanese, and the geometry is never sent twice.
//
// A text's address is `collection#id.path`: `events#treaty-of-shimoda.summary`,
// `zones#sakhalin-north.standing.2.label`, `places#vladivostok.roles.0.label`,
// `story#step-shimoda.caption`. The path leads through the atlas's own objects and arrays to a
// string, so the table needs no knowledge of which fields are texts: the build decides that.
import { ATLAS_FORMAT, type Atlas } from './atlas.ts';
import { AtlasLoadError, dataUrl } from './load.ts';

export const TEXT_LANGUAGES = ['en', 'ru', 'ja'] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];
/** The languages that come as a table over the English atlas. */
export type TranslatedLanguage = Exclude<TextLanguage, 'en'>;

export interface Translation {
  format: typeof ATLAS_FORMAT;
  language: TranslatedLanguage;
  /** Address → text. */
  texts: Record<string, string>;
}

/** The collections of the atlas whose members carry texts, addressed by their id. */
export const TEXT_COLLECTIONS = ['places', 'zones', 'lines', 'events', 'eras', 'labels', 'story'] as const;
type Collection = (typeof TEXT_COLLECTIONS)[number];

export function translationFile(language: TranslatedLanguage): string {
  return `text.${language}.json`;
}

export async function loadTranslation(base: string, language: TranslatedLanguage, fetcher: typeof fetch = fetch): Promise<Translation> {
  let response: Response;
  try {
    response = await fetcher(dataUrl(translationFile(language), base));
  } catch {
    throw new AtlasLoadError(`The ${language} texts could not be downloaded. Check the connection and try again.`, { kind: 'network' });
  }
  if (!response.ok)
    throw new AtlasLoadError(`The ${language} texts could not be downloaded (HTTP ${response.status}).`, { kind: 'http', status: response.status });
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    throw new AtlasLoadError(`The ${language} texts are damaged: not valid JSON.`, { kind: 'json' });
  }
  if (!isTranslation(data, language)) throw new AtlasLoadError(`The ${language} texts are damaged or from another version of the atlas.`, { kind: 'shape' });
  return data;
}

function isTranslation(data: unknown, language: TranslatedLanguage): data is Translation {
  const t = data as Partial<Translation> | null;
  return (
    typeof t === 'object' &&
    t !== null &&
    t.format === ATLAS_FORMAT &&
    t.language === language &&
    typeof t.texts === 'object' &&
    t.texts !== null &&
    Object.values(t.texts).every((s) => typeof s === 'string')
  );
}

/** An address that does not lead to a string in the atlas: the table is from another build. */
export class TranslationMismatch extends Error {
  override name = 'TranslationMismatch';
}

/**
 * The atlas with its texts in the translation's language: a new atlas; members with no text in the
 * table, and every geometry, are shared with the original, which is left as it was. Throws a
 * TranslationMismatch on an address that leads nowhere (the table and the atlas are from different builds).
 */
export function translateAtlas(atlas: Atlas, translation: Translation): Atlas {
  const byMember = new Map<string, [string[], string][]>();
  for (const [address, text] of Object.entries(translation.texts)) {
    const { member, path } = parseAddress(address);
    let list = byMember.get(member);
    if (!list) byMember.set(member, (list = []));
    list.push([path, text]);
  }
  const out: Atlas = { ...atlas };
  for (const collection of TEXT_COLLECTIONS) {
    const members = atlas[collection] as { id: string }[];
    (out[collection] as { id: string }[]) = members.map((m) => {
      const edits = byMember.get(`${collection}#${m.id}`);
      if (!edits) return m;
      byMember.delete(`${collection}#${m.id}`);
      let copy: unknown = m;
      for (const [path, text] of edits) copy = withText(copy, path, text, `${collection}#${m.id}`);
      return copy as { id: string };
    });
  }
  const stray = byMember.keys().next();
  if (!stray.done) throw new TranslationMismatch(`no member ${stray.value} in the atlas`);
  return out;
}

function parseAddress(address: string): { member: string; path: string[] } {
  const hash = address.indexOf('#');
  const collection = address.slice(0, hash) as Collection;
  const rest = address.slice(hash + 1);
  const dot = rest.indexOf('.');
  if (hash < 0 || !TEXT_COLLECTIONS.includes(collection) || dot <= 0) throw new TranslationMismatch(`"${address}" is not a text's address`);
  return { member: `${collection}#${rest.slice(0, dot)}`, path: rest.slice(dot + 1).split('.') };
}

/** A copy of `node` with the string at `path` replaced, copying only the objects on the way. */
function withText(node: unknown, path: string[], text: string, where: string): unknown {
  const [head, ...rest] = path as [string, ...string[]];
  if (typeof node !== 'object' || node === null || !Object.hasOwn(node, head)) throw new TranslationMismatch(`${where}: no field "${head}"`);
  const child = (node as Record<string, unknown>)[head];
  if (rest.length === 0 && typeof child !== 'string') throw new TranslationMismatch(`${where}.${head} is not a text`);
  const value = rest.length === 0 ? text : withText(child, rest, text, `${where}.${head}`);
  if (Array.isArray(node)) {
    const copy = [...node];
    copy[Number(head)] = value;
    return copy;
  }
  return { ...node, [head]: value };
}
