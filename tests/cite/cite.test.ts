// "Cite this view" on the fixture atlas: the view as an item, the works behind what it shows, and
// the BibTeX, RIS and CSL-JSON that Citation.js writes, each read back by Citation.js itself.
import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { formatCitations } from '../../src/lib/cite/formats.ts';
import { citationItems, sourcesInView, viewItem } from '../../src/lib/cite/view.ts';
import { dayFromParts } from '../../src/lib/time/days.ts';
import { fixtureAtlas as atlas } from '../fixtures/atlas.ts';

const d = dayFromParts;
// Longer than the 70 characters after which Citation.js's RIS text would break a line.
const PERMALINK = 'https://atlas.example/recognition/#map=4.2/48.0000/135.0000&date=1918-08-02/1922-10-25';
const ACCESSED = d(2025, 11, 30);

/** A title as Citation.js reads it back: BibTeX's protective braces and RIS's line ends gone. */
const plain = (title: unknown) => String(title).trim();

describe('the view as an item', () => {
  it('has a title with the date or span, the permalink, and the day accessed', () => {
    const day = viewItem({ day: d(1923, 5, 21), until: null, selected: null }, PERMALINK, ACCESSED);
    expect(day.title).toBe('The map on 21 May 1923');
    const span = viewItem({ day: d(1918, 8, 2), until: d(1922, 10, 25), selected: null }, PERMALINK, ACCESSED);
    expect(span).toMatchObject({
      type: 'webpage',
      title: 'The map from 2 August 1918 to 25 October 1922',
      'container-title': 'Recognition Atlas: Japan and the USSR, 1855–1956',
      URL: PERMALINK,
      accessed: { 'date-parts': [[2025, 11, 30]] },
    });
    expect(span.note).toBe('An interactive map showing 2 August 1918 – 25 October 1922. Accessed 30 November 2025.');
  });
});

describe('the works behind the view', () => {
  it('are the article, and the works footnoted for what is shown', () => {
    // 21 May 1923: the agreement at North Port, whose role in the agent plan cites the book through a footnote.
    expect(sourcesInView(atlas, { day: d(1923, 5, 21), until: null, selected: null }).map((s) => s.id)).toEqual(['author', 'book']);
    // 1910: nothing shown cites the book; the article alone.
    expect(sourcesInView(atlas, { day: d(1910, 1, 1), until: null, selected: null }).map((s) => s.id)).toEqual(['author']);
    // A span that holds 1923 names it too; a work nothing cites never appears.
    const span = sourcesInView(atlas, { day: d(1900, 1, 1), until: d(1950, 1, 1), selected: null }).map((s) => s.id);
    expect(span).toEqual(['author', 'book']);
  });

  it("include the selected place's works", () => {
    expect(sourcesInView(atlas, { day: d(1910, 1, 1), until: null, selected: { kind: 'place', id: 'north-port' } }).map((s) => s.id)).toEqual([
      'author',
      'book',
    ]);
  });
});

describe('formats, read back by Citation.js', () => {
  const items = citationItems(atlas, { day: d(1918, 8, 2), until: d(1923, 6, 1), selected: null }, PERMALINK, ACCESSED);
  const out = formatCitations(items);

  it('BibTeX round-trips the titles, the permalink, the authors and the years', () => {
    const back = new Cite(out.bibtex).data;
    expect(back.map((i) => plain(i['title']))).toEqual(['The map from 2 August 1918 to 1 June 1923', 'An Article', 'A Book']);
    expect(back[0]!['URL']).toBe(PERMALINK);
    expect(back[0]!['note']).toContain('Accessed 30 November 2025');
    expect(back[2]).toMatchObject({
      author: [{ family: 'Writer', given: 'B.' }],
      issued: { 'date-parts': [[1970]] },
      publisher: 'A Press',
      'publisher-place': 'Tokyo',
    });
    expect(out.bibtex).toMatch(/^@misc\{recognitionatlas,/m);
    // The permalink's # and & are escaped where LaTeX typesets it as text, and kept in the url field.
    expect(out.bibtex).toContain('howpublished = {https://atlas.example/recognition/\\#map=4.2/48.0000/135.0000\\&date=1918-08-02/1922-10-25}');
    expect(out.bibtex).toContain(`url = {${PERMALINK}}`);
  });

  it('RIS round-trips the titles, the permalink, the authors and the years', () => {
    const back = new Cite(out.ris).data;
    expect(back.map((i) => plain(i['title']))).toEqual(['The map from 2 August 1918 to 1 June 1923', 'An Article', 'A Book']);
    expect(back[0]!['URL']).toBe(PERMALINK);
    expect(back[2]).toMatchObject({ author: [{ family: 'Writer', given: 'B.' }], issued: { 'date-parts': [[1970]] } });
    expect(out.ris).toMatch(/^TY {2}- ELEC$/m);
    expect(back.map((i) => i['id'])).toEqual(items.map((i) => i.id));
  });

  it('CSL-JSON is the items themselves, and reads back whole', () => {
    expect(JSON.parse(out.csl)).toEqual(items);
    const back = new Cite(JSON.parse(out.csl)).data;
    expect(back[0]).toMatchObject({ title: items[0]!.title, URL: PERMALINK, accessed: { 'date-parts': [[2025, 11, 30]] } });
  });

  it('in words, each work once', () => {
    expect(out.text).toContain('Writer, B. (1970). A Book. A Press.');
    expect(out.text).toContain(`Retrieved November 30, 2025, from ${PERMALINK}`);
  });
});
