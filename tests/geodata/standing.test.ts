// The real zones' standing: the status and the holders in law and in fact on a day, against the fact
// sheet (shared/FACTS.md, "The wider period, 1855-1956" and "Law and fact"), and the rule phases keep.
import { describe, expect, it } from 'vitest';
import type { Holder, Standing, Status } from '../../src/lib/data/atlas.ts';
import { describeStanding, sequenceProblem, standingOn } from '../../src/lib/data/standing.ts';
import { dayFromParts, isoFromDay } from '../../src/lib/time/days.ts';
import { builtAtlas } from '../helpers/atlas.ts';

const atlas = builtAtlas();
const zone = (id: string) => atlas.zones.find((z) => z.id === id)!;
const holderOn = (z: Parameters<typeof standingOn>[0], day: number, view: 'fact' | 'law') => standingOn(z, day)?.phase[view] ?? null;
/** The zones in force on a day (of one layer), by id. */
const inForceOn = (day: number, layer?: string) => atlas.zones.filter((z) => (!layer || z.layer === layer) && standingOn(z, day)).map((z) => z.id);
const day = (iso: string) => dayFromParts(...(iso.split('-').map(Number) as [number, number, number]));

type Row = [date: string, zone: string, status: Status, fact: Holder, law: Holder, certain: boolean, because: string];

