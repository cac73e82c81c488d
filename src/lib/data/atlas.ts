// The shape of the compact atlas the data build writes (public/data/atlas.json) and the app loads.
// Dates are already day numbers (src/lib/time/days.ts) and coordinates are rounded to 5 decimals,
// so the app never parses EDTF or checks data: the build has done both.
import type { LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { Day, Precision, Validity } from '../time/days.ts';

export const ATLAS_FORMAT = 2;

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

export interface Names {
  en: string;
  article?: string;
  modern?: string;
  ru?: string;
  ja?: string;
  zh?: string;
  ko?: string;
  other?: string[];
}

/** Validity with the EDTF it came from, for display ("from 1920-04-21/1920-07-03"). */
export interface Dated extends Validity {
  start: string;
  end?: string;
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

export type ZoneKind = 'occupation' | 'territory' | 'leased' | 'intervention' | 'republic' | 'puppet-state' | 'sphere' | 'region';

/** Who held a zone, for its colour: Japan, Russia or the USSR, the Far Eastern Republic, China. */
export type Power = 'japan' | 'russia' | 'fer' | 'china';

export interface Zone extends Dated {
  id: string;
  names: Names;
  holder: string;
  power: Power;
  kind: ZoneKind;
  phases: Phase[];
  geometry: Polygon | MultiPolygon;
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
}

export interface Era extends Dated {
  id: string;
  label: string;
  citations: Citation[];
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
  camera: { center: [number, number]; zoom: number; bearing?: number };
  caption: string;
  places: string[];
  zones: string[];
  events: string[];
  citations: Citation[];
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
  kind: 'article' | 'bibliography' | 'reference';
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
