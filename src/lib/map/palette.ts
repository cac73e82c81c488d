// The atlas's colours: a calm, print-like palette (paper land, pale sea, ink lines), chosen so
// that coloured zones read clearly over it.
export const palette = {
  sea: '#d7e3e6',
  land: '#f4efe3',
  coast: '#6f8389',
  graticule: '#b8c8cc',
  regionLabel: '#7a6e5d',
  seaLabel: '#4f7480',
  labelHalo: 'rgba(244, 239, 227, 0.85)',
  seaLabelHalo: 'rgba(215, 227, 230, 0.85)',
} as const;

/** Font stacks: MapLibre draws these from the CSS fonts of the same name (src/fonts.ts). */
export const FONTS = {
  regular: ['Atlas Sans', 'Noto Sans JP'],
  italic: ['Atlas Sans Italic', 'Noto Sans JP'],
  semibold: ['Atlas Sans Semibold', 'Noto Sans JP'],
} as const;
