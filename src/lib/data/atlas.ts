// The shape of the compact atlas the data build writes (public/data/atlas.json) and the app loads.
// Dates are already day numbers (src/lib/time/days.ts) and coordinates are rounded to 5 decimals,
// so the app never parses EDTF or checks data: the build has done both.
import type { LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { Day, Precision, Validity } from '../time/days.ts';
import type { LabelPoint } from './label-point.ts';

export const ATLAS_FORMAT = 4;

/** A citation, with the article's footnote already resolved to the work and page it cites. */
export interface Citation {
  source: string;
  /** Article paragraph (article citations only). */
  paragraph?: number;
  /** Article footnote number, and what it cites. */
  footnote?: number;
  cites?: string;
  page?: string;
}

/** Where sources disagree, or where the atlas had to choose: shown beside the article's value. */
export interface Note {
  text: string;
  citations: Citation[];
}

/** The languages (and so the scripts) names are given in: Latin, Cyrillic, Japanese, Chinese, Korean. */
export const NAME_LANGUAGES = ['en', 'ru', 'ja', 'zh', 'ko'] as const;
export type NameLanguage = (typeof NAME_LANGUAGES)[number];

/** Validity with the EDTF it came from, for display ("from 1920-04-21/1920-07-03"). */
export interface Dated extends Validity {
  start: string;
  end?: string;
}

/**
 * Names in use over a span of time (names of the time): Dalny 1899–1905, Dairen 1905–1945. A span
 * gives names in one or more languages; per language, spans never overlap (the build checks), so
 * one name is in use on any day (`nameOn` in names.ts). `start` is absent for a name already in use
 * when the atlas begins, `end` for one still in use in 1956.
 */
export interface NameSpan extends Validity {
  start?: string;
  end?: string;
  en?: string;
  ru?: string;
  ja?: string;
  zh?: string;
  ko?: string;
}

export interface Names {
  /** The atlas's own English name for the place or zone. */
  en: string;
  article?: string;
  modern?: string;
  ru?: string;
  ja?: string;
  zh?: string;
  ko?: string;
  other?: string[];
  /** Names of the time, in date order. */
  then?: NameSpan[];
}

export type AgentSide = 'japanese-agent' | 'soviet-official';

export interface Role extends Dated {
  label: string;
  agentPlan?: AgentSide;
  citations: Citation[];
}

export type PlaceKind = 'city' | 'port' | 'capital' | 'site';

export interface Place {
  id: string;
  names: Names;
  kind: PlaceKind;
  lon: number;
  lat: number;
  roles: Role[];
  citations: Citation[];
  notes: Note[];
}

export interface Phase extends Dated {
  label: string;
  /** A railway still being built: drawn dashed. */
  construction?: boolean;
}

/**
 * How a holder held a zone (its status): a closed list, checked by the data build. `sovereign`: its
 * own territory; `colony`: annexed and ruled apart (Korea 1910–45); `protectorate`: a state whose
 * foreign affairs another ran (Korea 1905–10); `leased`: leased from its sovereign (Kwantung);
 * `railway-zone`: a railway's strip under the railway's power; `occupation`: military occupation;
 * `puppet-state`: a state set up and run by another (Manchukuo); `sphere`: a sphere of influence;
 * `joint`: held by two or more together, or left unpartitioned (Sakhalin 1855–75); `disputed`:
 * claimed by more than one, or fought over.
 */
export const STATUSES = ['sovereign', 'colony', 'protectorate', 'leased', 'railway-zone', 'occupation', 'puppet-state', 'sphere', 'joint', 'disputed'] as const;
export type Status = (typeof STATUSES)[number];

/**
 * Who held a zone, in fact or in law: a closed list. `russia` is the Russian state before the
 * October Revolution (the Empire, and the Provisional Government of 1917); `soviet` is Soviet
 * Russia, the USSR from 1922; `fer` the Far Eastern Republic (1920–22); `white` the White Russian
 * governments of the Civil War; `china` the Qing Empire, then the Republic (from 1912), then the
 * People's Republic (from 1949): phases' labels say which where it matters; `korea` the Korean
 * state of the day; `usa` the United States (the Allied occupations after 1945); `none` no holder
 * (renounced with no beneficiary, or no one in control).
 */
export const HOLDERS = ['japan', 'russia', 'soviet', 'fer', 'white', 'china', 'mongolia', 'korea', 'usa', 'none'] as const;
export type Holder = (typeof HOLDERS)[number];

/**
 * One phase of a zone's standing: from `start` to `end` (EDTF, as everywhere), the zone had this
 * `status`, held in fact by `fact` and in law by `law` (the same as `fact` unless the data says
 * otherwise). A `joint` phase names the other holders in `sharedWith`. Phases follow each other
 * without gaps or overlaps; an uncertain endpoint is written the same on both sides.
 */
export interface Standing extends Dated {
  status: Status;
  fact: Holder;
  law: Holder;
  sharedWith?: Holder[];
  /** Words for the phase, where the status and holders need them ("Qing Empire", "Bogd Khanate"). */
  label?: string;
}

/**
 * `state`: one of the pieces that together partition the region's land, each with its standing
 * over the whole period (the states themselves: Japan, Russia, China, Mongolia, Korea, and the
 * pieces whose holder changed). `overlay`: a zone drawn over the states: an occupation, a
 * railway zone, a sphere, a named territory such as Karafuto or Manchukuo.
 */
export type ZoneLayer = 'state' | 'overlay';

/** The current map's kinds, derived from the standing by the build (standing.ts, legacyKind). */
export type ZoneKind = 'occupation' | 'territory' | 'leased' | 'intervention' | 'republic' | 'puppet-state' | 'sphere' | 'region';

/** The current map's colours, derived from the holder in fact by the build (standing.ts, legacyPower). */
export type Power = 'japan' | 'russia' | 'fer' | 'china';

export interface Zone extends Dated {
  id: string;
  names: Names;
  layer: ZoneLayer;
  /** Who held it, in words (the data's own, or built from the standing's holders). */
  holder: string;
  /** Its standing over time, in date order; the zone's own start and end are the first phase's start and the last phase's end. */
  standing: Standing[];
  /** For the current map: a colour and a kind, from the standing's longest phase (a state piece is a `region`). */
  power: Power;
  kind: ZoneKind;
  /** The standing's phases in words, for the panel (empty when there is one phase, held the same in law and in fact). */
  phases: Phase[];
  /** For an overlay made of state pieces: those pieces (its standing agrees with theirs, the build checks). */
  pieces?: string[];
  geometry: Polygon | MultiPolygon;
  /** Where its name goes, and the room there (label-point.ts), from the data build; null for an empty shape. */
  label: LabelPoint | null;
  /** Area in km² (turf, on the sphere). */
  areaKm2: number;
  citations: Citation[];
  notes: Note[];
}

export type LineKind = 'railway' | 'border' | 'journey' | 'agent-plan';

export interface Line extends Dated {
  id: string;
  names: Names;
  kind: LineKind;
  phases: Phase[];
  geometry: LineString | MultiLineString;
  /** For agent-plan arcs: which way the plan would send people, and the two ends. */
  agentPlan?: { side: AgentSide; from: string; to: string };
  citations: Citation[];
  notes: Note[];
}

export interface AtlasEvent {
  id: string;
  title: string;
  /** The EDTF as written, and as days: [start, end) (end null when open). */
  when: string;
  start: Day;
  end: Day | null;
  precision: Precision;
  uncertain: boolean;
  places: string[];
  zones: string[];
  lines: string[];
  summary: string;
  citations: Citation[];
  notes: Note[];
  /** Its names besides the title, in other scripts ("尼港事件") or other words, for search. */
  names?: Partial<Names>;
}

export interface Era extends Dated {
  id: string;
  label: string;
  citations: Citation[];
  /** Its names besides the label, for search. */
  names?: Partial<Names>;
}

export type LabelKind = 'region' | 'sea';

export interface Label {
  id: string;
  text: string;
  kind: LabelKind;
  lon: number;
  lat: number;
  /** 1 shows first (large regions); 3 only when zoomed in. */
  rank: number;
}

/** One step of the guided story: where the camera goes, the day, what it says and highlights. */
export interface StoryStep {
  id: string;
  title: string;
  day: Day;
  /** A box to frame in the part of the map the story's card leaves visible (`[[west, south], [east, north]]`; west > east across the antimeridian). */
  camera: { bounds: [[number, number], [number, number]]; maxZoom?: number; bearing?: number };
  caption: string;
  places: string[];
  zones: string[];
  events: string[];
  citations: Citation[];
  /** Its names besides the title, for search. */
  names?: Partial<Names>;
}

/** A person named in a citation: family and given names, or one name as written. */
export type CitedName = { family: string; given?: string } | { literal: string };

/** A work's fields for reference managers, in CSL-JSON's terms (geodata/README.md, "Sources"). */
export interface SourceCite {
  type: 'book' | 'chapter' | 'manuscript';
  author?: CitedName[];
  editor?: CitedName[];
  title: string;
  'container-title'?: string;
  publisher?: string;
  'publisher-place'?: string;
  /** The year of publication. */
  issued?: number;
  language?: 'en' | 'ru' | 'ja';
  note?: string;
}

export interface Source {
  id: string;
  /** The article; a work in its bibliography; another published work; a reference (the fact sheet, a gazetteer, a dataset). */
  kind: 'article' | 'bibliography' | 'work' | 'reference';
  short: string;
  full: string;
  bibliography?: number;
  /** The article and its bibliography carry these; the reference works the atlas uses do not. */
  cite?: SourceCite;
}

export interface ArticleParagraph {
  n: number;
  opens: string;
}

export interface Atlas {
  format: typeof ATLAS_FORMAT;
  /** The whole period the atlas covers, [start, end). */
  period: { start: Day; end: Day };
  article: { id: string; author: string; title: string; paragraphs: ArticleParagraph[] };
  sources: Source[];
  places: Place[];
  zones: Zone[];
  lines: Line[];
  /** In date order. */
  events: AtlasEvent[];
  eras: Era[];
  labels: Label[];
  /** The guided story, in order. */
  story: StoryStep[];
}

/** The atlas file the data build writes into public/data/, beside the land files. */
export const ATLAS_FILE = 'atlas.json';
