// The atlas's colours and type, defined once. The map style (src/lib/map/), the legend and the PNG
// export read these constants; the components read the same values as CSS custom properties
// (`--japan`, `--ink`, …), written into a stylesheet at build time by vite.config.ts
// (`virtual:theme.css`, imported by main.ts), so that no component types a colour again.
import type { Holder, Power } from './data/atlas.ts';

/** Who held a zone: one hue per power. */
export const POWER_COLOURS: Record<Power, string> = {
  japan: '#b5402c',
  russia: '#2f6690',
  fer: '#4f8a3c',
  china: '#9a7b2f',
};

/**
 * Who held a zone, in law or in fact: one hue family per power (Japan red, Russia and the USSR blue,
 * the Far Eastern Republic green, China ochre), and a hue of its own for the lesser holders. Each
 * reads at 3:1 or more against the land (WCAG 1.4.11), since the edges, dashes and hatching drawn in
 * it carry meaning; tests/theme.test.ts holds them to it.
 */
export const HOLDER_COLOURS: Record<Holder, string> = {
  japan: POWER_COLOURS.japan,
  russia: POWER_COLOURS.russia,
  soviet: POWER_COLOURS.russia,
  white: '#4d6f8f',
  fer: POWER_COLOURS.fer,
  china: POWER_COLOURS.china,
  mongolia: '#6f5a94',
  korea: '#2f7a74',
  usa: '#55606b',
  none: '#7a7468',
};

/** The map: a calm, print-like palette (paper land, pale sea, ink lines), so that coloured zones read clearly over it. */
export const MAP_COLOURS = {
  sea: '#d7e3e6',
  land: '#f4efe3',
  coast: '#6f8389',
  graticule: '#b8c8cc',
  regionLabel: '#7a6e5d',
  seaLabel: '#4f7480',
  labelHalo: 'rgba(244, 239, 227, 0.85)',
  seaLabelHalo: 'rgba(215, 227, 230, 0.85)',
  /** Where an event happened lately, and the current event's place. */
  glow: '#f2a81d',
  railway: '#4a3f35',
  /** The border on the 50th parallel. */
  border: '#6e1f14',
  /** A place's dot. */
  place: '#2b2a26',
  /** The selected feature. */
  highlight: '#1b5fd1',
  /** What the current story step points at; journeys share it. */
  story: '#6b3fa0',
  /** Zones in force on the comparison date, outlined over the current date's fills. */
  compare: '#1d1b17',
  /** The hatching of occupations and puppet states: ink, so it reads in greyscale over any holder's tint. */
  hatch: '#2f2a22',
  /** A zone's name on the map. */
  zoneLabel: '#3a342b',
} as const;

/** The interface around the map: ink on paper, a rule between things, tints that mark a state. */
export const UI_COLOURS = {
  ink: '#2b2a26',
  inkSoft: '#5e5a50',
  /** A dark button under the pointer. */
  inkHover: '#47443c',
  paper: '#fbf8f1',
  /** A white control on the paper. */
  surface: '#ffffff',
  /** A light control under the pointer. */
  surfaceHover: '#f3efe4',
  rule: '#d8d1c1',
  /** A lighter rule, between list items. */
  ruleLight: '#eee7d6',
  /** Errors and invalid input. */
  accent: '#8c2f1b',
  focus: '#1b5fd1',
  /** A note where sources disagree, and the text atlas's message. */
  note: '#f6efd9',
  noteEdge: '#c9a227',
  /** The current event, an entry the panel brought into view. */
  current: '#fdf6e3',
  /** What holds on the day shown (a place's role, a zone's status). */
  now: '#eef3f6',
  nowLight: '#f3f7f9',
  /** What does not hold on the day shown. */
  off: '#f1efe9',
  offEdge: '#9c9484',
  /** A role not in force, in a list of roles. */
  roleEdge: '#e3dccb',
  citation: '#5a4a8a',
} as const;

/** Font stacks: MapLibre draws these from the CSS fonts of the same name (src/fonts.ts). */
export const FONTS = {
  regular: ['Atlas Sans', 'Noto Sans JP'],
  italic: ['Atlas Sans Italic', 'Noto Sans JP'],
  semibold: ['Atlas Sans Semibold', 'Noto Sans JP'],
} as const;

/** `inkSoft` → `--ink-soft`. */
function propertyName(key: string): string {
  return `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** Every colour as a CSS custom property: `--japan`, `--glow`, `--border`, `--ink-soft`, … */
export function cssCustomProperties(): Record<string, string> {
  const all: Record<string, string> = { ...POWER_COLOURS, ...MAP_COLOURS, ...UI_COLOURS };
  return Object.fromEntries(Object.entries(all).map(([key, value]) => [propertyName(key), value]));
}

/**
 * The stylesheet vite.config.ts serves as `virtual:theme.css`: the custom properties on :root.
 * @public (knip's production run does not follow the build's config file)
 */
export function themeStylesheet(): string {
  const lines = Object.entries(cssCustomProperties()).map(([name, value]) => `  ${name}: ${value};`);
  return `:root {\n${lines.join('\n')}\n}\n`;
}
