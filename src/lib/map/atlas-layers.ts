// The atlas on the map: its layers, and the registry the app derives from their metadata (the
// switchable groups, the layers a click can hit, the legend). Everything that changes with the
// date is feature-state (`on`, `cover`, `glow`, `current`, `hover`, `selected`, `story`, `cmp`), read by
// paint properties only, so a date step repaints without re-tiling. Sources: sources.ts.
import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  SymbolLayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import { HOLDERS, STATUSES, type AgentSide, type Holder, type Status } from '../data/atlas.ts';
import { FONTS, HOLDER_COLOURS, MAP_COLOURS, POWER_COLOURS } from '../theme.ts';
import { SOURCES } from './sources.ts';

const AGENT_COLOURS: Record<AgentSide, string> = { 'japanese-agent': POWER_COLOURS.japan, 'soviet-official': POWER_COLOURS.russia };

/**
 * How each status is drawn, the same whoever held the zone (the holder gives the colour): the
 * strength of the tint, the edge, and the hatching. Sovereign solid; a colony or protectorate a
 * lighter solid; a lease or railway zone edged; an occupation hatched; a puppet state cross-hatched;
 * a sphere a tinted outline; held jointly or disputed, dashed. Hatching and edges are what tell the
 * statuses apart in greyscale; the hue tells the holder.
 */
export const STATUS_LOOK: Record<Status, { fill: number; edge: 'none' | 'thick' | 'tinted' | 'dashed'; pattern?: 'hatch' | 'cross' }> = {
  sovereign: { fill: 0.24, edge: 'none' },
  colony: { fill: 0.13, edge: 'none' },
  protectorate: { fill: 0.13, edge: 'none' },
  leased: { fill: 0.13, edge: 'thick' },
  'railway-zone': { fill: 0.13, edge: 'thick' },
  occupation: { fill: 0.12, edge: 'none', pattern: 'hatch' },
  'puppet-state': { fill: 0.12, edge: 'none', pattern: 'cross' },
  sphere: { fill: 0.04, edge: 'tinted' },
  joint: { fill: 0.12, edge: 'dashed' },
  disputed: { fill: 0.08, edge: 'dashed' },
};

/** A zone drawn possibly in force (its dates uncertain or disputed there): this much of its tint and hatching, and a dashed edge. */
export const UNCERTAIN_STRENGTH = 0.5;

/** Edge widths, in CSS pixels: a lease's or a railway zone's edge, a sphere's tinted band, a dashed edge, an overlay's own thin edge. */
export const EDGE_WIDTHS = { thick: 2.4, tinted: 4, dashed: 1.3, thin: 1 } as const;
/** A sphere's band is its colour at this opacity: a tint, not a border. */
const TINTED_OPACITY = 0.45;
/** The agent network's labels: shown by the bridge only while the network is drawn fully. */
export const AGENT_LABEL_LAYER = 'lines-agent-plan-label';

/** The outlines of the zones in force on the comparison date, and their names: shown by the bridge only while comparing. */
export const COMPARE_LAYERS = ['zones-compare', 'zones-compare-label'];

/**
 * How a legend entry or a layer switch shows what the map draws, in the map's own colours: an area
 * (filled `fill` strong, with a solid, dashed or dotted edge, maybe hatched), a line, two colours
 * side by side, a place's dot, or an event's glow. LayersPanel draws it in CSS, the PNG export on a canvas.
 */
export type Swatch =
  | { kind: 'area'; colour: string; fill: number; edge: 'none' | 'solid' | 'thick' | 'tinted' | 'dashed' | 'dotted'; pattern?: 'hatch' | 'cross' }
  | { kind: 'line'; colour: string; width: number; dash?: 'dashed' | 'dotted' }
  | { kind: 'pair'; colours: [string, string] }
  | { kind: 'dot'; colour: string }
  | { kind: 'glow'; colour: string };

export interface LegendEntry {
  swatch: Swatch;
  /** What it means, in the Layers panel. */
  label: string;
  /** The same in a few words, for the legend drawn into a saved image. */
  short: string;
  /** Shown only while a comparison date is set. */
  whileComparing?: boolean;
}

