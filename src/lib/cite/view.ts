// "Cite this view": the view as a citable item (title, the date or span shown, the permalink, the
// day it was accessed) and the works behind what it shows (the article, and the works its footnotes
// cite for the features drawn), as CSL-JSON items. Pure: citation-js turns them into BibTeX and RIS
// (formats.ts, loaded only when the dialog opens), and the print sheet lists the same works.
import { atSpan, atDate } from '../data/at-date.ts';
import type { Atlas, Citation, CitedName, Source } from '../data/atlas.ts';
import { spanText } from '../data/describe.ts';
import type { Lang } from '../i18n/languages.ts';
import type { FeatureRef } from '../data/lookup.ts';
import { partsFromDay, type Day } from '../time/days.ts';
import { formatDay } from '../time/format.ts';

/** The atlas's name, as the masthead and the saved image give it. */
const ATLAS_TITLE = 'Recognition Atlas: Japan and the USSR, 1855–1956';

/** A CSL-JSON item: the fields this atlas writes (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export interface CslItem {
  id: string;
  type: 'webpage' | 'book' | 'chapter' | 'manuscript';
  title: string;
  author?: CitedName[];
  editor?: CitedName[];
  'container-title'?: string;
  publisher?: string;
  'publisher-place'?: string;
  issued?: { 'date-parts': [[number]] };
  accessed?: { 'date-parts': [[number, number, number]] };
  URL?: string;
  language?: string;
  note?: string;
}

/** What the view shows: a day or a span, and the feature whose panel is open. */
export interface ShownView {
  day: Day;
  until: Day | null;
  selected: FeatureRef | null;
}

/** The date or span shown, in words: "21 May 1923", "2 August 1918 – 25 October 1922". */
export function shownText(view: Pick<ShownView, 'day' | 'until'>, lang: Lang = 'en'): string {
  return view.until === null ? formatDay(view.day, lang) : spanText(view.day, view.until, lang);
}

/**
 * The view itself. `accessed` is the reader's today; the note says the date shown and the day
 * accessed in words too, since BibTeX has no field for the day a page was seen.
 */
export function viewItem(view: ShownView, permalink: string, accessed: Day): CslItem {
  const { year, month, day } = partsFromDay(accessed);
  return {
    // RIS keeps 20 characters of an id.
    id: 'recognition-atlas',
    type: 'webpage',
    title: view.until === null ? `The map on ${formatDay(view.day)}` : `The map from ${formatDay(view.day)} to ${formatDay(view.until)}`,
    'container-title': ATLAS_TITLE,
    URL: permalink,
    accessed: { 'date-parts': [[year, month, day]] },
    note: `An interactive map showing ${shownText(view)}. Accessed ${formatDay(accessed)}.`,
  };
}

/** Every citation of what the view shows: the zones and lines drawn, the current event or the span's events and their places, the feature selected. */
function citationsInView(atlas: Atlas, view: ShownView): Citation[] {
  const span = view.until === null ? null : atSpan(atlas, view.day, view.until);
  const drawn = span ?? atDate(atlas, view.day);
  const events = span ? span.events.map((i) => atlas.events[i]!) : drawn.current ? [drawn.current] : [];
  const placeIds = new Set(events.flatMap((e) => e.places));
  if (view.selected?.kind === 'place') placeIds.add(view.selected.id);
  return [
    ...atlas.zones.filter((z) => (drawn.zones.get(z.id) ?? 0) > 0 || (view.selected?.kind === 'zone' && view.selected.id === z.id)),
    ...atlas.lines.filter((l) => (drawn.lines.get(l.id) ?? 0) > 0),
    ...events,
    ...atlas.places.filter((p) => placeIds.has(p.id)),
  ].flatMap((f) => [...f.citations, ...f.notes.flatMap((n) => n.citations), ...('roles' in f ? f.roles.flatMap((r) => r.citations) : [])]);
}

/**
 * The works behind the view: the article first, then every work of its bibliography that a
 * citation of what is shown names (mostly through the article's footnotes), in the bibliography's
 * order, then the other works the atlas cites for the wider period, in the order sources.json
 * lists them. The atlas's own fact sheet and the gazetteers are not works a reader cites.
 */
export function sourcesInView(atlas: Atlas, view: ShownView): Source[] {
  const named = new Set(citationsInView(atlas, view).flatMap((c) => [c.source, ...(c.cites ? [c.cites] : [])]));
  const article = atlas.sources.find((s) => s.id === atlas.article.id);
  const works = atlas.sources.filter((s) => s.kind === 'bibliography' && named.has(s.id)).sort((a, b) => (a.bibliography ?? 0) - (b.bibliography ?? 0));
  const others = atlas.sources.filter((s) => s.kind === 'work' && named.has(s.id));
  return [...(article ? [article] : []), ...works, ...others];
}

/** A work as a CSL-JSON item, from its fields in sources.json. */
export function sourceItem(source: Source): CslItem {
  const cite = source.cite;
  if (!cite) return { id: source.id, type: 'book', title: source.full };
  const { issued, ...fields } = cite;
  return { id: source.id, ...fields, ...(issued !== undefined ? { issued: { 'date-parts': [[issued]] } } : {}) };
}

/** The view and the works behind it, as one list for a reference manager. */
export function citationItems(atlas: Atlas, view: ShownView, permalink: string, accessed: Day): CslItem[] {
  return [viewItem(view, permalink, accessed), ...sourcesInView(atlas, view).map(sourceItem)];
}
