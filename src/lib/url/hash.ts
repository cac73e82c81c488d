// The URL hash: `#map=ZOOM/LAT/LON&date=YYYY-MM-DD&place=ID` (or `zone=ID`), the convention of OpenStreetMap and
// OpenHistoricalMap. The hash is a list of named parts; each part is read on its own and a part that
// does not parse is dropped, so one bad part never costs the others. Nothing here throws.
//
// URL_PARTS below lists the parts: a new one is a line there, and an entry in the app's state that
// fills it (URL_BINDINGS in src/lib/state/url.svelte.ts).

import type { Reading } from '../data/look.ts';
import type { FeatureRef } from '../data/lookup.ts';
import { isLang, type Lang } from '../i18n/languages.ts';
import { isoFromDay, type Day } from '../time/days.ts';
import { parseAtlasDate, parseAtlasSpan, type DateOrSpan } from '../time/period.ts';

export interface MapView {
  zoom: number;
  lat: number;
  lon: number;
}

/** The map's zoom range; a hash outside it is clamped, not rejected. */
export const MIN_ZOOM = 0;
/** No further than the land data holds: Natural Earth's 10m coast turns to blocks beyond zoom 8. */
export const MAX_ZOOM = 8;
/** Web Mercator cannot show the poles; MapLibre clamps here too. */
export const MAX_LAT = 85.0511;

/** Longest hash we read at all: anything longer is not a link this app wrote. */
const MAX_HASH_LENGTH = 2000;

