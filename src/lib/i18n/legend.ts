// The legend's words in the reader's language. The layer registry (atlas-layers.ts) keeps each
// entry's swatch and its English words; the messages say them in every language, by the entry's key
// in LEGEND, its holder (HOLDER_LEGEND) or its status (STATUS_LEGEND), so that a new entry without
// words in Russian and Japanese does not compile.
import { HOLDERS, STATUSES } from '../data/atlas.ts';
import { HOLDER_LEGEND, LEGEND, STATUS_LEGEND, type LegendEntry } from '../map/atlas-layers.ts';
import type { LegendKey, LegendWords, Messages } from './messages/en.ts';

const WORDS = new Map<LegendEntry, (m: Messages) => LegendWords>([
  ...(Object.keys(LEGEND) as LegendKey[]).map((key) => [LEGEND[key], (m: Messages) => m.legendEntries[key]] as const),
  ...HOLDERS.map((holder) => [HOLDER_LEGEND[holder], (m: Messages) => m.holderEntries[holder]] as const),
  ...STATUSES.map((status) => [STATUS_LEGEND[status], (m: Messages) => m.statusEntries[status]] as const),
]);

/** An entry's label (the panel's, the on-map legend's title) and short label (the on-map legend's, the saved image's) in the messages' language. */
export function legendWords(entry: LegendEntry, m: Messages): LegendWords {
  return WORDS.get(entry)?.(m) ?? entry;
}