/** Every legend entry, each attached below to the layer that draws it (its metadata), so the legend lists what the layers draw. */
export const LEGEND = {
  uncertain: {
    swatch: { kind: 'area', colour: HOLDER_COLOURS.none, fill: STATUS_LOOK.sovereign.fill * UNCERTAIN_STRENGTH, edge: 'dashed' },
    label: 'Dates uncertain or disputed: drawn lighter, with a dashed edge',
    short: 'Dates uncertain (lighter, dashed)',
  },
  compare: {
    swatch: { kind: 'line', colour: MAP_COLOURS.compare, width: 2, dash: 'dashed' },
    label: "Zones in force on the compared date: dashed outlines in their holder's colour, with their names",
    short: 'Zones on the compared date (dashed outline)',
    whileComparing: true,
  },
  railway: { swatch: { kind: 'line', colour: MAP_COLOURS.railway, width: 3 }, label: 'Railway; dashed while being built', short: 'Railway' },
  border: {
    swatch: { kind: 'line', colour: MAP_COLOURS.border, width: 2, dash: 'dashed' },
    label: 'Border on the 50th parallel',
    short: 'Border on the 50th parallel',
  },
  japaneseAgents: {
    swatch: { kind: 'line', colour: AGENT_COLOURS['japanese-agent'], width: 2 },
    label: '1923 plan: Japanese agents to Soviet cities',
    short: '1923 plan: Japanese agents',
  },
  sovietOfficials: {
    swatch: { kind: 'line', colour: AGENT_COLOURS['soviet-official'], width: 2 },
    label: '1923 plan: Soviet officials to Japanese-ruled ports',
    short: '1923 plan: Soviet officials',
  },
  glow: {
    swatch: { kind: 'glow', colour: MAP_COLOURS.glow },
    label: "Where an event happened, fading over a year; the current event's place is ringed",
    short: 'Recent event',
  },
} satisfies Record<string, LegendEntry>;

/** Who held a zone: its colour, as a sovereign's tint. Labels name the holder of the time. */
export const HOLDER_LEGEND = Object.fromEntries(
  (
    [
      ['japan', 'Japan', 'Japan'],
      ['russia', 'The Russian Empire', 'Russian Empire'],
      ['soviet', 'Soviet Russia, the USSR from 1922', 'Soviet Russia, USSR'],
      ['white', 'The White governments of the Civil War', 'White governments'],
      ['fer', 'The Far Eastern Republic', 'Far Eastern Republic'],
      ['china', 'China: the Qing Empire, the Republic from 1912, the People’s Republic from 1949', 'China'],
      ['mongolia', 'Mongolia', 'Mongolia'],
      ['korea', 'Korea', 'Korea'],
      ['usa', 'The United States (Allied occupation)', 'United States'],
      ['none', 'No holder: renounced, with no beneficiary named', 'No holder'],
    ] as [Holder, string, string][]
  ).map(([h, label, short]) => [h, { swatch: { kind: 'area', colour: HOLDER_COLOURS[h], fill: STATUS_LOOK.sovereign.fill, edge: 'none' }, label, short }]),
) as Record<Holder, LegendEntry>;

/** How a zone was held: each treatment once, in a neutral colour (the holder gives the hue). */
export const STATUS_LEGEND: Record<Status, LegendEntry> = (() => {
  const swatch = (s: Status): Swatch => {
    const look = STATUS_LOOK[s];
    const edge = look.edge === 'none' ? 'none' : look.edge;
    return { kind: 'area', colour: HOLDER_COLOURS.none, fill: look.fill, edge, ...(look.pattern ? { pattern: look.pattern } : {}) };
  };
  const entry = (s: Status, label: string, short: string): LegendEntry => ({ swatch: swatch(s), label, short });
  return {
    sovereign: entry('sovereign', 'Sovereign territory: solid', 'Sovereign (solid)'),
    colony: entry('colony', 'Colony or protectorate: a lighter solid', 'Colony, protectorate (lighter)'),
    protectorate: entry('protectorate', 'Colony or protectorate: a lighter solid', 'Colony, protectorate (lighter)'),
    leased: entry('leased', 'Leased territory or railway zone: edged', 'Lease, railway zone (edged)'),
    'railway-zone': entry('railway-zone', 'Leased territory or railway zone: edged', 'Lease, railway zone (edged)'),
    occupation: entry('occupation', 'Military occupation: hatched', 'Occupation (hatched)'),
    'puppet-state': entry('puppet-state', 'Puppet state: cross-hatched', 'Puppet state (cross-hatched)'),
    sphere: entry('sphere', 'Sphere of influence: a tinted outline', 'Sphere (tinted outline)'),
    joint: entry('joint', 'Held jointly: dashed', 'Held jointly (dashed)'),
    disputed: entry('disputed', 'Claimed or disputed: dashed', 'Disputed (dashed)'),
  };
})();

