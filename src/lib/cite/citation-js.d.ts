// Citation.js ships no types. This declares only what src/lib/cite/formats.ts and the tests use:
// a Cite made from CSL-JSON items or from BibTeX or RIS text, its items, and its output formats.
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown);
    /** The items as CSL-JSON. */
    data: Record<string, unknown>[];
    /** 'bibtex', 'ris', 'data' (CSL-JSON), 'bibliography' (a formatted list, through plugin-csl). */
    format(format: string, options?: Record<string, unknown>): string;
  }
  export const plugins: { config: { get(plugin: string): Record<string, Record<string, unknown>> } };
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-csl';
