// The citation of a view in the formats reference managers read, made by Citation.js from the
// CSL-JSON items of view.ts. This module is loaded only when the citation dialog opens: Citation.js
// and its CSL processor are larger than everything the first map needs.
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import type { CslItem } from './view.ts';

// Keys from our ids (`lensen1970`, not `Lensen1970Japanese`), and titles in Cyrillic kept as they
// are: the ASCII-only default drops what it cannot escape, which empties a Russian title.
const bibtex = plugins.config.get('@bibtex');
bibtex['format']!['useIdAsLabel'] = true;
bibtex['format']!['asciiOnly'] = false;

export interface Formatted {
  bibtex: string;
  ris: string;
  /** CSL-JSON, as Zotero, Mendeley and pandoc read it. */
  csl: string;
  /** The same in words, in APA style, for a worksheet or a slide. */
  text: string;
}

/** A RIS record as Citation.js maps it from CSL-JSON: tag to value, or values for a repeated tag. */
type RisRecord = Record<string, string | number | (string | number)[]>;

/**
 * RIS text from Citation.js's records, one line per value. Citation.js's own text output breaks
 * every value after 70 characters, mid-word, which splits a long title and any permalink (its
 * parser then joins the pieces with a space); RIS allows 255 characters on a line.
 */
function risText(records: RisRecord[]): string {
  return records
    .map(({ TY, ...tags }) => {
      const lines = Object.entries(tags).flatMap(([tag, value]) => [value].flat().map((v) => `${tag}  - ${String(v)}`));
      return [`TY  - ${String(TY)}`, ...lines, 'ER  - '].join('\n');
    })
    .join('\n');
}

export function formatCitations(items: CslItem[]): Formatted {
  const cite = new Cite(items);
  return {
    // The permalink's `#` and `&` mean something to LaTeX: in `howpublished`, typeset as text, they
    // are escaped (the `url` field, read by \url, keeps them as they are).
    bibtex: cite.format('bibtex').replace(/^(\s*howpublished = \{.*)$/gm, (line) => line.replace(/(?<!\\)[#&%_]/g, (c) => `\\${c}`)),
    ris: risText(cite.format('ris', { format: 'object' }) as unknown as RisRecord[]),
    csl: JSON.stringify(items, null, 2),
    text: cite.format('bibliography', { format: 'text', template: 'apa', lang: 'en-US' }),
  };
}