/** What the Layers panel switches on and off, in its order: a name and a swatch per group. */
export const LAYER_GROUPS = {
  zones: { label: 'States and zones', swatch: { kind: 'area', colour: POWER_COLOURS.japan, fill: STATUS_LOOK.sovereign.fill, edge: 'none' } },
  railways: { label: 'Railways', swatch: { kind: 'line', colour: MAP_COLOURS.railway, width: 3 } },
  borders: { label: 'Borders', swatch: { kind: 'line', colour: MAP_COLOURS.border, width: 2, dash: 'dashed' } },
  journeys: { label: 'Journeys', swatch: { kind: 'line', colour: MAP_COLOURS.story, width: 3, dash: 'dotted' } },
  agents: { label: 'Agent network (1923 plan)', swatch: { kind: 'pair', colours: [AGENT_COLOURS['japanese-agent'], AGENT_COLOURS['soviet-official']] } },
  places: { label: 'Places', swatch: { kind: 'dot', colour: MAP_COLOURS.place } },
  glow: { label: 'Event glow', swatch: { kind: 'glow', colour: MAP_COLOURS.glow } },
} satisfies Record<string, { label: string; swatch: Swatch }>;

export type LayerGroup = keyof typeof LAYER_GROUPS;

/** What the app knows of a layer, kept in its `metadata`: its switch, whether a click can hit it, its legend entries. */
export interface LayerMeta {
  /** The switch that shows and hides it; null for layers always shown (the region and sea names). */
  group: LayerGroup | null;
  /** A click or hover on it finds a place or a zone. */
  interactive?: 'place' | 'zone';
  legend?: LegendEntry[];
}

function layerMeta(group: LayerGroup | null, rest: Omit<LayerMeta, 'group'> = {}): LayerMeta {
  return { group, ...rest };
}

/** A layer's metadata, as atlasLayers() writes it. */
export function metaOf(layer: LayerSpecification): LayerMeta {
  return layer.metadata as LayerMeta;
}

const on: ExpressionSpecification = ['coalesce', ['feature-state', 'on'], 0];
const flag = (name: string): ExpressionSpecification => ['boolean', ['feature-state', name], false];

/** Opacity by in-force state: full when certain, `uncertain` when possibly in force, 0 otherwise. */
function byState(certain: number, uncertain: number): ExpressionSpecification {
  return ['match', on, 2, certain, 1, uncertain, 0];
}

/** The zone's holder and status on the day, as the bridge set them (look.ts); '' before it has. */
const holder: ExpressionSpecification = ['to-string', ['feature-state', 'holder']];
const status: ExpressionSpecification = ['to-string', ['feature-state', 'status']];

/** The holder's colour (HOLDER_COLOURS); no holder set, the colour of none. */
export function holderColour(): ExpressionSpecification {
  const pairs = HOLDERS.filter((h) => h !== 'none').flatMap((h) => [h, HOLDER_COLOURS[h]]);
  return ['match', holder, ...pairs, HOLDER_COLOURS.none] as unknown as ExpressionSpecification;
}

/** On the comparison date, the zone's holder (feature-state `cmpHolder`, set by the bridge), in its colour. */
function compareHolderColour(): ExpressionSpecification {
  const pairs = HOLDERS.filter((h) => h !== 'none').flatMap((h) => [h, HOLDER_COLOURS[h]]);
  return ['match', ['to-string', ['feature-state', 'cmpHolder']], ...pairs, HOLDER_COLOURS.none] as unknown as ExpressionSpecification;
}

