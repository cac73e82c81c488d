// The history in Russian and Japanese, as the build writes it: every text of the English atlas has
// its translation, each table fits the atlas it was built with, and none is left in English.
import { describe, expect, it } from 'vitest';
import { buildAtlas } from '../../scripts/data/build.ts';
import { translateAtlas } from '../../src/lib/data/text.ts';

const { atlas, translations } = buildAtlas('geodata');
const SCRIPT = { ru: /[\u0400-\u04FF]/, ja: /[\u3040-\u30FF\u3400-\u9FFF]/ };

describe.each(translations)('the atlas in $language', (translation) => {
  const translated = translateAtlas(atlas, translation);

  it('has every event, era, story step and role in its own script', () => {
    const texts = [
      ...translated.events.flatMap((e) => [e.title, e.summary, ...e.notes.map((n) => n.text)]),
      ...translated.eras.map((e) => e.label),
      ...translated.story.flatMap((s) => [s.title, s.caption]),
      ...translated.places.flatMap((p) => [...p.roles.map((r) => r.label), ...p.notes.map((n) => n.text)]),
      ...translated.zones.flatMap((z) => [z.holder, ...z.phases.map((p) => p.label), ...z.notes.map((n) => n.text)]),
      ...translated.labels.map((l) => l.text),
    ];
    expect(texts.length).toBeGreaterThan(500);
    expect(texts.filter((t) => !SCRIPT[translation.language].test(t))).toEqual([]);
  });

  it("changes texts only: ids, dates, citations and shapes are the English atlas's", () => {
    const strip = (a: typeof atlas) => JSON.stringify(a, (_, v) => (typeof v === 'string' ? '' : v));
    expect(strip(translated)).toBe(strip(atlas));
    expect(translated.zones[0]!.geometry).toBe(atlas.zones[0]!.geometry);
  });

  it('uses the established terms', () => {
    const incident = translated.events.find((e) => e.id === 'nikolaevsk-incident')!;
    expect(incident.title).toContain(translation.language === 'ru' ? 'Николаевский инцидент' : '尼港事件');
  });
});
