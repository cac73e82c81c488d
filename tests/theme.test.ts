// One theme: the map's colours and the interface's, each named once, reach the CSS as custom properties.
import { describe, expect, it } from 'vitest';
import { HOLDERS } from '../src/lib/data/atlas.ts';
import { HOLDER_COLOURS, MAP_COLOURS, POWER_COLOURS, UI_COLOURS, cssCustomProperties, themeStylesheet } from '../src/lib/theme.ts';

/** WCAG 2 relative luminance of an sRGB hex colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('the theme', () => {
  it('names each colour once: no name is shared by the powers, the map and the interface', () => {
    const names = [...Object.keys(POWER_COLOURS), ...Object.keys(MAP_COLOURS), ...Object.keys(UI_COLOURS)];
    expect(new Set(names).size).toBe(names.length);
  });

  it('gives the CSS every colour as a custom property, in kebab case', () => {
    const properties = cssCustomProperties();
    expect(properties['--japan']).toBe(POWER_COLOURS.japan);
    expect(properties['--glow']).toBe(MAP_COLOURS.glow);
    expect(properties['--ink-soft']).toBe(UI_COLOURS.inkSoft);
    expect(Object.keys(properties)).toHaveLength(Object.keys(POWER_COLOURS).length + Object.keys(MAP_COLOURS).length + Object.keys(UI_COLOURS).length);
    const css = themeStylesheet();
    expect(css).toMatch(/^:root \{\n/);
    expect(css).toContain(`  --region-label: ${MAP_COLOURS.regionLabel};\n`);
  });

  it('draws what carries meaning at 3:1 or more against the land (WCAG 1.4.11): every holder’s edges and dashes, the hatching, the zones’ names', () => {
    for (const holder of HOLDERS) expect(contrast(HOLDER_COLOURS[holder], MAP_COLOURS.land), holder).toBeGreaterThanOrEqual(3);
    expect(contrast(MAP_COLOURS.hatch, MAP_COLOURS.land)).toBeGreaterThanOrEqual(3);
    expect(contrast(MAP_COLOURS.zoneLabel, MAP_COLOURS.land)).toBeGreaterThanOrEqual(4.5);
    // The contrast of this test's own formula, on known pairs.
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 6);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
