// The atlas on the map: zones, lines, places, labels. Sources carry only what styling needs (ids,
// kinds, names); everything that changes with the date is feature-state (`on`, `glow`, `current`,
// `hover`, `selected`), read by paint properties only, so a date step repaints without re-tiling.
import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  SourceSpecification,
  SymbolLayerSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type { Atlas, Place, Power, ZoneKind } from '../data/atlas.ts';
import { FONTS, palette } from './palette.ts';

/** Source ids; features are addressed by their atlas id (`promoteId`). */
export const SOURCES = { zones: 'atlas-zones', lines: 'atlas-lines', places: 'atlas-places', labels: 'atlas-labels' } as const;

export const POWER_COLOURS: Record<Power, string> = {
  japan: '#b5402c',
  russia: '#2f6690',
  fer: '#4f8a3c',
  china: '#9a7b2f',
};

export const AGENT_COLOURS = { 'japanese-agent': POWER_COLOURS.japan, 'soviet-official': POWER_COLOURS.russia } as const;

/** Fill strength by kind: territories read strongest, spheres and occupations (hatched) lightest. */
export const ZONE_FILL_OPACITY: Record<ZoneKind, number> = {
  territory: 0.3,
  leased: 0.34,
  'puppet-state': 0.22,
  republic: 0.16,
  occupation: 0.14,
  intervention: 0.1,
  sphere: 0.1,
  region: 0,
};

/** Kinds outlined with a dotted line only, however certain their dates: a sphere is no border. */
const DOTTED_KINDS: ZoneKind[] = ['sphere', 'region'];

/** Kinds drawn with diagonal hatching over the fill, as atlases draw occupations. */
export const HATCHED_KINDS: ZoneKind[] = ['occupation', 'intervention'];

export const GLOW_COLOUR = '#f2a81d';
export const RAILWAY_COLOUR = '#4a3f35';
/** The border on the 50th parallel. */
export const BORDER_COLOUR = '#6e1f14';
/** A place's dot (the current event's place glows instead). */
export const PLACE_COLOUR = '#2b2a26';
export const HIGHLIGHT_COLOUR = '#1b5fd1';
/** What the current story step points at. */
export const STORY_COLOUR = '#6b3fa0';
/** Journeys share the story's purple. */
const JOURNEY_COLOUR = STORY_COLOUR;
/** Zones in force on the comparison date, outlined over the current date's fills. */
export const COMPARE_COLOUR = '#1d1b17';
export const COMPARE_LAYER = 'zones-compare';

/**
 * The map's colours as CSS custom properties, set on the page's root (main.ts), so that the legend,
 * the dock and the story card draw their swatches in the colours the map uses, from one place.
 */
export const MAP_COLOUR_PROPERTIES = {
  '--japan': POWER_COLOURS.japan,
  '--russia': POWER_COLOURS.russia,
  '--fer': POWER_COLOURS.fer,
  '--glow': GLOW_COLOUR,
  '--story': STORY_COLOUR,
  '--journey': JOURNEY_COLOUR,
  '--railway': RAILWAY_COLOUR,
  '--border-line': BORDER_COLOUR,
  '--place': PLACE_COLOUR,
} as const;

function collection<P>(features: Feature<Geometry, P>[]): FeatureCollection<Geometry, P> {
  return { type: 'FeatureCollection', features };
}

export function atlasSources(atlas: Atlas): Record<string, SourceSpecification> {
  return {
    [SOURCES.zones]: {
      type: 'geojson',
      promoteId: 'id',
      data: collection(atlas.zones.map((z) => ({ type: 'Feature', properties: { id: z.id, kind: z.kind, power: z.power, name: z.names.en }, geometry: z.geometry }))),
    },
    [SOURCES.lines]: {
      type: 'geojson',
      promoteId: 'id',
      data: collection(
        atlas.lines.map((l) => ({
          type: 'Feature',
          properties: { id: l.id, kind: l.kind, side: l.agentPlan?.side ?? '', label: arcLabel(atlas, l) },
          geometry: l.geometry,
        })),
      ),
    },
    [SOURCES.places]: {
      type: 'geojson',
      promoteId: 'id',
      data: collection(
        atlas.places.map((p): Feature<Point> => ({
          type: 'Feature',
          properties: { id: p.id, name: p.names.en, kind: p.kind, rank: placeRank(atlas, p) },
          geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
        })),
      ),
    },
    [SOURCES.labels]: {
      type: 'geojson',
      data: collection(
        atlas.labels.map((l): Feature<Point> => ({
          type: 'Feature',
          properties: { id: l.id, text: l.text, kind: l.kind, rank: l.rank },
          geometry: { type: 'Point', coordinates: [l.lon, l.lat] },
        })),
      ),
    },
  };
}