/**
 * Over a span of time, a zone's fill says how much of the span it covered (feature-state `cover`,
 * 0..1; unset, as on a single day, is 1): a zone in force for a sliver of the span is drawn at a
 * third of its strength, one in force throughout at full strength.
 */
const spanShare: ExpressionSpecification = ['+', 0.35, ['*', 0.65, ['coalesce', ['feature-state', 'cover'], 1]]];

/** A value per status (STATUS_LOOK), `other` for none set. */
function byStatus(value: (status: Status) => number, other = 0): ExpressionSpecification {
  return ['match', status, ...STATUSES.flatMap((s) => [s, value(s)]), other] as unknown as ExpressionSpecification;
}

/** 1 for a zone drawn with its own shape, 0 for an overlay made of state pieces, which the pieces already shade (look.ts, drawnByPieces). */
const own: ExpressionSpecification = ['to-number', ['get', 'own'], 1];
const isState: ExpressionSpecification = ['==', ['get', 'layer'], 'state'];

/*
 * One shader program per layer type. MapLibre compiles a program for each combination, per layer
 * type, of paint properties that are constant and that vary by feature; without a GPU (software
 * WebGL) each costs tens of milliseconds at its first frame, and the first complete map waited for
 * thirteen of them. So the atlas's layers of one type make the same choice for every property:
 * colour, width and opacity (and a line's offset and dashes, a label's halo, a circle's stroke)
 * vary by feature in all of them, and `perFeature` writes a layer's constant in that form where it
 * has no reason of its own to vary. tests/map/style.test.ts holds each layer type to one program.
 * For the same reason layers are few: each costs draw calls in every frame.
 */
function perFeature(value: number | string | number[]): ExpressionSpecification {
  return ['coalesce', ['get', 'paint-override'], Array.isArray(value) ? ['literal', value] : value];
}

/** Drawn (width > 0) only in the given in-force states: an invisible line then costs no pixels. */
function widthWhen(states: number[], width: ExpressionSpecification | number): ExpressionSpecification {
  return ['case', ['in', on, ['literal', states]], width, 0];
}

/** An outline's width: wider when selected, in the story, or under the pointer. */
function outlineWidth(base: number | ExpressionSpecification): ExpressionSpecification {
  return ['case', flag('selected'), ['+', base, 1.8], ['any', flag('story'), flag('legend')], ['+', base, 1.6], flag('hover'), ['+', base, 1], base];
}

/** An outline's colour: the story's colour while a story step points at it, else its own. */
function outlineColour(own: ExpressionSpecification | string): ExpressionSpecification {
  return ['case', flag('story'), MAP_COLOURS.story, own] as ExpressionSpecification;
}

