// The real places, zones, events, eras and story steps found by their names in every script, and
// the places' roles on the days of the history.
import { describe, expect, it } from 'vitest';
import { atlasSearch } from '../../src/lib/data/search.ts';
import { roleOn } from '../../src/lib/data/roles.ts';
import { dayFromParts } from '../../src/lib/time/days.ts';
import { builtAtlas } from '../helpers/atlas.ts';

const atlas = builtAtlas();
const index = atlasSearch(atlas);
const first = (q: string) => index.search(q).find((r) => r.kind === 'place')?.id;

describe('searching places in any script', () => {
  it.each([
    ['Nikolaevsk', 'nikolaevsk'],
    ['nikolaevsk', 'nikolaevsk'],
    ['Николаевск', 'nikolaevsk'],
    ['尼港', 'nikolaevsk'],
    ['Wonsan', 'gensan'],
    ['Gensan', 'gensan'],
    ['Гензан', 'gensan'],
    ['гензан', 'gensan'],
    ['Vladivostok', 'vladivostok'],
    ['浦塩', 'vladivostok'],
    ['Beijing', 'peking'],
    ['Seoul', 'keijo'],
    ['keijo', 'keijo'],
    ['Dalny', 'dairen'],
  ])('%s finds %s', (query, id) => {
    expect(first(query)).toBe(id);
  });
});

describe('role on a day', () => {
  const place = (id: string) => atlas.places.find((p) => p.id === id)!;
  it('Nikolaevsk: the incident in 1920, the agent plan from 1923', () => {
    expect(roleOn(place('nikolaevsk'), dayFromParts(1921, 1, 1)).role?.label).toBe('Site of the Nikolaevsk incident');
    const plan = roleOn(place('nikolaevsk'), dayFromParts(1923, 5, 1));
    expect(plan).toMatchObject({ status: 'current', role: { label: 'Proposed seat of a Japanese commercial agent (1923 plan)', agentPlan: 'japanese-agent' } });
  });

  it('possibly, while the role’s start is uncertain; a certain role wins over a possible one', () => {
    // The plan's "1923-03~" allows any day in March.
    expect(roleOn(place('petropavlovsk'), dayFromParts(1923, 3, 10)).status).toBe('possibly');
    expect(roleOn(place('gensan'), dayFromParts(1923, 3, 10)).role?.label).toBe('Korean port under Japanese rule');
  });

  it('its last role when none holds on the day', () => {
    expect(roleOn(place('verkhneudinsk'), dayFromParts(1921, 1, 1))).toMatchObject({ status: 'earlier', role: { label: expect.stringMatching(/^First capital of the Far Eastern Republic/) } });
  });

  it('none before the story reaches a place', () => {
    expect(roleOn(place('geneva'), dayFromParts(1900, 1, 1))).toEqual({ role: null, status: 'none' });
  });
});