/** "Moscow → Gensan": an agent-plan arc's ends, written along it so it reads wherever it is cut off. */
function arcLabel(atlas: Atlas, line: Atlas['lines'][number]): string {
  if (!line.agentPlan) return '';
  const name = (id: string) => atlas.places.find((p) => p.id === id)?.names.en ?? id;
  return `${name(line.agentPlan.from)} → ${name(line.agentPlan.to)}`;
}

/** How much of the story happens at a place: its label wins collisions with quieter places. */
export function placeRank(atlas: Atlas, place: Place): number {
  return atlas.events.filter((e) => e.places.includes(place.id)).length + place.roles.length;
}

const on: ExpressionSpecification = ['coalesce', ['feature-state', 'on'], 0];
const flag = (name: string): ExpressionSpecification => ['boolean', ['feature-state', name], false];

/** Opacity by in-force state: full when certain, `uncertain` when possibly in force, 0 otherwise. */
function byState(certain: number, uncertain: number): ExpressionSpecification {
  return ['match', on, 2, certain, 1, uncertain, 0];
}

function powerColour(): ExpressionSpecification {
  return ['match', ['get', 'power'], 'japan', POWER_COLOURS.japan, 'russia', POWER_COLOURS.russia, 'fer', POWER_COLOURS.fer, POWER_COLOURS.china];
}

function kindOpacity(): ExpressionSpecification {
  const pairs = Object.entries(ZONE_FILL_OPACITY).flatMap(([kind, o]) => [kind, o]);
  return ['match', ['get', 'kind'], ...pairs, 0.2] as unknown as ExpressionSpecification;
}

const isKind = (...kinds: string[]): ExpressionSpecification => ['in', ['get', 'kind'], ['literal', kinds]];

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
function outlineWidth(base: number): ExpressionSpecification {
  return ['case', flag('selected'), base + 1.8, flag('story'), base + 1.6, flag('hover'), base + 1, base];
}

/** An outline's colour: the story's colour while a story step points at it, else its own. */
function outlineColour(own: ExpressionSpecification | string): ExpressionSpecification {
  return ['case', flag('story'), STORY_COLOUR, own] as ExpressionSpecification;
}

