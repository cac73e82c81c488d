// One theme: the map's colours and the interface's, each named once, reach the CSS as custom properties.
import { describe, expect, it } from 'vitest';
import { MAP_COLOURS, POWER_COLOURS, UI_COLOURS, cssCustomProperties, themeStylesheet } from '../src/lib/theme.ts';

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
});
