// The real places, zones, events, eras and story steps found by their names in every script, and
// the places' roles on the days of the history.
import { describe, expect, it } from 'vitest';
import { atlasSearch } from '../../src/lib/data/search.ts';
import { englishNameOn, nameOn } from '../../src/lib/data/names.ts';
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
    ['Petrograd', 'st-petersburg'],
    ['Ленинград', 'st-petersburg'],
    ['Hsinking', 'changchun'],
    ['新京', 'changchun'],
    ['Ōtomari', 'korsakov'],
    ['Yuzhno-Sakhalinsk', 'toyohara'],
    ['Voroshilov', 'nikolsk-ussuriisk'],
    ['Peiping', 'peking'],
    ['Ulan-Ude', 'verkhneudinsk'],
  ])('%s finds %s', (query, id) => {
    expect(first(query)).toBe(id);
  });
});

describe('searching zones, events, eras and story steps in any script', () => {
  // The names, and the established terms in each script: the first result of the kind.
  it.each([
    ['Manchukuo', 'zone', 'manchukuo'],
    ['満洲国', 'zone', 'manchukuo'],
    ['Маньчжоу-го', 'zone', 'manchukuo'],
    ['Kurils', 'zone', 'kurils-north'],
    ['千島列島', 'zone', 'soviet-kurils'],
    ['Курильские острова', 'zone', 'soviet-kurils'],
    ['Nikolaevsk incident', 'event', 'nikolaevsk-incident'],
    ['尼港事件', 'event', 'nikolaevsk-incident'],
    ['Николаевский инцидент', 'event', 'nikolaevsk-incident'],
    ['シベリア出兵', 'event', 'siberian-intervention'],
    ['Siberian intervention', 'era', 'era-intervention'],
    ['日ソ基本条約', 'event', 'basic-convention-signed'],
    ['日露戦争', 'era', 'era-russo-japanese-war'],
    ['尼港事件', 'step', 'step-nikolaevsk-incident'],
  ] as const)('%s finds the %s %s', (query, kind, id) => {
    expect(index.search(query).find((r) => r.kind === kind)?.id).toBe(id);
  });

  it('千島 and Курилы find the Kurils', () => {
    for (const query of ['千島', 'Курилы']) expect(index.search(query).map((r) => r.id)).toContain('kurils-north');
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

describe('names of the time', () => {
  const place = (id: string) => atlas.places.find((p) => p.id === id)!;
  const on = (id: string, iso: string, language: 'en' | 'ru' | 'ja' | 'zh' | 'ko' = 'en') => nameOn(place(id).names, dayFromParts(...(iso.split('-').map(Number) as [number, number, number])), language);

  it.each([
    ['dairen', '1900-06-01', 'en', 'Dalny'],
    ['dairen', '1920-06-01', 'en', 'Dairen'],
    ['dairen', '1950-06-01', 'en', 'Dalian'],
    ['dairen', '1920-06-01', 'ja', '大連'],
    ['port-arthur', '1900-06-01', 'en', 'Port Arthur'],
    ['port-arthur', '1930-06-01', 'en', 'Ryojun'],
    ['toyohara', '1930-06-01', 'en', 'Toyohara'],
    ['toyohara', '1946-06-04', 'en', 'Yuzhno-Sakhalinsk'],
    ['toyohara', '1900-06-01', 'ru', 'Владимировка'],
    ['korsakov', '1930-06-01', 'en', 'Ōtomari'],
    ['keijo', '1900-06-01', 'en', 'Hanseong'],
    ['keijo', '1923-05-21', 'en', 'Keijō'],
    ['keijo', '1950-06-01', 'en', 'Seoul'],
    ['st-petersburg', '1875-05-07', 'en', 'St Petersburg'],
    ['st-petersburg', '1917-11-07', 'en', 'Petrograd'],
    ['st-petersburg', '1930-06-01', 'ru', 'Ленинград'],
    ['changchun', '1935-06-01', 'en', 'Hsinking'],
    ['changchun', '1925-06-01', 'en', 'Changchun'],
    ['nikolsk-ussuriisk', '1940-06-01', 'en', 'Voroshilov'],
    ['hakodate', '1860-06-01', 'ja', '箱館'],
    ['hakodate', '1900-06-01', 'ja', '函館'],
    ['tokyo', '1860-06-01', 'en', 'Edo'],
    ['verkhneudinsk', '1940-06-01', 'en', 'Ulan-Ude'],
  ] as const)('%s on %s in %s: %s', (id, iso, language, name) => {
    expect(on(id, iso, language)).toEqual({ name, certain: true });
  });

  it('Dalny became Dairen in 1905, on a day the sources do not give: the older name, uncertain', () => {
    expect(on('dairen', '1905-06-01')).toEqual({ name: 'Dalny', certain: false });
    expect(englishNameOn(place('st-petersburg').names, dayFromParts(1917, 11, 7))).toBe('Petrograd');
  });
});