function zoneLayers(): LayerSpecification[] {
  const source = SOURCES.zones;
  const dottedOr = (dotted: ExpressionSpecification, dashed: ExpressionSpecification): ExpressionSpecification => ['match', ['get', 'kind'], DOTTED_KINDS, dotted, dashed];
  const emphasis: ExpressionSpecification = ['case', ['any', flag('selected'), flag('hover')], 1.6, 1];
  return [
    {
      id: 'zones-fill',
      type: 'fill',
      source,
      filter: ['!', isKind('region')],
      paint: {
        'fill-color': powerColour(),
        // Possibly in force (disputed or imprecise dates): drawn at half strength.
        'fill-opacity': ['*', kindOpacity(), byState(1, 0.45), emphasis],
        'fill-antialias': false,
      },
    },
    {
      id: 'zones-hatch',
      type: 'fill',
      source,
      filter: isKind(...HATCHED_KINDS),
      paint: {
        'fill-pattern': ['match', ['get', 'power'], 'russia', 'hatch-russia', 'hatch-japan'],
        'fill-opacity': byState(0.85, 0.35),
        // The outline the fill already draws: no second (antialiasing) pass over the pattern.
        'fill-antialias': false,
      },
    },
    {
      id: 'zones-outline',
      type: 'line',
      source,
      filter: ['!', isKind(...DOTTED_KINDS)],
      paint: {
        'line-color': outlineColour(powerColour()),
        'line-width': widthWhen([2], outlineWidth(1.2)),
        'line-opacity': byState(0.9, 0),
        'line-offset': perFeature(0),
      },
    },
    {
      // One layer for the dashed outlines, to keep the layer count (and each frame's draw calls)
      // down: zones possibly in force (state 1) dashed, spheres and regions dotted while shown.
      id: 'zones-outline-dashed',
      type: 'line',
      source,
      paint: {
        'line-color': outlineColour(['match', ['get', 'kind'], 'region', palette.regionLabel, powerColour()]),
        'line-width': dottedOr(widthWhen([1, 2], outlineWidth(1.1)), widthWhen([1], outlineWidth(1.4))),
        'line-dasharray': dottedOr(['literal', [1, 2]], ['literal', [3, 2]]),
        'line-opacity': dottedOr(byState(0.8, 0.5), byState(0, 0.9)),
      },
    },
    {
      // Zones in force on the comparison date, outlined over today's fills (feature-state `cmp`).
      id: COMPARE_LAYER,
      type: 'line',
      source,
      // Shown by the bridge only while a comparison date is set.
      layout: { visibility: 'none' },
      filter: ['!', isKind('region')],
      paint: {
        'line-color': perFeature(COMPARE_COLOUR),
        'line-width': perFeature(2),
        'line-dasharray': perFeature([1.5, 1]),
        'line-opacity': ['match', ['coalesce', ['feature-state', 'cmp'], 0], 2, 0.9, 1, 0.5, 0],
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
      type: 'line',
      source,
      filter: railway,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': perFeature(palette.land),
        'line-width': widthWhen([1, 2], 3.6),
        'line-opacity': byState(0.9, 0.9),
        'line-offset': perFeature(0),
      },
    },
    {
      id: 'lines-railway',
      type: 'line',
      source,
      filter: railway,
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': perFeature(RAILWAY_COLOUR),
        'line-width': widthWhen([1, 2], 1.6),
        'line-opacity': byState(0.95, 0.95),
        'line-offset': perFeature(0),
      },
    },
    {
      // A railway still being built: dashed, drawn instead of the solid line (state 3).
      id: 'lines-railway-building',
      type: 'line',
      source,
      filter: railway,
      paint: { 'line-color': perFeature(RAILWAY_COLOUR), 'line-width': widthWhen([3], 1.6), 'line-dasharray': perFeature([2, 2]), 'line-opacity': ['match', on, 3, 0.9, 0] },
    },
    {
      id: 'lines-border',
      type: 'line',
      source,
      filter: ['==', ['get', 'kind'], 'border'],
      paint: { 'line-color': perFeature(BORDER_COLOUR), 'line-width': widthWhen([1, 2], 2), 'line-dasharray': perFeature([4, 1.5, 1, 1.5]), 'line-opacity': byState(1, 0.5) },
    },
    {
      id: 'lines-journey',
      type: 'line',
      source,
      filter: ['==', ['get', 'kind'], 'journey'],
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': perFeature(JOURNEY_COLOUR), 'line-width': widthWhen([1, 2], 2.2), 'line-dasharray': perFeature([0.5, 2]), 'line-opacity': byState(0.9, 0.5) },
    },
    {
      id: 'lines-agent-plan',
      type: 'line',
      source,
      filter: ['==', ['get', 'kind'], 'agent-plan'],
      layout: { 'line-cap': 'round' },
      paint: {
        'line-color': ['match', ['get', 'side'], 'soviet-official', AGENT_COLOURS['soviet-official'], AGENT_COLOURS['japanese-agent']],
        'line-width': widthWhen([1, 2], ['case', flag('selected'), 3, 1.6]),
        // The two directions share the Tokyo–Moscow corridor: a small offset keeps both visible.
        'line-offset': ['match', ['get', 'side'], 'soviet-official', 1.5, -1.5],
        'line-opacity': byState(0.8, 0.55),
      },
    },
    {
      id: 'lines-agent-plan-label',
      type: 'symbol',
      source,
      minzoom: 2.5,
      filter: ['==', ['get', 'kind'], 'agent-plan'],
      layout: {
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
        'text-halo-color': perFeature(palette.labelHalo),
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
    'interpolate', ['linear'], ['zoom'],
    3, ['+', bump, ['match', ['get', 'kind'], 'capital', 4.5, 3.6]],
    8, ['+', bump, ['match', ['get', 'kind'], 'capital', 7, 5.5]],
  ];
  return [
    {
      id: 'places-glow',
      type: 'circle',
      source,
      paint: {
        'circle-color': perFeature(GLOW_COLOUR),
        // By zoom as the dots are, so that both layers share one program.
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 3, ['+', 8, ['*', 10, glow]], 8, ['+', 10, ['*', 12, glow]]],
        'circle-blur': 0.7,
        'circle-opacity': ['*', 0.85, glow],
        'circle-stroke-color': perFeature(GLOW_COLOUR),
        'circle-stroke-width': perFeature(0),
      },
    },
    {
      id: 'places',
      type: 'circle',
      source,
      paint: {
        'circle-color': ['case', flag('current'), GLOW_COLOUR, PLACE_COLOUR],
        // The current story step's places are ringed in the story's colour.
        'circle-radius': radius,
        'circle-stroke-color': ['case', flag('selected'), HIGHLIGHT_COLOUR, flag('story'), STORY_COLOUR, flag('current'), PLACE_COLOUR, '#ffffff'],
        'circle-stroke-width': ['case', flag('selected'), 3, flag('story'), 3, flag('current'), 2, 1.3],
        'circle-opacity': perFeature(1),
      },
    },
  ];
}