function zoneLayers(): LayerSpecification[] {
  const source = SOURCES.zones;
  const emphasis: ExpressionSpecification = ['case', ['any', flag('selected'), flag('hover'), flag('legend')], 1.6, 1];
  const patterned = (pattern: 'hatch' | 'cross'): ExpressionSpecification =>
    byStatus((s) => (STATUS_LOOK[s].pattern === pattern || (pattern === 'hatch' && STATUS_LOOK[s].pattern === 'cross') ? 1 : 0));
  const hatchLayer = (id: string, pattern: string, which: 'hatch' | 'cross', legend: LegendEntry[]): LayerSpecification => ({
    id,
    metadata: layerMeta('zones', { legend }),
    type: 'fill',
    source,
    paint: {
      'fill-pattern': pattern,
      'fill-opacity': ['*', patterned(which), byState(0.9, 0.9 * UNCERTAIN_STRENGTH), own, spanShare],
      // The outline the fill already draws: no second (antialiasing) pass over the pattern.
      'fill-antialias': false,
    },
  });
  // An edge drawn solid: a lease's thick edge, a sphere's tinted band, an overlay's thin edge. A
  // state piece has none of its own (the tints meet), so that the cuts between pieces stay unseen.
  const solidEdge = byStatus((s) => {
    const edge = STATUS_LOOK[s].edge;
    return edge === 'thick' ? EDGE_WIDTHS.thick : edge === 'tinted' ? EDGE_WIDTHS.tinted : edge === 'dashed' ? 0 : -1;
  });
  const solidWidth: ExpressionSpecification = [
    'let',
    'edge',
    solidEdge,
    ['case', ['>=', ['var', 'edge'], 0], ['var', 'edge'], ['case', isState, 0, ['*', own, EDGE_WIDTHS.thin]]],
  ];
  /** Drawn while in force on the comparison date: strong when certainly, lighter when possibly. */
  const compareOpacity: ExpressionSpecification = ['match', ['coalesce', ['feature-state', 'cmp'], 0], 2, 0.9, 1, 0.5, 0];
  return [
    {
      id: 'zones-fill',
      metadata: layerMeta('zones', { interactive: 'zone', legend: Object.values(HOLDER_LEGEND) }),
      type: 'fill',
      source,
      // States under overlays: an overlay's tint lies over its state's.
      layout: { 'fill-sort-key': ['case', isState, 0, 1] },
      paint: {
        'fill-color': holderColour(),
        // Possibly in force (disputed or imprecise dates): drawn lighter.
        'fill-opacity': ['*', byStatus((s) => STATUS_LOOK[s].fill), byState(1, UNCERTAIN_STRENGTH), emphasis, own, spanShare],
        'fill-antialias': false,
      },
    },
    hatchLayer(
      'zones-hatch',
      'hatch',
      'hatch',
      STATUSES.filter((s) => STATUS_LOOK[s].pattern).map((s) => STATUS_LEGEND[s]),
    ),
    // A puppet state's second hatching, crossing the first.
    hatchLayer('zones-hatch-cross', 'hatch-cross', 'cross', []),
    {
      id: 'zones-outline',
      metadata: layerMeta('zones', {
        legend: STATUSES.filter((s) => !STATUS_LOOK[s].pattern && s !== 'protectorate' && s !== 'railway-zone').map((s) => STATUS_LEGEND[s]),
      }),
      type: 'line',
      source,
      paint: {
        'line-color': outlineColour(holderColour()),
        // Selected, in the story or under the pointer, any zone is outlined (a state piece too).
        'line-width': widthWhen([2], outlineWidth(solidWidth)),
        'line-opacity': [
          'case',
          ['any', flag('selected'), flag('story'), flag('hover'), flag('legend')],
          0.9,
          byStatus((s) => (STATUS_LOOK[s].edge === 'tinted' ? TINTED_OPACITY : 0.9), 0.9),
        ],
        'line-offset': perFeature(0),
      },
    },
    {
      // One layer for the dashed outlines, to keep the layer count (and each frame's draw calls)
      // down: held jointly or disputed, and any zone possibly in force (state 1).
      id: 'zones-outline-dashed',
      metadata: layerMeta('zones', { legend: [LEGEND.uncertain] }),
      type: 'line',
      source,
      paint: {
        'line-color': outlineColour(holderColour()),
        'line-width': ['match', on, 1, outlineWidth(EDGE_WIDTHS.dashed), 2, byStatus((s) => (STATUS_LOOK[s].edge === 'dashed' ? EDGE_WIDTHS.dashed : 0)), 0],
        'line-dasharray': perFeature([3, 2]),
        'line-opacity': perFeature(0.9),
      },
    },
    {
      // Zones in force on the comparison date, outlined over today's fills (feature-state `cmp`), in
      // their holder's colour, so that two outlines on one coast tell whose each was.
      id: COMPARE_LAYERS[0]!,
      metadata: layerMeta('zones', { legend: [LEGEND.compare] }),
      type: 'line',
      source,
      // Shown by the bridge only while a comparison date is set.
      layout: { visibility: 'none' },
      filter: ['!=', ['get', 'layer'], 'state'],
      paint: {
        'line-color': compareHolderColour(),
        'line-width': perFeature(2),
        'line-dasharray': perFeature([1.5, 1]),
        'line-opacity': compareOpacity,
      },
    },
    {
      // Each outlined zone named inside it, in its holder's colour: a coast as jagged as Korea's
      // leaves no stretch straight enough to write along. The names give way to every other label,
      // and take no room from each other, so that those not drawn (opacity 0) hide nothing.
      id: COMPARE_LAYERS[1]!,
      metadata: layerMeta('zones'),
      type: 'symbol',
      source: SOURCES.zoneNames,
      minzoom: 2.5,
      layout: {
        visibility: 'none',
        'text-field': ['get', 'name'],
        'text-font': [...FONTS.italic],
        'text-size': 11.5,
        'text-max-width': 9,
        'text-ignore-placement': true,
      },
      filter: ['!=', ['get', 'kind'], 'region'],
      paint: {
        'text-color': compareHolderColour(),
        'text-halo-color': perFeature(MAP_COLOURS.labelHalo),
        'text-halo-width': 1.2,
        'text-opacity': compareOpacity,
      },
    },
  ];
}

