// Self-hosted fonts for the map's labels and the interface, so that nothing is fetched from a font
// server. MapLibre draws labels itself from the CSS font named in a layer's `text-font` (the style
// has no `glyphs` URL), and reads weight and slant from that name: "Atlas Sans Italic" is drawn
// italic, "Atlas Sans Semibold" at 600. So each variant gets a family of its own here, built from
// Noto Sans (Latin and Cyrillic). Japanese comes from Noto Sans JP (imported as CSS in main.ts,
// split by unicode range so that only the characters in use are downloaded).
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import cyrillic400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import latinItalic from '@fontsource/noto-sans/files/noto-sans-latin-400-italic.woff2?url';
import latinExtItalic from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-italic.woff2?url';
import cyrillicItalic from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-italic.woff2?url';
import latin600 from '@fontsource/noto-sans/files/noto-sans-latin-600-normal.woff2?url';
import latinExt600 from '@fontsource/noto-sans/files/noto-sans-latin-ext-600-normal.woff2?url';
import cyrillic600 from '@fontsource/noto-sans/files/noto-sans-cyrillic-600-normal.woff2?url';

// The unicode ranges of Fontsource's subsets (from @fontsource/noto-sans/400.css).
const LATIN =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';
const CYRILLIC = 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116';

interface Variant {
  family: string;
  style: 'normal' | 'italic';
  weight: string;
  files: [latin: string, latinExt: string, cyrillic: string];
}

// vite.config.ts preloads the Latin file of each variant (PRELOADED_FONTS): keep the two in step
// (an e2e test in e2e/foundation.spec.ts fails when they drift apart).
const VARIANTS: Variant[] = [
  { family: 'Atlas Sans', style: 'normal', weight: '400', files: [latin400, latinExt400, cyrillic400] },
  { family: 'Atlas Sans Italic', style: 'italic', weight: '400', files: [latinItalic, latinExtItalic, cyrillicItalic] },
  { family: 'Atlas Sans Semibold', style: 'normal', weight: '600', files: [latin600, latinExt600, cyrillic600] },
];

/** The interface uses the regular and semibold faces under one family name as well. */
const UI_FAMILY = 'Atlas UI';

let registered = false;

export function registerFonts(): void {
  if (registered || typeof document === 'undefined' || !('fonts' in document)) return;
  registered = true;
  for (const v of VARIANTS) {
    const ranges = [LATIN, LATIN_EXT, CYRILLIC];
    v.files.forEach((file, i) => {
      const descriptors = { style: v.style, weight: v.weight, unicodeRange: ranges[i] };
      document.fonts.add(new FontFace(v.family, `url(${file}) format('woff2')`, descriptors));
      document.fonts.add(new FontFace(UI_FAMILY, `url(${file}) format('woff2')`, descriptors));
    });
  }
}

/**
 * Waits until the Japanese font's glyphs for these characters are loaded, so that MapLibre, which
 * draws a label once and caches it, never draws Japanese names with a fallback. The font is split by
 * unicode range (main.ts), so only the pieces holding these characters are fetched, and nothing at
 * all while no Japanese is drawn.
 */
export async function japaneseGlyphsReady(characters: string): Promise<void> {
  if (characters === '' || typeof document === 'undefined' || !('fonts' in document)) return;
  await document.fonts.load('400 16px "Noto Sans JP"', characters).catch(() => undefined);
}

/** Waits until the Latin faces the first labels need are loaded, so that MapLibre never caches a fallback. */
export async function fontsReady(): Promise<void> {
  if (typeof document === 'undefined' || !('fonts' in document)) return;
  await Promise.all(VARIANTS.map((v) => document.fonts.load(`${v.style} ${v.weight} 16px "${v.family}"`, 'Aa')));
}
