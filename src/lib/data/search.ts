// Search over everything the atlas holds: places, zones, events, eras and the story's steps, by any
// of their names in any script ("Manchukuo", "満洲国", "Маньчжоу-го", "Kurils", "千島", "尼港事件").
// Names are folded as names.ts does; a name that starts with what was typed ranks before one that
// only contains it. Results come grouped by kind, each with its dates in words, and say which span
// of days it existed in, so that choosing one can bring the date there.
import { formatDay } from '../time/format.ts';
import type { Day, Validity } from '../time/days.ts';
import type { Atlas, Names } from './atlas.ts';
import { eventDate, validityText } from './describe.ts';
import { allNames, fold } from './names.ts';

export type ResultKind = 'place' | 'zone' | 'event' | 'era' | 'step';

/** The groups of results, in the order they are listed when they match equally well. */
export const RESULT_KINDS: readonly ResultKind[] = ['place', 'zone', 'event', 'era', 'step'];

export interface SearchResult {
  kind: ResultKind;
  /** The atlas id (for a step, its id in story.json). */
  id: string;
  /** The atlas's English name for it. */
  name: string;
  /** The name that matched, to show beside the English one when they differ. */
  matched: string;
  /** 0 a name exactly, 1 the start of a name, 2 the start of a word in it, 3 inside a word: lower is better. */
  quality: number;
  /** When, in words ("1 March 1932 – 18 August 1945"), or '' for a place. */
  dates: string;
  /** The days it existed: [start, end), end null when open; null for a place, which always did. */
  span: { start: Day; end: Day | null } | null;
}

export interface AtlasSearch {
  /** At most `perKind` results of each kind, the kinds ordered by their best match, then as RESULT_KINDS. */
  search(query: string, perKind?: number): SearchResult[];
}

interface Entry {
  result: Omit<SearchResult, 'matched' | 'quality'>;
  /** Each name folded, with where in the folded name each of its words starts. */
  names: { name: string; folded: string; wordStarts: Set<number> }[];
}

/** The span of days over which something is certainly in force, or possibly where it never certainly is. */
function spanOf(v: Validity): { start: Day; end: Day | null } {
  const certain = v.certainEnd === null || v.certainStart < v.certainEnd;
  return certain ? { start: v.certainStart, end: v.certainEnd } : { start: v.possibleStart, end: v.possibleEnd };
}

/** Every name of something whose English name is `name`, and which may have others (`names`). */
function namesOf(name: string, names?: Partial<Names>): Entry['names'] {
  return allNames({ ...names, en: name }).map((n) => {
    const wordStarts = new Set<number>();
    let at = 0;
    for (const word of n.split(/[\s\p{P}\p{S}]+/u).map(fold)) {
      if (!word) continue;
      wordStarts.add(at);
      at += word.length;
    }
    return { name: n, folded: fold(n), wordStarts };
  });
}

/** How well a folded name matches the folded query: see SearchResult.quality; null when it does not. */
function quality(folded: string, wordStarts: Set<number>, q: string): number | null {
  let at = folded.indexOf(q);
  if (at < 0) return null;
  if (folded === q) return 0;
  if (at === 0) return 1;
  for (; at >= 0; at = folded.indexOf(q, at + 1)) if (wordStarts.has(at)) return 2;
  return 3;
}

export function atlasSearch(atlas: Atlas): AtlasSearch {
  const entries: Entry[] = [
    ...atlas.places.map((p) => ({
      result: { kind: 'place' as const, id: p.id, name: p.names.en, dates: '', span: null },
      names: namesOf(p.names.en, p.names),
    })),
    ...atlas.zones.map((z) => ({
      result: { kind: 'zone' as const, id: z.id, name: z.names.en, dates: validityText(z), span: spanOf(z) },
      names: namesOf(z.names.en, z.names),
    })),
    ...atlas.events.map((e) => ({
      result: { kind: 'event' as const, id: e.id, name: e.title, dates: eventDate(e), span: { start: e.start, end: e.end ?? e.start + 1 } },
      names: namesOf(e.title, e.names),
    })),
    ...atlas.eras.map((e) => ({
      result: { kind: 'era' as const, id: e.id, name: e.label, dates: validityText(e), span: spanOf(e) },
      names: namesOf(e.label, e.names),
    })),
    ...atlas.story.map((s, i) => ({
      result: { kind: 'step' as const, id: s.id, name: s.title, dates: `Step ${i + 1}, ${formatDay(s.day)}`, span: { start: s.day, end: s.day + 1 } },
      names: namesOf(s.title, s.names),
    })),
  ];

  return {
    search(query, perKind = 5) {
      const q = fold(query);
      if (q === '') return [];
      const groups = new Map<ResultKind, SearchResult[]>();
      for (const { result, names } of entries) {
        let best: { matched: string; quality: number } | null = null;
        for (const { name, folded, wordStarts } of names) {
          const how = quality(folded, wordStarts, q);
          if (how !== null && (!best || how < best.quality)) best = { matched: name, quality: how };
        }
        if (!best) continue;
        const list = groups.get(result.kind) ?? [];
        list.push({ ...result, ...best });
        groups.set(result.kind, list);
      }
      const ranked = [...groups.entries()].map(([kind, list]) => ({
        kind,
        list: list.sort((a, b) => a.quality - b.quality || a.name.localeCompare(b.name)).slice(0, perKind),
      }));
      ranked.sort((a, b) => a.list[0]!.quality - b.list[0]!.quality || RESULT_KINDS.indexOf(a.kind) - RESULT_KINDS.indexOf(b.kind));
      return ranked.flatMap((g) => g.list);
    },
  };
}

/**
 * Where the date must go to show something that did not exist on `day`: the nearer end of its
 * span (its first day, or its last), or null when it existed on that day (or always did).
 */
export function dayWithin(span: SearchResult['span'], day: Day): Day | null {
  if (!span) return null;
  if (day < span.start) return span.start;
  if (span.end !== null && day >= span.end) return span.end - 1;
  return null;
}