/** What was in force, written from the fact sheet (its words in the last column). */
const FROM_THE_FACT_SHEET: Row[] = [
  ['1855-02-07', 'sakhalin-north', 'joint', 'russia', 'russia', true, 'Sakhalin left unpartitioned, open to both'],
  ['1855-02-07', 'sakhalin-south', 'joint', 'japan', 'japan', true, 'Sakhalin left unpartitioned, open to both'],
  ['1855-02-07', 'kurils-south', 'sovereign', 'japan', 'japan', true, 'Kuril border between Iturup (Japanese) and Urup (Russian)'],
  ['1855-02-07', 'kurils-north', 'sovereign', 'russia', 'russia', true, 'Kuril border between Iturup (Japanese) and Urup (Russian)'],
  ['1855-02-07', 'amur', 'sovereign', 'china', 'china', true, 'left bank of the Amur to Russia only at Aigun, 1858'],
  ['1855-02-07', 'primorye-south', 'sovereign', 'china', 'china', true, 'Ussuri lands to Russia only at Peking, 1860'],
  ['1855-02-07', 'mongolia', 'sovereign', 'china', 'china', true, 'Outer Mongolia declares independence only in 1911'],
  ['1855-02-07', 'korea-north', 'sovereign', 'korea', 'korea', true, 'Korea a Japanese protectorate only from 1905'],
  ['1875-06-01', 'sakhalin-north', 'sovereign', 'russia', 'russia', true, 'Saint Petersburg 1875: all Sakhalin Russian'],
  ['1875-06-01', 'sakhalin-south', 'sovereign', 'russia', 'russia', true, 'Saint Petersburg 1875: all Sakhalin Russian'],
  ['1875-06-01', 'kurils-north', 'sovereign', 'japan', 'japan', true, 'all the Kurils (Urup to Shumshu) Japanese, to 1945'],
  ['1875-06-01', 'kurils-south', 'sovereign', 'japan', 'japan', true, 'all the Kurils Japanese'],
  ['1875-06-01', 'primorye-south', 'sovereign', 'russia', 'russia', true, 'Convention of Peking: Ussuri lands (Primorye) to Russia'],
  ['1875-06-01', 'amur', 'sovereign', 'russia', 'russia', true, 'Treaty of Aigun: left bank of the Amur to Russia'],
  ['1900-09-01', 'manchuria', 'occupation', 'russia', 'china', true, 'Manchuria occupied by Russia ~1900-07 to 1905'],
  ['1900-09-01', 'kwantung', 'leased', 'russia', 'china', true, 'Kwantung (Russian) 1898-1905'],
  ['1900-09-01', 'korea-south', 'sovereign', 'korea', 'korea', true, 'Korea "independent" after Shimonoseki'],
  ['1900-09-01', 'sakhalin-south', 'sovereign', 'russia', 'russia', true, 'all Sakhalin Russian until 1905'],
  ['1910-09-01', 'korea-north', 'colony', 'japan', 'japan', true, 'Korea annexed (colony) from 1910-08-29 to 1945'],
  ['1910-09-01', 'korea-south', 'colony', 'japan', 'japan', true, 'Korea annexed (colony) from 1910-08-29 to 1945'],
  ['1910-09-01', 'kwantung', 'leased', 'japan', 'china', true, 'Kwantung Leased Territory, Japanese 1905-09-05 to 1945-08'],
  ['1910-09-01', 'sakhalin-south', 'colony', 'japan', 'japan', true, 'Karafuto 1905-09-05 to 1945-08-25'],
  ['1910-09-01', 'sakhalin-north', 'sovereign', 'russia', 'russia', true, '50th-parallel border 1905-09-05 to 1945-08'],
  ['1910-09-01', 'smr-zone', 'railway-zone', 'japan', 'china', true, 'South Manchuria Railway (line and zone) 1906-11-26 to 1945-08'],
  ['1921-06-01', 'sakhalin-north', 'occupation', 'japan', 'soviet', true, 'North Sakhalin 1920-1925: Russian/Soviet in law, Japanese in fact'],
  ['1921-06-01', 'transbaikal-west', 'sovereign', 'fer', 'fer', true, 'Far Eastern Republic proclaimed at Verkhneudinsk 1920-04-06'],
  ['1921-06-01', 'transbaikal-east', 'sovereign', 'fer', 'fer', true, 'Chita taken from Semyonov ~1920-10-22'],
  ['1921-06-01', 'amur', 'sovereign', 'fer', 'fer', true, 'the Amur region and Primorye joined ~1920-12'],
  ['1921-06-01', 'primorye-south', 'disputed', 'white', 'fer', true, 'southern Primorye outside the FER in fact, 1921-05-26 to 1922-10-25'],
  ['1921-06-01', 'mongolia', 'disputed', 'mongolia', 'china', true, 'autonomy under China (Kyakhta, 1915-06-07)'],
  ['1921-06-01', 'intervention-primorye', 'occupation', 'japan', 'soviet', true, 'Japanese intervention: Primorye 1918-08-11 to 1922-10-25'],
  ['1933-06-01', 'manchuria', 'puppet-state', 'japan', 'china', true, 'Manchukuo: Chinese in law, a Japanese puppet in fact'],
  ['1933-06-01', 'jehol', 'puppet-state', 'japan', 'china', true, 'Jehol added ~1933-02/03'],
  ['1933-06-01', 'manchukuo', 'puppet-state', 'japan', 'china', true, 'Manchukuo 1932-03-01 to 1945-08-18'],
  ['1933-06-01', 'sakhalin-north', 'sovereign', 'soviet', 'soviet', true, 'evacuation completed 1925-05-14/15'],
  ['1945-08-20', 'manchuria', 'occupation', 'soviet', 'china', true, 'Soviet occupation of Manchuria to ~1946-05-03'],
  ['1945-08-20', 'korea-north', 'occupation', 'soviet', 'korea', true, 'Soviet occupation of Korea north of the 38th parallel'],
  ['1945-08-20', 'sakhalin-south', 'occupation', 'soviet', 'japan', false, 'Soviet occupation 1945-08-11/25 (Sakhalin)'],
  ['1945-08-20', 'kurils-north', 'occupation', 'soviet', 'japan', false, 'Soviet occupation 1945-08-18 to 09-01 (Kurils)'],
  ['1945-08-20', 'kwantung', 'leased', 'soviet', 'china', false, 'Kwantung Japanese to 1945-08; Port Arthur a Soviet naval base (1945-08-14)'],
  ['1946-06-01', 'sakhalin-south', 'sovereign', 'soviet', 'japan', true, 'annexed 1946-02-02, in fact and in Soviet law; not recognised by Japan'],
  ['1946-06-01', 'kurils-south', 'sovereign', 'soviet', 'japan', true, 'annexed 1946-02-02; not recognised by Japan'],
  ['1946-06-01', 'manchuria', 'sovereign', 'china', 'china', true, 'Soviet occupation of Manchuria to ~1946-05-03'],
  ['1946-06-01', 'korea-north', 'occupation', 'soviet', 'korea', true, 'Soviet occupation to 1948-12'],
  ['1946-06-01', 'kwantung', 'leased', 'soviet', 'china', true, 'Port Arthur a Soviet naval base; Soviet forces leave ~1955-05'],
  ['1956-12-31', 'sakhalin-south', 'sovereign', 'soviet', 'none', true, 'renounced by Japan (San Francisco, in force 1952-04-28) with no beneficiary named'],
  ['1956-12-31', 'kurils-north', 'sovereign', 'soviet', 'none', true, 'renounced by Japan without a beneficiary'],
  ['1956-12-31', 'kurils-south', 'disputed', 'soviet', 'japan', true, 'the southern Kurils claimed by Japan'],
  ['1956-12-31', 'habomai-shikotan', 'disputed', 'soviet', 'japan', true, 'Habomai and Shikotan promised after a peace treaty'],
  ['1956-12-31', 'kwantung', 'sovereign', 'china', 'china', true, 'Soviet forces leave Port Arthur ~1955-05'],
  ['1956-12-31', 'southern-kurils', 'disputed', 'soviet', 'japan', true, 'the southern Kurils claimed by Japan'],
];

