// The real article and bibliography as a reference manager gets them: every work the atlas can
// cite survives BibTeX and RIS, Russian titles included; the intervention's span names the works
// the article footnotes for it.
import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { formatCitations } from '../../src/lib/cite/formats.ts';
import { sourceItem, sourcesInView } from '../../src/lib/cite/view.ts';
import { dayFromParts } from '../../src/lib/time/days.ts';
import { builtAtlas } from '../helpers/atlas.ts';

const atlas = builtAtlas();
const works = atlas.sources.filter((s) => s.kind !== 'reference');

describe('the bibliography for reference managers', () => {
  it('gives every work its fields, and its title as `full` has it', () => {
    for (const s of works) {
      expect(s.cite, s.id).toBeDefined();
      expect(s.full.replace(/\s+/g, ' '), s.id).toContain(s.cite!.title.replace(/\s+/g, ' '));
      if (s.cite!.issued !== undefined) expect(s.full, s.id).toContain(String(s.cite!.issued));
    }
  });

  // Citation.js's CSL processor starts in seconds, more when the test files run side by side.
  it('round-trips every work through BibTeX and RIS, Cyrillic included', { timeout: 30_000 }, () => {
    const items = works.map(sourceItem);
    const out = formatCitations(items);
    for (const text of [out.bibtex, out.ris]) {
      const back = new Cite(text).data;
      expect(back.map((i) => String(i['title']).trim())).toEqual(items.map((i) => i.title));
      expect(back.map((i) => (i['issued'] as { 'date-parts': number[][] } | undefined)?.['date-parts'][0]![0])).toEqual(items.map((i) => i.issued?.['date-parts'][0][0]));
    }
    expect(out.bibtex).toContain('СССР и Япония. К 50-летию');
  });

  it('the span of the intervention cites the article and the works its footnotes name for it', () => {
    const ids = sourcesInView(atlas, { day: dayFromParts(1918, 8, 2), until: dayFromParts(1922, 10, 25), selected: null }).map((s) => s.id);
    expect(ids[0]).toBe('ismailov');
    // Footnotes 5 and 6 (¶7 and ¶8, on the intervention) cite Hosoya 1974 and Hasegawa 1997.
    expect(ids).toEqual(expect.arrayContaining(['hosoya-1974', 'hasegawa-1997']));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
