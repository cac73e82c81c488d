// The interface in English: every word the atlas's own interface says, by key. The Russian and
// Japanese tables (ru.ts, ja.ts) must have every key, with the same parameters: TypeScript checks
// them against this one (`satisfies Messages`), and tests/i18n/messages.test.ts checks that none is
// empty or left in English. English is in the first page's code; the others load when chosen.
//
// A message with parts takes them as arguments, already formatted (dates by format.ts), so that
// each language puts them where its grammar wants them.
import { HOLDER_LEGEND, LAYER_GROUPS, LEGEND, STATUS_LEGEND, type LayerGroup } from '../../map/atlas-layers.ts';
import type { Holder, Status } from '../../data/atlas.ts';
import type { LoadProblem } from '../../data/load.ts';
import type { ResultKind } from '../../data/search.ts';
import type { MapWords } from '../../map/bridge.ts';
import type { DateProblem } from '../../time/parse.ts';

export type LegendKey = keyof typeof LEGEND;
/** A legend entry in words: in full (the Layers panel, a title) and short (the on-map legend, the saved image). */
export type LegendWords = { label: string; short: string };

const FORMS = 'YYYY, YYYY-MM or YYYY-MM-DD';

/** A table of legend entries in words: the English is the registry's own, written once. */
function words<K extends string>(entries: Record<K, LegendWords>): Record<K, LegendWords> {
  return Object.fromEntries(Object.entries<LegendWords>(entries).map(([key, { label, short }]) => [key, { label, short }])) as Record<K, LegendWords>;
}

/** What is wrong with a typed date or span, in words. */
function dateProblem(p: DateProblem): string {
  switch (p.kind) {
    case 'start':
      return `Start: ${dateProblem(p.problem)}`;
    case 'end':
      return `End: ${dateProblem(p.problem)}`;
    case 'backwards':
      return 'The span ends before it starts';
    case 'empty':
      return `Enter a date: ${FORMS}`;
    case 'form':
      return `Use ${FORMS}`;
    case 'year':
      return `No such year: ${p.text}`;
    case 'month':
      return `No such month: ${p.text}`;
    case 'day':
      return `No such day: ${p.text}`;
    case 'outside':
      return 'Outside the atlas: choose a date from 1855 to 1956';
  }
}