function lineLayers(): LayerSpecification[] {
  const source = SOURCES.lines;
  const railway: FilterSpecification = ['==', ['get', 'kind'], 'railway'];
  return [
    {
      id: 'lines-railway-casing',
      metadata: layerMeta('railways'),
      type: 'line',
      source,
      filter: railway,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': perFeature(MAP_COLOURS.land),
        'line-width': widthWhen([1, 2], 3.6),
        'line-opacity': byState(0.9, 0.9),
        'line-offset': perFeature(0),
      },
    },
    {
      id: 'lines-railway',
      metadata: layerMeta('railways', { legend: [LEGEND.railway] }),
      type: 'line',
      source,
      filter: railway,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': perFeature(MAP_COLOURS.railway),
        'line-width': widthWhen([1, 2], 1.6),
        'line-opacity': byState(0.95, 0.95),
        'line-offset': perFeature(0),
      },
    },
    {
      // A railway still being built: dashed, drawn instead of the solid line (state 3).
      id: 'lines-railway-building',
      metadata: layerMeta('railways'),
      type: 'line',
      source,
      filter: railway,
      paint: {
        'line-color': perFeature(MAP_COLOURS.railway),
        'line-width': widthWhen([3], 1.6),
        'line-dasharray': perFeature([2, 2]),
        'line-opacity': ['match', on, 3, 0.9, 0],
      },
    },
    {
      id: 'lines-border',
      metadata: layerMeta('borders', { legend: [LEGEND.border] }),
      type: 'line',
      source,
      filter: ['==', ['get', 'kind'], 'border'],
      paint: {
        'line-color': perFeature(MAP_COLOURS.border),
        'line-width': widthWhen([1, 2], 2),
        'line-dasharray': perFeature([4, 1.5, 1, 1.5]),
        'line-opacity': byState(1, 0.5),
      },
    },
    {
      id: 'lines-journey',
      metadata: layerMeta('journeys'),
      type: 'line',
      source,
      filter: ['==', ['get', 'kind'], 'journey'],
      layout: { 'line-cap': 'round' },
      paint: {
        'line-color': perFeature(MAP_COLOURS.story),
        'line-width': widthWhen([1, 2], 2.2),
        'line-dasharray': perFeature([0.5, 2]),
        'line-opacity': byState(0.9, 0.5),
      },
    },
    {
      id: 'lines-agent-plan',
      metadata: layerMeta('agents', { legend: [LEGEND.japaneseAgents, LEGEND.sovietOfficials] }),
      type: 'line',
      source,
      filter: ['==', ['get', 'kind'], 'agent-plan'],
      layout: { 'line-cap': 'round' },
      paint: {
        'line-color': ['match', ['get', 'side'], 'soviet-official', AGENT_COLOURS['soviet-official'], AGENT_COLOURS['japanese-agent']],
        // Quiet by default: thin and faint while in force; drawn fully (feature-state `loud`) when
        // one of its cities is selected, its story step shown, or its legend entry focused.
        'line-width': widthWhen([1, 2], ['case', flag('selected'), 3, flag('loud'), 1.8, 0.8]),
        // The two directions share the Tokyo–Moscow corridor: a small offset keeps both visible.
        'line-offset': ['match', ['get', 'side'], 'soviet-official', 1.5, -1.5],
        'line-opacity': ['*', byState(0.85, 0.6), ['case', flag('loud'), 1, 0.5]],
      },
    },
    {
      // Shown by the bridge only while the network is drawn fully (AGENT_LABEL_LAYER).
      id: AGENT_LABEL_LAYER,
      metadata: layerMeta('agents'),
      type: 'symbol',
      source,
      minzoom: 2.5,
      filter: ['==', ['get', 'kind'], 'agent-plan'],
      layout: {
        visibility: 'none',
        'symbol-placement': 'line',
        'symbol-spacing': 420,
        'text-field': ['get', 'label'],
        'text-font': [...FONTS.italic],
        'text-size': 10.5,
        'text-offset': [0, -0.7],
        'text-keep-upright': true,
        'text-max-angle': 30,
      },
      paint: {
        'text-color': ['match', ['get', 'side'], 'soviet-official', AGENT_COLOURS['soviet-official'], AGENT_COLOURS['japanese-agent']],
        'text-halo-color': perFeature(MAP_COLOURS.labelHalo),
        'text-halo-width': 1.2,
        'text-opacity': byState(1, 0.7),
      },
    },
  ];
}