/** Splits `#a=1&b=2` into named parts. Repeated names: the first wins. Never throws. */
export function readParts(hash: string): Map<string, string> {
  const parts = new Map<string, string>();
  if (typeof hash !== 'string' || hash.length > MAX_HASH_LENGTH) return parts;
  for (const piece of hash.replace(/^#/, '').split('&')) {
    const eq = piece.indexOf('=');
    if (eq <= 0) continue;
    const name = safeDecode(piece.slice(0, eq));
    const value = safeDecode(piece.slice(eq + 1));
    if (name === null || value === null || parts.has(name)) continue;
    parts.set(name, value);
  }
  return parts;
}

function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/** Joins named parts in the given order, skipping empty ones. */
export function writeParts(parts: [name: string, value: string | null | undefined][]): string {
  const kept = parts.filter((p): p is [string, string] => typeof p[1] === 'string' && p[1] !== '');
  if (kept.length === 0) return '';
  // Values keep `/` and `-` readable; anything else that could break the hash is escaped.
  return '#' + kept.map(([name, value]) => `${name}=${encodeURIComponent(value).replace(/%2F/g, '/')}`).join('&');
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)$/;

function parseNumber(s: string | undefined): number | null {
  if (s === undefined || !NUMBER.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

export function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}

/** Wraps a longitude into [-180, 180). */
export function wrapLon(lon: number): number {
  // In range already: returned as is, since the modulo arithmetic would add float noise.
  if (lon >= -180 && lon < 180) return lon;
  const wrapped = ((((lon + 180) % 360) + 360) % 360) - 180;
  // -0 (which === 0) is written as 0.
  return wrapped === 0 ? 0 : wrapped;
}

/** Reads `ZOOM/LAT/LON`. Out-of-range zoom and latitude are clamped, longitude wrapped. */
export function parseMapPart(value: string | undefined): MapView | null {
  if (value === undefined) return null;
  const pieces = value.split('/');
  if (pieces.length !== 3) return null;
  const [zoom, lat, lon] = pieces.map(parseNumber);
  if (zoom == null || lat == null || lon == null) return null;
  return {
    zoom: clamp(zoom, MIN_ZOOM, MAX_ZOOM),
    lat: clamp(lat, -MAX_LAT, MAX_LAT),
    lon: wrapLon(lon),
  };
}

/** Writes `ZOOM/LAT/LON` with OpenStreetMap's precision: zoom 2 decimals, lat/lon 4. */
export function writeMapPart(view: MapView): string {
  const zoom = clamp(view.zoom, MIN_ZOOM, MAX_ZOOM);
  const lat = clamp(view.lat, -MAX_LAT, MAX_LAT);
  return `${trim(zoom.toFixed(2))}/${lat.toFixed(4)}/${wrapLon(view.lon).toFixed(4)}`;
}

/** "3.50" → "3.5", "4.00" → "4": shorter links, same view. */
function trim(fixed: string): string {
  return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** Reads `date=YYYY`, `YYYY-MM` or `YYYY-MM-DD` within the atlas's period; anything else is null. */
export function parseDatePart(value: string | undefined): Day | null {
  if (value === undefined) return null;
  const parsed = parseAtlasDate(value);
  return parsed.ok ? parsed.day : null;
}

/** Reads `date=` as one day or as a span, an EDTF interval `START/END` (see parseAtlasSpan); anything else is null. */
export function parseDateOrSpanPart(value: string | undefined): DateOrSpan | null {
  if (value === undefined) return null;
  const parsed = parseAtlasSpan(value);
  return parsed.ok ? { day: parsed.day, until: parsed.until } : null;
}

/** `1923-05-21`, or a span as `1918-08-02/1922-10-25`. */
export function writeDateOrSpanPart(value: DateOrSpan): string {
  return value.until === null ? isoFromDay(value.day) : `${isoFromDay(value.day)}/${isoFromDay(value.until)}`;
}

/** An atlas id: kebab-case, short. Whether it names a real place is the app's check, once loaded. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function parseIdPart(value: string | undefined): string | null {
  return value !== undefined && value.length <= 64 && ID.test(value) ? value : null;
}

/** Reads `step=N`, a whole number from 1 to 99; the app checks it against the story's length. */
export function parseStepPart(value: string | undefined): number | null {
  if (value === undefined || !/^[1-9]\d?$/.test(value)) return null;
  return Number(value);
}

/** Reads `lang=ru`: one of the interface's languages (lower case, as written). */
export function parseLangPart(value: string | undefined): Lang | null {
  return isLang(value) ? value : null;
}

/** Reads `names=then`: the map names places as named on the day shown (the default, in the reader's language, is not written). */
export function parseNamesPart(value: string | undefined): 'then' | 'reader' | null {
  return value === 'then' || value === 'reader' ? value : null;
}

/** Reads `view=law` or `view=fact`: which holder the zones are drawn by. */
export function parseReadingPart(value: string | undefined): Reading | null {
  return value === 'law' || value === 'fact' ? value : null;
}

/** How one part of the state is read from the hash's named parts and written back as named parts. */
interface Codec<T> {
  read(parts: Map<string, string>): T | null;
  write(value: T): [name: string, value: string][];
}

/** A part with one name, read and written by the two functions given. */
function named<T>(name: string, parse: (value: string | undefined) => T | null, format: (value: T) => string): Codec<T> {
  return { read: (parts) => parse(parts.get(name)), write: (value) => [[name, format(value)]] };
}

/** `place=ID` or `zone=ID`: the feature whose panel is open (place wins if a link has both). */
const selection: Codec<FeatureRef> = {
  read(parts) {
    const place = parseIdPart(parts.get('place'));
    const zone = parseIdPart(parts.get('zone'));
    return place ? { kind: 'place', id: place } : zone ? { kind: 'zone', id: zone } : null;
  },
  write: (ref) => [[ref.kind, ref.id]],
};

/** Every part the hash can hold, in the order they are written. */
const URL_PARTS = {
  /** `map=ZOOM/LAT/LON`: the camera. */
  view: named('map', parseMapPart, writeMapPart),
  /** `date=YYYY-MM-DD` (YYYY and YYYY-MM are read too), or a span `date=START/END`. */
  date: named('date', parseDateOrSpanPart, writeDateOrSpanPart),
  selected: selection,
  /** `step=N`: the story step shown (1-based). */
  step: named('step', parseStepPart, String),
  /** `compare=YYYY-MM-DD`: a second date whose zones are outlined. */
  compare: named('compare', parseDatePart, isoFromDay),
  /** `lang=en|ru|ja`: the interface's language (absent: the browser's, else English). */
  lang: named('lang', parseLangPart, String),
  /** `names=then`: place names on the map as named at the time. */
  labels: named('names', parseNamesPart, String),
  /** `view=law`: zones drawn by their holder in law (in fact when absent). */
  reading: named('view', parseReadingPart, String),
};

type Parts = typeof URL_PARTS;

/** Everything the hash can say. A missing or unreadable part is null: the app uses its default. */
export type UrlState = { [K in keyof Parts]: (Parts[K] extends Codec<infer T> ? T : never) | null };

const NAMES = Object.keys(URL_PARTS) as (keyof Parts)[];

export function parseHash(hash: string): UrlState {
  const parts = readParts(hash);
  return Object.fromEntries(NAMES.map((name) => [name, URL_PARTS[name].read(parts)])) as UrlState;
}

export function writeHash(state: UrlState): string {
  return writeParts(
    NAMES.flatMap((name) => {
      const value = state[name];
      return value === null ? [] : (URL_PARTS[name] as Codec<NonNullable<typeof value>>).write(value);
    }),
  );
}