function placeLabelLayer(): SymbolLayerSpecification {
  return {
    id: 'places-label',
    type: 'symbol',
    source: SOURCES.places,
    layout: {
      'text-field': ['get', 'name'],
      'text-font': [...FONTS.regular],
      'text-size': ['interpolate', ['linear'], ['zoom'], 3, 11, 8, 14],
      'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
      'text-radial-offset': 0.7,
      'text-justify': 'auto',
      'symbol-sort-key': ['-', 0, ['get', 'rank']],
      'text-padding': 2,
    },
    paint: {
      'text-color': ['case', flag('selected'), HIGHLIGHT_COLOUR, PLACE_COLOUR],
      'text-halo-color': perFeature(palette.labelHalo),
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
    type: 'symbol',
    source: SOURCES.labels,
    filter: ['>=', ['zoom'], ['match', ['get', 'rank'], 1, 0, 2, ['case', isSea, 4, 3], 6]],
    layout: {
      'text-field': ['get', 'text'],
      'text-font': ['case', isSea, ['literal', [...FONTS.italic]], ['literal', [...FONTS.regular]]],
      'text-size': ['interpolate', ['linear'], ['zoom'], 3, byRank(13, 11.5), 7, byRank(18, 15)],
      'text-transform': ['case', isSea, 'none', 'uppercase'],
      'text-letter-spacing': ['case', isSea, 0.08, 0.22],
      'text-max-width': 7,
      'text-padding': 4,
      // The great names are placed first and win any collision.
      'symbol-sort-key': ['get', 'rank'],
    },
    paint: {
      'text-color': ['case', isSea, palette.seaLabel, palette.regionLabel],
      'text-halo-color': ['case', isSea, palette.seaLabelHalo, palette.labelHalo],
      'text-halo-width': 1.2,
      'text-opacity': ['case', isSea, 1, 0.85],
    },
  };
}

/** Layer order, bottom to top: zones, lines, region labels, places, place labels. */
export function atlasLayers(): LayerSpecification[] {
  return [
    ...zoneLayers(),
    ...lineLayers(),
    regionLabelLayer(),
    ...placeLayers(),
    placeLabelLayer(),
  ];
}

/** Layers a click or hover can hit: places (dot or name) before zones. */
export const INTERACTIVE_LAYERS = { places: ['places', 'places-label'], zones: ['zones-fill'] } as const;

/** What the Layers panel switches on and off, and the map layers each switch covers. */
export const LAYER_GROUPS = {
  zones: { label: 'Zones', layers: ['zones-fill', 'zones-hatch', 'zones-outline', 'zones-outline-dashed', 'zones-compare'] },
  railways: { label: 'Railways', layers: ['lines-railway-casing', 'lines-railway', 'lines-railway-building'] },
  borders: { label: 'Borders', layers: ['lines-border'] },
  journeys: { label: 'Journeys', layers: ['lines-journey'] },
  agents: { label: 'Agent network (1923 plan)', layers: ['lines-agent-plan', 'lines-agent-plan-label'] },
  places: { label: 'Places', layers: ['places', 'places-label'] },
  glow: { label: 'Event glow', layers: ['places-glow'] },
} as const;

export type LayerGroup = keyof typeof LAYER_GROUPS;

export interface Pattern {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Diagonal hatching in a colour, as raw RGBA for `map.addImage`: no canvas, so it is testable. */
export function hatchPattern(hex: string, size = 8, alpha = 200): Pattern {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  const data = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      // One pixel-wide stripe running bottom-left to top-right; it tiles seamlessly.
      const d = (x + y) % size;
      const a = d === 0 ? alpha : d === 1 || d === size - 1 ? alpha / 3 : 0;
      data.set([r, g, b, a], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}

export const PATTERNS: Record<string, Pattern> = {
  'hatch-japan': hatchPattern(POWER_COLOURS.japan),
  'hatch-russia': hatchPattern(POWER_COLOURS.russia),
};
