// The atlas in words: event dates, what is in force on a day, citations. Pure, so that the dock,
// the panels, the text atlas and the tests all say the same thing, in the reader's language (the
// `locale` argument; English when none is given, as the data build and the GeoJSON export write).
import type { Lang } from '../i18n/languages.ts';
import { ENGLISH, type Locale } from '../i18n/load.ts';
import { formatDay, formatSpan } from '../time/format.ts';
import type { Day } from '../time/days.ts';
import { eventsInSpan, happening, spanCover, zoneState } from './at-date.ts';
import type { Atlas, AtlasEvent, Citation, Dated, Source } from './atlas.ts';
import { nameInOn } from './names.ts';

/** "21 May 1923", "28 June – 24 July 1923", "about March 1923", "from 1923". */
export function eventDate(event: Pick<AtlasEvent, 'start' | 'end' | 'precision' | 'uncertain'>, { lang, m }: Locale = ENGLISH): string {
  const text =
    event.end === null
      ? m.dateFrom(formatSpan(event.start, event.start + 1, event.precision, lang))
      : formatSpan(event.start, event.end, event.precision, lang);
  return event.uncertain ? m.dateAbout(text) : text;
}

/** One end of a validity in words: a day, a month or year, or a span when the day is uncertain. */
function endpointText(min: Day, max: Day, edtf: string, { lang, m }: Locale): string {
  const plain = edtf.replace(/[?~%]/g, '');
  const approximate = plain !== edtf;
  if (plain.includes('/')) return m.dateUncertain(formatSpan(min, max + 1, 'day', lang));
  const precision = plain.length === 4 ? 'year' : plain.length === 7 ? 'month' : 'day';
  const text = min === max ? formatDay(min, lang) : formatSpan(min, max + 1, precision, lang);
  return approximate ? m.dateAbout(text) : text;
}

/** A validity in words: "5 September 1905 – 25 August 1945", "from about March 1923". */
export function validityText(v: Dated, locale: Locale = ENGLISH): string {
  const start = endpointText(v.possibleStart, v.certainStart, v.start, locale);
  if (v.end === undefined || v.certainEnd === null || v.possibleEnd === null) return locale.m.dateFrom(start);
  return `${start}${locale.lang === 'ja' ? '～' : ' – '}${endpointText(v.certainEnd, v.possibleEnd, v.end, locale)}`;
}

/**
 * The zones in force on a day, by the name they had then (in the reader's language where the data
 * gives one), certain ones first, then those possibly
 * in force. The state pieces (the states themselves, drawn as regions by the current map) are left
 * out: they are always in force.
 */
export function zonesInForce(atlas: Atlas, day: Day, lang: Locale['lang'] = 'en'): { certain: string[]; possible: string[] } {
  const name = (zone: Atlas['zones'][number]) => nameInOn(zone.names, day, lang);
  const certain: string[] = [];
  const possible: string[] = [];
  for (const zone of atlas.zones) {
    if (zone.kind === 'region') continue;
    const on = zoneState(zone, day);
    if (on === 2) certain.push(name(zone));
    else if (on === 1) possible.push(name(zone));
  }
  return { certain, possible };
}

/**
 * The accessible summary of a day: "In force on 21 May 1923: Japanese occupation of North Sakhalin;
 * Karafuto; … Current event: Fishery agreement at Vladivostok (21 May 1923)."
 */
export function summaryText(atlas: Atlas, day: Day, locale: Locale = ENGLISH): string {
  const { lang, m } = locale;
  const { certain, possible } = zonesInForce(atlas, day, lang);
  const zones = [...certain, ...possible.map(m.possiblyInForce)];
  const date = formatDay(day, lang);
  const inForce = zones.length ? m.inForceOn(date, zones.join(m.listSeparator)) : m.nothingInForceOn(date);
  const now = happening(atlas.events, day);
  const [event, previous, next] = [now.index, now.previous, now.next].map((i) => atlas.events[i]);
  const named = (e: AtlasEvent | undefined) => (e ? m.eventWithDate(e.title, eventDate(e, locale)) : null);
  let current = '';
  if (event) current = ` ${m.currentEventSpoken(event.title, eventDate(event, locale))}`;
  else if (previous || next) current = ` ${m.betweenEventsSpoken(named(previous), named(next))}`;
  return inForce + current;
}