export const en = {
  // The page
  pageTitle: 'Recognition Atlas: Japan and the USSR, 1855–1956',
  title: 'Recognition Atlas',
  subtitle: 'Japan and the USSR, 1855–1956',
  loading: 'Loading the atlas…',
  loadProblem: (p: LoadProblem | null): string => {
    switch (p?.kind) {
      case 'network':
        return 'The atlas data could not be downloaded. Check the connection and try again.';
      case 'http':
        return `The atlas data could not be downloaded (HTTP ${p.status}).`;
      case 'json':
        return 'The atlas data is damaged: it is not valid JSON.';
      case 'shape':
        return 'The atlas data is damaged or from another version of the atlas.';
      default:
        return 'The atlas data could not be loaded.';
    }
  },
  tryAgain: 'Try again',
  /** The map's own words: its description for a screen reader, its buttons, its attribution. */
  mapWords: {
    map: 'Map of the Far East. Use the arrow keys to pan, plus and minus to zoom.',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetBearing: 'Reset bearing to north',
    land: 'Land:',
    attribution: 'Toggle attribution',
  } satisfies MapWords,
  language: 'Language',

  // The masthead
  search: 'Search',
  menu: 'Menu',
  atlasMenu: 'Atlas',
  story: 'Story',
  events: 'Events',
  layers: 'Layers',
  sources: 'Sources',
  comparedOutlined: (date: string) => `Outlined: zones in force on ${date}`,
  stopComparing: 'Stop comparing',

  // Search
  searchAtlas: 'Search the atlas',
  searchPlaceholder: 'Places, zones, events: 尼港, Manchukuo…',
  searchResults: 'Search results',
  resultKinds: { place: 'Places', zone: 'Zones', event: 'Events', era: 'Eras', step: 'Story' } satisfies Record<ResultKind, string>,
  noPlace: 'Nothing in the atlas by that name',

  // The timeline dock
  timeline: 'Timeline',
  tellStory: 'Tell the story',
  goToDate: `Go to date (${FORMS})`,
  go: 'Go',
  date: 'Date',
  currentEvent: 'Current event',
  recentEvent: 'Recent event',
  /** The marker at the map's edge for the current event out of view. */
  pointerLabel: (event: string, place: string) => `${event}: show ${place}, out of view`,
  pointerTitle: (place: string) => `Show ${place}`,
  betweenEvents: 'Between events',
  previousEvent: 'Previous event',
  previousEventKey: 'Previous event ([)',
  nextEvent: 'Next event',
  nextEventKey: 'Next event (])',
  play: 'Play',
  pause: 'Pause',
  playKey: 'Play or pause (Space)',
  speed: 'Speed',
  speeds: ['1 week a second', '1 month a second', '3 months a second', '1 year a second'],
  trackScale: 'Scale of the track',
  tickEvents: (n: number, from: string) => `${n} events from ${from}`,
  tickEvent: (title: string, date: string) => `${title}, ${date}`,

  // The typed date's problems
  dateProblem,

  // Dates in words (describe.ts)
  dateFrom: (date: string) => `from ${date}`,
  dateAbout: (date: string) => `about ${date}`,
  dateUncertain: (span: string) => `${span} (uncertain)`,
  inForceOn: (date: string, zones: string) => `In force on ${date}: ${zones}.`,
  nothingInForceOn: (date: string) => `Nothing in force on ${date}.`,
  possiblyInForce: (name: string) => `${name} (possibly: dates uncertain)`,
  currentEventSpoken: (title: string, date: string) => `Current event: ${title} (${date}).`,
  /** Each event already "Title (date)" (eventWithDate); null where there is none. */
  betweenEventsSpoken: (previous: string | null, next: string | null) =>
    `Between events${previous ? `: the last, ${previous}` : ''}${next ? `${previous ? ';' : ':'} the next, ${next}` : ''}.`,
  listSeparator: '; ',
  eventWithDate: (title: string, date: string) => `${title} (${date})`,
  citationPage: (page: string) => `p. ${page}`,
  citationFootnote: (n: number) => `n. ${n}`,

  // A zone
  area: 'Area',

  // The masthead's tools, and the span
  share: 'Share',
  cite: 'Cite',
  print: 'Print',
  span: 'Span',
  spanTitle: 'Show a span of time: what was in force and what happened in it',

  // The legend
  legend: 'Legend',
  // The layer switches in the registry's own English words (atlas-layers.ts).
  layerGroups: Object.fromEntries(Object.entries(LAYER_GROUPS).map(([group, { label }]) => [group, label])) as Record<LayerGroup, string>,
  // The legend's entries in the registry's own English words (atlas-layers.ts), by key, holder and status.
  legendEntries: words(LEGEND) satisfies Record<LegendKey, LegendWords>,
  /** Who held a zone (its colour); named as the holder of the time. */
  holderEntries: words(HOLDER_LEGEND) satisfies Record<Holder, LegendWords>,
  /** How a zone was held (its treatment). Statuses drawn alike share their words. */
  statusEntries: words(STATUS_LEGEND) satisfies Record<Status, LegendWords>,
  // The legend on the map, and the switch between the holders in fact and in law.
  mapKey: 'Key',
  readingSwitch: 'Zones drawn by who held them',
  inFactButton: 'In fact',
  inLawButton: 'In law',
  inFact: 'in fact',
  inLaw: 'in law',
  /** The masthead's line before "in fact" / "in law". */
  zonesByHolder: 'Zones by who held them',

  // Sources
  bibliography: "The article's bibliography",

  // Over a span of time (the dock), and a locked link. (What is loaded on first use, the panels, the
  // story, the text atlas and the classroom's parts, has a table of its own: ../deferred/en.ts.)
  spanLabel: 'In the span',
  spanEventCount: (n: number) => (n === 1 ? '1 event' : `${n} events`),
  listThem: 'List them',
  noEvents: 'No events',
  lockedView: 'This link shows a fixed view.',
  unlockDate: 'Unlock the date',
};

export type Messages = typeof en;