function placeLayers(): LayerSpecification[] {
  const source = SOURCES.places;
  const glow: ExpressionSpecification = ['coalesce', ['feature-state', 'glow'], 0];
  // Zoom may only appear at the top of an expression: the emphasis is added inside each stop.
  const bump: ExpressionSpecification = ['case', ['any', flag('selected'), flag('hover'), flag('current'), flag('story')], 2, 0];
  const radius: DataDrivenPropertyValueSpecification<number> = [
    'interpolate',
    ['linear'],
    ['zoom'],
    3,
    ['+', bump, ['match', ['get', 'kind'], 'capital', 4.5, 3.6]],
    8,
    ['+', bump, ['match', ['get', 'kind'], 'capital', 7, 5.5]],
  ];
  return [
    {
      id: 'places-glow',
      metadata: layerMeta('glow', { legend: [LEGEND.glow] }),
      type: 'circle',
      source,
      paint: {
        'circle-color': perFeature(MAP_COLOURS.glow),
        // By zoom as the dots are, so that both layers share one program.
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, ['+', 8, ['*', 10, glow]], 8, ['+', 10, ['*', 12, glow]]],
        'circle-blur': 0.7,
        'circle-opacity': ['*', 0.85, glow],
        'circle-stroke-color': perFeature(MAP_COLOURS.glow),
        'circle-stroke-width': perFeature(0),
      },
    },
    {
      id: 'places',
      metadata: layerMeta('places', { interactive: 'place' }),
      type: 'circle',
      source,
      paint: {
        'circle-color': ['case', flag('current'), MAP_COLOURS.glow, MAP_COLOURS.place],
        // The current story step's places are ringed in the story's colour.
        'circle-radius': radius,
        'circle-stroke-color': [
          'case',
          flag('selected'),
          MAP_COLOURS.highlight,
          flag('story'),
          MAP_COLOURS.story,
          flag('current'),
          MAP_COLOURS.place,
          '#ffffff',
        ],
        'circle-stroke-width': ['case', flag('selected'), 3, flag('story'), 3, flag('current'), 2, 1.3],
        'circle-opacity': perFeature(1),
      },
    },
  ];
}

function placeLabelLayer(): SymbolLayerSpecification {
  return {
    id: 'places-label',
    metadata: layerMeta('places', { interactive: 'place' }),
    type: 'symbol',
    source: SOURCES.places,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [...FONTS.regular],
      'text-size': ['interpolate', ['linear'], ['zoom'], 3, 11, 8, 14],
      'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
      'text-radial-offset': 0.7,
      'text-justify': 'auto',
      // MapLibre may break Japanese between any two kana: 12 ems keep ブラゴヴェシチェンスク whole.
      'text-max-width': 12,
      'symbol-sort-key': ['-', 0, ['get', 'rank']],
      'text-padding': 2,
    },
    paint: {
      'text-color': ['case', flag('selected'), MAP_COLOURS.highlight, MAP_COLOURS.place],
      'text-halo-color': perFeature(MAP_COLOURS.labelHalo),
      'text-halo-width': 1.4,
      'text-opacity': perFeature(1),
    },
  };
}

/**
 * Seas and regions, in one layer (one set of draw calls per frame). The lesser names (rank 2 and 3)
 * appear as one zooms in; a filter's zoom is read at whole zoom levels.
 */