/** A span in words: "2 August 1918 – 25 October 1922", "1918年8月2日～1922年10月25日". */
export function spanText(from: Day, to: Day, lang: Lang = 'en'): string {
  return formatSpan(from, to + 1, 'day', lang);
}

export interface ZoneInSpan {
  name: string;
  /** 2 certainly in force on some day of the span, 1 only possibly. */
  on: 1 | 2;
  /** The share of the span covered, 0..1 (spanCover). */
  share: number;
}

/** The zones in force at any time in a span, certain ones first, each with the share of the span it covered. */
export function zonesInSpan(atlas: Atlas, from: Day, to: Day): ZoneInSpan[] {
  const found: ZoneInSpan[] = [];
  for (const zone of atlas.zones) {
    if (zone.kind === 'region') continue;
    const { on, share } = spanCover(zone, from, to);
    if (on) found.push({ name: zone.names.en, on, share });
  }
  return found.sort((a, b) => b.on - a.on);
}

/**
 * The accessible summary of a span: "From 2 August 1918 to 25 October 1922. In force throughout:
 * Karafuto; … For part of the span: Japanese intervention in the Primorye (95%); … Possibly: …
 * 8 events: Japanese intervention in Siberia (1918 – 25 October 1922); …"
 */
export function spanSummaryText(atlas: Atlas, from: Day, to: Day): string {
  const zones = zonesInSpan(atlas, from, to);
  // A share short of the whole is never said as 100%, nor a day or two as 0%.
  const percent = (z: ZoneInSpan) => `${z.name} (${Math.min(99, Math.max(1, Math.round(z.share * 100)))}%)`;
  const throughout = zones.filter((z) => z.on === 2 && z.share === 1).map((z) => z.name);
  const part = zones.filter((z) => z.on === 2 && z.share < 1).map(percent);
  const possible = zones.filter((z) => z.on === 1).map(percent);
  const sentences = [`From ${formatDay(from)} to ${formatDay(to)}.`];
  if (zones.length === 0) sentences.push('Nothing in force.');
  if (throughout.length) sentences.push(`In force throughout: ${throughout.join('; ')}.`);
  if (part.length) sentences.push(`For part of the span: ${part.join('; ')}.`);
  if (possible.length) sentences.push(`Possibly, dates uncertain: ${possible.join('; ')}.`);
  const events = eventsInSpan(atlas.events, from, to).map((i) => atlas.events[i]!);
  sentences.push(
    events.length === 0
      ? 'No events.'
      : `${events.length === 1 ? '1 event' : `${events.length} events`}: ${events.map((e) => `${e.title} (${eventDate(e)})`).join('; ')}.`,
  );
  return sentences.join(' ');
}

/** A citation in a line: "Ismailov ¶22, n. 14 (Lensen 1970, p. 113)", "GeoNames". */
export function citationText(c: Citation, sources: Source[], { m }: Locale = ENGLISH): string {
  const short = (id: string) => sources.find((s) => s.id === id)?.short ?? id;
  if (c.paragraph === undefined) return c.page ? `${short(c.source)}, ${m.citationPage(c.page)}` : short(c.source);
  const note = c.footnote !== undefined ? `, ${m.citationFootnote(c.footnote)}` : '';
  const cited = c.cites ? ` (${short(c.cites)}${c.page ? `, ${m.citationPage(c.page)}` : ''})` : '';
  return `${short(c.source)} ¶${c.paragraph}${note}${cited}`;
}
