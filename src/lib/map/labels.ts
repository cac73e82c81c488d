// The names the map writes: places in the reader's language, or as they were named on the day shown
// (Dairen 大連 in 1930, Toyohara 豊原 in 1935); the region and sea names in the reader's language;
// the 1923 plan's arcs by their ends; the zones by their names of the time (look.ts). Pure: the bridge puts them into the sources' `label` fields.
import type { Atlas, NameLanguage, NameSpan, Names } from '../data/atlas.ts';
import { zoneLabels } from '../data/look.ts';
import { nameFor } from '../data/names.ts';
import type { Lang } from '../i18n/languages.ts';
import { inForce, type Day } from '../time/days.ts';

/** How the map names places: in the reader's language, or by the name in use on the day shown. */
export type LabelMode = 'reader' | 'then';

/** What the map writes, by feature id. */
export interface MapNames {
  /** The reader's language the names are for (the zones' labels of a day are picked in it). */
  lang: Lang;
  places: Record<string, string>;
  regions: Record<string, string>;
  arcs: Record<string, string>;
  /** Each zone's name where the comparison outlines it (in the reader's language). */
  compare: Record<string, string>;
  /** Each overlay's labels, one per name of the time (zoneLabels): the map shows the day's by feature-state. */
  zones: Record<string, string[]>;
}

/** The scripts a name of the time may add beside the reader's, in this order. */
const ORIGINAL_SCRIPTS: NameLanguage[] = ['ja', 'ru', 'zh', 'ko'];

/** The name of the time that certainly covers the day (inside an uncertain boundary, the earlier one). */
function spanOn(names: Names, day: Day): NameSpan | null {
  let possible: NameSpan | null = null;
  for (const span of names.then ?? []) {
    const f = inForce(span, day);
    if (f === 'certain') return span;
    if (f === 'uncertain') possible ??= span;
  }
  return possible;
}

/**
 * A place's label. In the reader's language: its name in that language, else its English name
 * (Vladivostok, Владивосток, 浦塩). As named at the time: the name of the time in the reader's
 * language (else in English), followed by the name in the script it was written in then, when that
 * differs: "Dairen 大連" on 1 January 1930, "Тоёхара 豊原" for a Russian reader in 1935.
 */
export function placeLabel(names: Names, lang: Lang, mode: LabelMode, day: Day): string {
  const reader = nameFor(names, lang).text;
  if (mode === 'reader') return reader;
  const span = spanOn(names, day);
  if (!span) return reader;
  const first = span[lang] ?? span.en ?? reader;
  const original = ORIGINAL_SCRIPTS.filter((script) => script !== lang)
    .map((script) => span[script])
    .find((name) => name !== undefined && name !== first);
  return original ? `${first} ${original}` : first;
}

/** Everything the map writes, for a reader of `lang`. `atlas` is the translated one (region names). */
export function mapNames(atlas: Atlas, lang: Lang, mode: LabelMode, day: Day): MapNames {
  const places = Object.fromEntries(atlas.places.map((p) => [p.id, placeLabel(p.names, lang, mode, day)]));
  const regions = Object.fromEntries(atlas.labels.map((l) => [l.id, l.text]));
  const arcs = Object.fromEntries(
    atlas.lines.flatMap((l) => (l.agentPlan ? [[l.id, `${places[l.agentPlan.from] ?? l.agentPlan.from} → ${places[l.agentPlan.to] ?? l.agentPlan.to}`]] : [])),
  );
  const zones = Object.fromEntries(atlas.zones.filter((z) => z.layer === 'overlay').map((z) => [z.id, zoneLabels(z, lang)]));
  const compare = Object.fromEntries(atlas.zones.map((z) => [z.id, nameFor(z.names, lang).text]));
  return { lang, places, regions, arcs, compare, zones };
}

/** The kana and Han characters the names use: the Japanese font's glyphs to fetch before drawing them (none: no fetch). */
export function japaneseCharacters(names: MapNames): string {
  const all = [
    ...Object.values(names.places),
    ...Object.values(names.regions),
    ...Object.values(names.arcs),
    ...Object.values(names.compare),
    ...Object.values(names.zones).flat(),
  ].join('');
  return [...new Set(all.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆]/gu) ?? [])].join('');
}