function regionLabelLayer(): SymbolLayerSpecification {
  const isSea: ExpressionSpecification = ['==', ['get', 'kind'], 'sea'];
  const byRank = (first: number, other: number): ExpressionSpecification => ['match', ['get', 'rank'], 1, first, other];
  return {
    id: 'labels-regions',
    metadata: layerMeta(null),
    type: 'symbol',
    source: SOURCES.labels,
    filter: ['>=', ['zoom'], ['match', ['get', 'rank'], 1, 0, 2, ['case', isSea, 4, 3], 6]],
    layout: {
      'text-field': ['get', 'text'],
      'text-font': ['case', isSea, ['literal', [...FONTS.italic]], ['literal', [...FONTS.regular]]],
      'text-size': ['interpolate', ['linear'], ['zoom'], 3, byRank(13, 11.5), 7, byRank(18, 15)],
      'text-transform': ['case', isSea, 'none', 'uppercase'],
      'text-letter-spacing': ['case', isSea, 0.08, 0.22],
      // 8 ems keep a spaced-out カムチャツカ on one line (MapLibre may break kana anywhere).
      'text-max-width': 8,
      'text-padding': 4,
      // The great names are placed first and win any collision.
      'symbol-sort-key': ['get', 'rank'],
    },
    paint: {
      'text-color': ['case', isSea, MAP_COLOURS.seaLabel, MAP_COLOURS.regionLabel],
      'text-halo-color': ['case', isSea, MAP_COLOURS.seaLabelHalo, MAP_COLOURS.labelHalo],
      'text-halo-width': 1.2,
      'text-opacity': ['case', isSea, 1, 0.85],
    },
  };
}

/**
 * The overlays' names of the time, inside their shapes, from the zoom at which they fit (the
 * source's `minzoom`; a filter's zoom is read at whole zoom levels). They neither take room from
 * nor give way to other labels: each name of the time is a feature of its own, switched by
 * feature-state, and one not shown would otherwise still hold its room. Place dots and names are
 * drawn above them, so no place is hidden.
 */
function zoneLabelLayer(): SymbolLayerSpecification {
  return {
    id: 'zones-label',
    metadata: layerMeta('zones'),
    type: 'symbol',
    source: SOURCES.zoneLabels,
    filter: ['>=', ['zoom'], ['get', 'minzoom']],
    layout: {
      'text-field': ['get', 'text'],
      'text-font': [...FONTS.italic],
      'text-size': ['interpolate', ['linear'], ['zoom'], 3, 10.5, 7, 13],
      'text-max-width': 9,
      'text-line-height': 1.15,
      'text-allow-overlap': true,
      'text-ignore-placement': true,
    },
    paint: {
      'text-color': perFeature(MAP_COLOURS.zoneLabel),
      'text-halo-color': perFeature(MAP_COLOURS.labelHalo),
      'text-halo-width': 1.2,
      'text-opacity': byState(0.95, 0.7),
    },
  };
}

/** Layer order, bottom to top: zones, lines, zone names, region labels, places, place labels. */
export function atlasLayers(): LayerSpecification[] {
  return [...zoneLayers(), ...lineLayers(), zoneLabelLayer(), regionLabelLayer(), ...placeLayers(), placeLabelLayer()];
}

/** The registry: what the app derives from the layers' metadata, computed once. */
const LAYERS = atlasLayers();

/** The map layers each switch of the Layers panel shows and hides. */
export const GROUP_LAYERS = Object.fromEntries(
  (Object.keys(LAYER_GROUPS) as LayerGroup[]).map((group) => [group, LAYERS.filter((l) => metaOf(l).group === group).map((l) => l.id)]),
) as Record<LayerGroup, string[]>;

/** Layers a click or hover can hit: places (dot or name) before zones. */
export const INTERACTIVE_LAYERS = {
  places: LAYERS.filter((l) => metaOf(l).interactive === 'place').map((l) => l.id),
  zones: LAYERS.filter((l) => metaOf(l).interactive === 'zone').map((l) => l.id),
};

/** The legend, group by group, in the order of the layers that draw it. */
export const GROUP_LEGEND = Object.fromEntries(
  (Object.keys(LAYER_GROUPS) as LayerGroup[]).map((group) => [group, LAYERS.filter((l) => metaOf(l).group === group).flatMap((l) => metaOf(l).legend ?? [])]),
) as Record<LayerGroup, LegendEntry[]>;
