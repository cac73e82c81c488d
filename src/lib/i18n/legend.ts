// The legend's words in the reader's language. The layer registry (atlas-layers.ts) keeps each
// entry's swatch and its English words; the messages say them in every language, by the entry's key
// in LEGEND, so that a new entry without words in Russian and Japanese does not compile.
import { LEGEND, type LegendEntry } from '../map/atlas-layers.ts';
import type { LegendKey, Messages } from './messages/en.ts';

const KEYS = new Map<LegendEntry, LegendKey>((Object.entries(LEGEND) as [LegendKey, LegendEntry][]).map(([key, entry]) => [entry, key]));

/** An entry's label (the panel's) and short label (the saved image's) in the messages' language. */
export function legendWords(entry: LegendEntry, m: Messages): { label: string; short: string } {
  const key = KEYS.get(entry);
  return key ? m.legendEntries[key] : entry;
}
