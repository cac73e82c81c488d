// The legend of the day: only what the map draws on the day shown, with the map's own swatches (the
// layer registry's entries, atlas-layers.ts). Pure: the on-map legend, the Layers panel and the PNG
// export list the same entries; the e2e tests hold them to the pixels.
import type { DateView } from '../data/at-date.ts';
import { HOLDERS, STATUSES, type Atlas } from '../data/atlas.ts';
import { drawnByPieces } from '../data/look.ts';
import { HOLDER_LEGEND, LEGEND, STATUS_LEGEND, type LayerGroup, type LegendEntry } from './atlas-layers.ts';

export interface DayLegendEntry {
  /** Stable and unique: `holder-japan`, `status-occupation`, `uncertain`, `railway`, … */
  key: string;
  group: LayerGroup;
  entry: LegendEntry;
  /** The zones it describes on the day, to highlight while the entry is focused or hovered. */
  zones: string[];
}

/** The legend of what is drawn on the day, for the groups switched on; the comparison's entry only while comparing. */
export function legendOnDay(atlas: Atlas, view: DateView, visible: Record<LayerGroup, boolean>, comparing: boolean): DayLegendEntry[] {
  const out: DayLegendEntry[] = [];
  if (visible.zones) {
    // What the tints and treatments show: the states and the overlays with shapes of their own (an
    // overlay made of state pieces repeats its pieces' look).
    const shaded = atlas.zones.filter((z) => !drawnByPieces(z) && view.looks.has(z.id));
    const drawnAs = (test: (id: string) => boolean) => shaded.filter((z) => test(z.id)).map((z) => z.id);
    for (const holder of HOLDERS) {
      const zones = drawnAs((id) => view.looks.get(id)!.holder === holder);
      if (zones.length) out.push({ key: `holder-${holder}`, group: 'zones', entry: HOLDER_LEGEND[holder], zones });
    }
    // Statuses drawn alike (a colony and a protectorate) share one entry.
    const seen = new Map<LegendEntry, DayLegendEntry>();
    for (const status of STATUSES) {
      const zones = drawnAs((id) => view.looks.get(id)!.status === status);
      if (!zones.length) continue;
      const entry = STATUS_LEGEND[status];
      const already = seen.get(entry) ?? [...seen.values()].find((e) => e.entry.label === entry.label);
      if (already) already.zones.push(...zones);
      else {
        const item: DayLegendEntry = { key: `status-${status}`, group: 'zones', entry, zones };
        seen.set(entry, item);
        out.push(item);
      }
    }
    const uncertain = drawnAs((id) => view.looks.get(id)!.on === 1);
    if (uncertain.length) out.push({ key: 'uncertain', group: 'zones', entry: LEGEND.uncertain, zones: uncertain });
    if (comparing) out.push({ key: 'compare', group: 'zones', entry: LEGEND.compare, zones: [] });
  }
  const linesOf = (test: (kind: string, side: string | undefined) => boolean) =>
    atlas.lines.filter((l) => (view.lines.get(l.id) ?? 0) > 0 && test(l.kind, l.agentPlan?.side)).length > 0;
  const lineEntries: [string, LayerGroup, LegendEntry, (kind: string, side: string | undefined) => boolean][] = [
    ['railway', 'railways', LEGEND.railway, (k) => k === 'railway'],
    ['border', 'borders', LEGEND.border, (k) => k === 'border'],
    ['agents-japanese', 'agents', LEGEND.japaneseAgents, (k, side) => k === 'agent-plan' && side === 'japanese-agent'],
    ['agents-soviet', 'agents', LEGEND.sovietOfficials, (k, side) => k === 'agent-plan' && side === 'soviet-official'],
  ];
  for (const [key, group, entry, test] of lineEntries) if (visible[group] && linesOf(test)) out.push({ key, group, entry, zones: [] });
  if (visible.glow && [...view.glow.values()].some((g) => g > 0)) out.push({ key: 'glow', group: 'glow', entry: LEGEND.glow, zones: [] });
  return out;
}
