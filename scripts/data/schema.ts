// Schemas of the hand-written geodata files (geodata/README.md). They check shape only: dates,
// references and geometry are checked afterwards (check.ts), where the message can say more.
// Messages are written for the person editing the file: they follow "file: id: field:".
import * as v from 'valibot';
import { HOLDERS, STATUSES } from '../../src/lib/data/atlas.ts';

export const Id = v.pipe(v.string('must be a string'), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id like "north-sakhalin"'));

export const Text = v.pipe(v.string('must be a string'), v.trim(), v.nonEmpty('must not be empty'));

/** One language of a history text: present, not empty, and in its own script (a Russian text left in English is an error). */
function inLanguage(name: string, code: string, script?: { pattern: RegExp; name: string }) {
  const text = v.pipe(v.string(`needs the ${name} text (${code})`), v.trim(), v.nonEmpty(`the ${name} text (${code}) is empty`));
  if (!script) return text;
  return v.pipe(
    text,
    v.check((s) => script.pattern.test(s) || UNTRANSLATED.has(s), `the ${name} text (${code}) has no ${script.name}: is it still in English?`),
  );
}

/**
 * The only texts that may read the same in every language: none today. A proper name or a quotation
 * that must stay in the Latin alphabet goes here, so that "left in English" stays an error elsewhere.
 */
export const UNTRANSLATED = new Set<string>();

/**
 * A history text, in English, Russian and Japanese: {"en": …, "ru": …, "ja": …}. The atlas is
 * written in English; the build writes the other two as tables the app loads when they are chosen.
 */
const LANGUAGE_NAMES: Record<string, string> = { en: 'English', ru: 'Russian', ja: 'Japanese' };
export const Translated = v.strictObject(
  {
    en: inLanguage('English', 'en'),
    ru: inLanguage('Russian', 'ru', { pattern: /[\u0400-\u04FF]/, name: 'Cyrillic' }),
    ja: inLanguage('Japanese', 'ja', { pattern: /[\u3040-\u30FF\u3400-\u9FFF]/, name: 'kana or kanji' }),
  },
  (issue) => {
    // A key that is missing or extra is reported by the object: say which language it is about.
    const key = issue.path?.at(-1)?.key;
    if (typeof key === 'string' && issue.path!.length > 0 && issue.input === undefined && key in LANGUAGE_NAMES)
      return `needs the ${LANGUAGE_NAMES[key]} text (${key})`;
    if (typeof key === 'string' && !(key in LANGUAGE_NAMES)) return `"${key}" is not one of the languages of the texts (en, ru, ja)`;
    return 'must be {"en": …, "ru": …, "ja": …}: the text in English, Russian and Japanese';
  },
);
export type Translated = v.InferOutput<typeof Translated>;

/** An EDTF string; what it says is checked later, with the parser's own reason. */
const Edtf = v.pipe(v.string('must be an EDTF date string'), v.nonEmpty('must not be empty'));

const Longitude = v.pipe(v.number('must be a number'), v.minValue(-180, 'longitude below -180'), v.maxValue(180, 'longitude above 180'));
const Latitude = v.pipe(v.number('must be a number'), v.minValue(-90, 'latitude below -90'), v.maxValue(90, 'latitude above 90'));
export const LonLat = v.pipe(
  v.tuple([v.number('must be a number'), v.number('must be a number')], 'must be [longitude, latitude]'),
  v.check(
    ([lon, lat]) => Math.abs(lat) <= 90 || Math.abs(lon) > 90,
    'latitude beyond ±90°: are longitude and latitude swapped? GeoJSON is [longitude, latitude]',
  ),
  v.check(([lon, lat]) => Math.abs(lon) <= 180 && Math.abs(lat) <= 90, 'out of range: longitude -180..180, latitude -90..90'),
);

export const Citation = v.strictObject({
  source: Id,
  paragraph: v.optional(v.pipe(v.number('must be a number'), v.integer('must be a whole number'))),
  footnote: v.optional(v.pipe(v.number('must be a number'), v.integer('must be a whole number'))),
  page: v.optional(Text),
});
export type Citation = v.InferOutput<typeof Citation>;

export const Citations = v.pipe(v.array(Citation, 'must be a list of citations'), v.minLength(1, 'needs at least one citation'));

export const Note = v.strictObject({ text: Translated, citations: Citations });
export const Notes = v.optional(v.array(Note, 'must be a list of notes'), []);

const Dated = { start: Edtf, end: v.optional(Edtf) };

/** Names in use over a span of time: at least one name, in the languages of names. */
export const NameSpan = v.pipe(
  v.strictObject({
    start: v.optional(Edtf),
    end: v.optional(Edtf),
    en: v.optional(Text),
    ru: v.optional(Text),
    ja: v.optional(Text),
    zh: v.optional(Text),
    ko: v.optional(Text),
  }),
  v.check((s) => [s.en, s.ru, s.ja, s.zh, s.ko].some((n) => n !== undefined), 'a name of the time needs a name in at least one language (en, ru, ja, zh, ko)'),
  v.check((s) => s.start !== undefined || s.end !== undefined, 'a name of the time needs a start or an end (or it is simply the name)'),
);

export const Names = v.strictObject({
  en: v.pipe(v.string('every place needs an English name'), v.trim(), v.nonEmpty('every place needs an English name')),
  article: v.optional(Text),
  modern: v.optional(Text),
  ru: v.optional(Text),
  ja: v.optional(Text),
  zh: v.optional(Text),
  ko: v.optional(Text),
  other: v.optional(v.array(Text, 'must be a list of names')),
  then: v.optional(v.array(NameSpan, 'must be a list of names of the time')),
});

export const Phase = v.strictObject({ ...Dated, label: Translated, construction: v.optional(v.boolean('must be true or false')) });

export const Role = v.strictObject({
  ...Dated,
  label: Translated,
  agentPlan: v.optional(v.picklist(['japanese-agent', 'soviet-official'], 'must be "japanese-agent" or "soviet-official"')),
  citations: Citations,
});

export const PlaceFeature = v.strictObject({
  type: v.literal('Feature', 'must be "Feature"'),
  id: Id,
  geometry: v.strictObject({ type: v.literal('Point', 'a place must be a Point'), coordinates: LonLat }),
  properties: v.strictObject({
    names: Names,
    kind: v.picklist(['city', 'port', 'capital', 'site'], 'must be city, port, capital or site'),
    roles: v.array(Role, 'must be a list of roles'),
    citations: Citations,
    notes: Notes,
  }),
});
export type PlaceFeature = v.InferOutput<typeof PlaceFeature>;

const Ring = v.pipe(v.array(LonLat, 'must be a list of [longitude, latitude]'), v.minLength(4, 'a ring needs at least 4 positions'));

/** [west, south, east, north] in degrees. */
const Box = v.pipe(
  v.tuple([Longitude, Latitude, Longitude, Latitude], 'must be a box [west, south, east, north]'),
  v.check(([w, s, e, n]) => w < e && s < n, 'a box runs west to east and south to north: [west, south, east, north]'),
);

/** A Natural Earth country's name ("Russia", "China") or "land" (all Natural Earth land). */
const LandName = v.pipe(v.string('must be "land" or a Natural Earth country name'), v.nonEmpty('must be "land" or a Natural Earth country name'));

/** What a shape starts from: exactly one of these keys (README, "Zones"). */
export const SHAPE_BASES = ['islands', 'country', 'regions', 'pieces', 'along', 'union', 'within'] as const;

export interface ShapeRecipe {
  islands?: [number, number, number, number];
  country?: string;
  regions?: string[];
  pieces?: string[];
  along?: string | [number, number][];
  km?: number;
  union?: ShapeRecipe[];
  within?: string | ShapeRecipe;
  clip?: [number, number][];
  box?: [number, number, number, number];
  minus?: ShapeRecipe[];
}

/**
 * A shape recipe: a base (islands in a box, a country, today's regions, state pieces, a corridor
 * along a line, a union of recipes), then, in this order, what it is cut to (`within` a country,
 * the land or another recipe; a hand-drawn `clip` polygon; a `box`) and what is taken out (`minus`).
 */
export const Shape: v.GenericSchema<ShapeRecipe> = v.lazy(() =>
  v.pipe(
    v.strictObject(
      {
        islands: v.optional(Box),
        country: v.optional(LandName),
        regions: v.optional(
          v.pipe(
            v.array(v.pipe(v.string(), v.regex(/^[A-Z]{2}-[A-Z0-9]{2,3}$/, 'must be a region code like "RU-AM"'))),
            v.minLength(1, 'needs at least one region'),
          ),
        ),
        pieces: v.optional(v.pipe(v.array(Id), v.minLength(1, 'needs at least one piece'))),
        along: v.optional(
          v.union([Id, v.pipe(v.array(LonLat), v.minLength(2, 'a path needs at least two points'))], 'must be a line id or a list of [longitude, latitude]'),
        ),
        km: v.optional(v.pipe(v.number('must be a number'), v.minValue(1, 'at least 1 km'), v.maxValue(200, 'at most 200 km'))),
        union: v.optional(v.pipe(v.array(Shape), v.minLength(2, 'a union needs at least two shapes'))),
        within: v.optional(v.union([LandName, Shape], 'must be "land", a Natural Earth country name, or a shape recipe')),
        clip: v.optional(Ring),
        box: v.optional(Box),
        minus: v.optional(v.pipe(v.array(Shape), v.minLength(1, 'needs at least one shape'))),
      },
      'must be a shape recipe (see geodata/README.md, "Zones")',
    ),
    v.check((r) => SHAPE_BASES.filter((k) => r[k] !== undefined).length >= 1, `needs a base: one of ${SHAPE_BASES.join(', ')}`),
    v.check(
      (r) => SHAPE_BASES.filter((k) => k !== 'within' && r[k] !== undefined).length <= 1,
      `has more than one base: give one of ${SHAPE_BASES.filter((k) => k !== 'within').join(', ')} (combine with "union")`,
    ),
    v.check((r) => (r.along === undefined) === (r.km === undefined), 'a corridor needs both "along" and "km"'),
  ),
);
export type Shape = ShapeRecipe;

const Holder = v.picklist(HOLDERS, `is not a known holder (one of ${HOLDERS.join(', ')})`);

export const StandingPhase = v.pipe(
  v.strictObject({
    ...Dated,
    status: v.picklist(STATUSES, `is not a known status (one of ${STATUSES.join(', ')})`),
    fact: Holder,
    law: v.optional(Holder),
    sharedWith: v.optional(v.pipe(v.array(Holder), v.minLength(1, 'names at least one other holder'))),
    label: v.optional(Translated),
  }),
  v.forward(
    v.check(
      (p) => (p.status === 'joint') === (p.sharedWith !== undefined),
      'a joint phase names the other holders in "sharedWith", and only a joint phase does',
    ),
    ['sharedWith'],
  ),
  v.forward(
    v.check((p) => !p.sharedWith?.includes(p.fact), 'the holder in fact is not also one it shares with'),
    ['sharedWith'],
  ),
);

export const Zone = v.strictObject({
  id: Id,
  names: Names,
  layer: v.optional(v.picklist(['state', 'overlay'], 'must be "state" (a piece of the partition of the land) or "overlay"'), 'overlay'),
  holder: v.optional(Translated),
  standing: v.pipe(
    v.array(StandingPhase, 'must be a list of phases of standing'),
    v.minLength(1, 'a zone needs its standing: at least one phase with a status and a holder'),
  ),
  shape: Shape,
  citations: Citations,
  notes: Notes,
});
export type Zone = v.InferOutput<typeof Zone>;

export const Line = v.strictObject({
  id: Id,
  names: Names,
  kind: v.picklist(['railway', 'border', 'journey'], 'must be railway, border or journey'),
  ...Dated,
  phases: v.optional(v.array(Phase), []),
  route: v.pipe(v.array(v.union([Id, LonLat], 'must be a place id or [longitude, latitude]')), v.minLength(2, 'a route needs at least two points')),
  citations: Citations,
  notes: Notes,
});
export type Line = v.InferOutput<typeof Line>;

/**
 * The names of an event, an era or a story step besides its title (or label), which is its English
 * name: in other scripts (the established terms: 尼港事件, Николаевский инцидент), and others in
 * any language, for search.
 */
const OtherNames = v.strictObject({
  ru: v.optional(Text),
  ja: v.optional(Text),
  zh: v.optional(Text),
  ko: v.optional(Text),
  other: v.optional(v.array(Text, 'must be a list of names')),
});

export const Event = v.strictObject({
  id: Id,
  title: Translated,
  when: Edtf,
  places: v.array(Id),
  zones: v.optional(v.array(Id), []),
  lines: v.optional(v.array(Id), []),
  summary: Translated,
  citations: Citations,
  notes: Notes,
  names: v.optional(OtherNames),
});
export type Event = v.InferOutput<typeof Event>;

export const Era = v.strictObject({ id: Id, label: Translated, ...Dated, citations: Citations, names: v.optional(OtherNames) });
export type Era = v.InferOutput<typeof Era>;

export const Label = v.strictObject({
  id: Id,
  text: Translated,
  kind: v.picklist(['region', 'sea'], 'must be "region" or "sea"'),
  at: LonLat,
  rank: v.picklist([1, 2, 3], 'must be 1, 2 or 3'),
});
export type Label = v.InferOutput<typeof Label>;

const CitedName = v.union(
  [v.strictObject({ family: Text, given: v.optional(Text) }), v.strictObject({ literal: Text })],
  'must be { "family", "given" } or { "literal" }',
);

/** A work's fields for reference managers, in CSL-JSON's terms: what `full` says, field by field. */
const SourceCite = v.strictObject({
  type: v.picklist(['book', 'chapter', 'manuscript'], 'must be book, chapter or manuscript'),
  author: v.optional(v.array(CitedName)),
  editor: v.optional(v.array(CitedName)),
  title: Text,
  'container-title': v.optional(Text),
  publisher: v.optional(Text),
  'publisher-place': v.optional(Text),
  issued: v.optional(v.pipe(v.number('must be a year'), v.integer('must be a year'))),
  language: v.optional(v.picklist(['en', 'ru', 'ja'])),
  note: v.optional(Text),
});

export const Source = v.strictObject({
  id: Id,
  kind: v.picklist(['article', 'bibliography', 'work', 'reference'], 'must be article, bibliography, work or reference'),
  short: Text,
  full: Text,
  bibliography: v.optional(v.number()),
  cite: v.optional(SourceCite),
});
export type Source = v.InferOutput<typeof Source>;

export const Article = v.strictObject({
  id: Id,
  author: Text,
  title: Text,
  affiliation: v.optional(Text),
  numbering: v.optional(Text),
  paragraphs: v.array(v.strictObject({ n: v.number(), opens: Text, footnotes: v.optional(v.array(v.number())) })),
  footnotes: v.array(v.strictObject({ n: v.number(), source: Id, page: Text })),
});
export type Article = v.InferOutput<typeof Article>;

export const StoryStep = v.strictObject({
  id: v.pipe(Id, v.startsWith('step-', 'a story step id starts with "step-"')),
  title: Translated,
  date: v.pipe(v.string('must be a date string'), v.regex(/^\d{4}-\d{2}-\d{2}$/, 'a story step goes to one day: YYYY-MM-DD')),
  // The box the step frames, in whatever part of the map the story's card leaves visible: the
  // zoom follows from the screen. West may exceed east for a box across the antimeridian.
  camera: v.strictObject({
    bounds: v.tuple([LonLat, LonLat], 'must be [[west, south], [east, north]]'),
    maxZoom: v.optional(v.pipe(v.number('must be a number'), v.minValue(0, 'zoom below 0'), v.maxValue(11, 'zoom above 11'))),
    bearing: v.optional(v.pipe(v.number('must be a number'), v.minValue(-180), v.maxValue(180))),
  }),
  caption: Translated,
  places: v.array(Id),
  zones: v.array(Id),
  events: v.pipe(v.array(Id), v.minLength(1, 'a step is about at least one event')),
  citations: Citations,
  names: v.optional(OtherNames),
});
export type StoryStep = v.InferOutput<typeof StoryStep>;