describe('what was in force, in law and in fact (from the fact sheet)', () => {
  it.each(FROM_THE_FACT_SHEET)('%s %s: %s, held by %s in fact and %s in law (certain: %s): %s', (date, id, status, fact, law, certain) => {
    const s = standingOn(zone(id), day(date));
    expect(s, `${id} is not in force on ${date}`).not.toBeNull();
    expect({ status: s!.phase.status, fact: s!.phase.fact, law: s!.phase.law, certain: s!.certain }).toEqual({ status, fact, law, certain });
  });

  it('every state piece is in force on every one of those days, so the states are shaded on each', () => {
    const pieces = atlas.zones.filter((z) => z.layer === 'state');
    expect(pieces.length).toBeGreaterThan(15);
    for (const date of new Set(FROM_THE_FACT_SHEET.map((r) => r[0]))) {
      expect(inForceOn(day(date), 'state').sort(), date).toEqual(pieces.map((z) => z.id).sort());
    }
  });

  it('North Sakhalin in 1923, Manchukuo in 1935 and the Kurils in 1950 are held by one power in law and another in fact', () => {
    for (const [id, date] of [['north-sakhalin-occupation', '1923-05-21'], ['manchukuo', '1935-06-01'], ['soviet-kurils', '1950-06-01'], ['southern-kurils', '1950-06-01']] as const) {
      expect(holderOn(zone(id), day(date), 'fact'), id).not.toBe(holderOn(zone(id), day(date), 'law'));
    }
    expect(holderOn(zone('north-sakhalin-occupation'), day('1923-05-21'), 'fact')).toBe('japan');
    expect(holderOn(zone('north-sakhalin-occupation'), day('1923-05-21'), 'law')).toBe('soviet');
  });

  it('inside an uncertain boundary, the later phase is shown as possible and the earlier kept beside it', () => {
    const s = standingOn(zone('sakhalin-north'), day('1920-05-01'))!;
    expect(s.certain).toBe(false);
    expect(s.phase.fact).toBe('japan');
    expect(s.other?.status).toBe('disputed');
    expect(standingOn(zone('north-sakhalin-occupation'), day('1920-04-20'))).toBeNull();
  });

  it('says, in words, how a zone was held', () => {
    expect(describeStanding(zone('north-sakhalin-occupation').standing[0]!)).toBe('Japanese military occupation; in law, Soviet Russia (the USSR from 1922)');
    expect(describeStanding(zone('sakhalin-joint').standing[0]!)).toBe('Held jointly by the Russian Empire and Japan');
    expect(describeStanding(standingOn(zone('soviet-kurils'), day('1956-12-31'))!.phase)).toBe('Soviet sovereign territory; in law, no one');
  });

  it('gives the current map a colour and a kind from the longest phase', () => {
    expect(zone('manchukuo')).toMatchObject({ power: 'japan', kind: 'puppet-state' });
    expect(zone('north-sakhalin-occupation')).toMatchObject({ power: 'japan', kind: 'occupation' });
    expect(zone('far-eastern-republic')).toMatchObject({ power: 'fer', kind: 'republic' });
    expect(zone('japan')).toMatchObject({ layer: 'state', kind: 'region' });
  });
});

describe('the rule for phases, in the data', () => {
  it("holds in the data: every zone's phases follow each other without gap or overlap", () => {
    for (const z of atlas.zones) expect(sequenceProblem(z.standing as (Standing & { start: string })[], isoFromDay), z.id).toBeNull();
  });
});
