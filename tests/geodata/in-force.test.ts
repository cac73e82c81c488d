// What is in force, glows and is current on the days of the real history, and how the atlas says it.
import { describe, expect, it } from 'vitest';
import { atDate, currentEventIndex, lineState, zoneState } from '../../src/lib/data/at-date.ts';
import { citationText, eventDate, summaryText, validityText, zonesInForce } from '../../src/lib/data/describe.ts';
import { dayFromParts } from '../../src/lib/time/days.ts';
import { finders } from '../helpers/find.ts';
import { builtAtlas } from '../helpers/atlas.ts';

const atlas = builtAtlas();
const d = dayFromParts;
const { zone, line, event } = finders(atlas);

describe('zones and lines on a day', () => {
  it('North Sakhalin: uncertain between landing and declaration, certain after, gone on the evacuation day', () => {
    const z = zone('north-sakhalin-occupation');
    expect(zoneState(z, d(1920, 4, 20))).toBe(0);
    expect(zoneState(z, d(1920, 4, 21))).toBe(1);
    expect(zoneState(z, d(1920, 7, 2))).toBe(1);
    expect(zoneState(z, d(1920, 7, 3))).toBe(2);
    expect(zoneState(z, d(1925, 5, 14))).toBe(2);
    expect(zoneState(z, d(1925, 5, 15))).toBe(0);
  });

  it('a railway is dashed while built, solid after', () => {
    const cer = line('chinese-eastern');
    expect(lineState(cer, d(1896, 12, 31))).toBe(0);
    expect(lineState(cer, d(1900, 6, 1))).toBe(3);
    expect(lineState(cer, d(1910, 6, 1))).toBe(2);
  });

  it('the agent plan appears from its date', () => {
    const arc = line('agent-plan-nikolaevsk');
    expect(lineState(arc, d(1923, 2, 1))).toBe(0);
    expect(lineState(arc, d(1923, 3, 15))).toBe(1); // "1923-03~": some day in March
    expect(lineState(arc, d(1923, 5, 21))).toBe(2);
  });
});

describe('the current event and its glow', () => {
  it('the current event is the latest started on or before the day', () => {
    const index = currentEventIndex(atlas.events, d(1923, 5, 21));
    expect(atlas.events[index]!.id).toBe('fishery-agreement');
    expect(atlas.events[currentEventIndex(atlas.events, d(1923, 5, 20))]!.id).not.toBe('fishery-agreement');
    expect(currentEventIndex(atlas.events, d(1855, 1, 1))).toBe(-1);
    expect(atlas.events[currentEventIndex(atlas.events, d(1956, 12, 31))]!.id).toBe('joint-declaration');
  });

  it('on the day of the fishery agreement Vladivostok glows and is current', () => {
    const view = atDate(atlas, d(1923, 5, 21));
    expect(view.glow.get('vladivostok')).toBe(1);
    expect(view.current?.places).toEqual(['vladivostok']);
    expect(view.glow.get('geneva')).toBe(0);
  });
});

describe('the atlas in words', () => {
  it('summarises a day: zones in force and the current event', () => {
    const text = summaryText(atlas, d(1923, 5, 21));
    expect(text).toMatch(/^In force on 21 May 1923: /);
    expect(text).toContain('Japanese occupation of North Sakhalin');
    // Korea under Japan, by its name of the time.
    expect(text).toContain('Chōsen');
    expect(text).not.toContain('Manchukuo');
    expect(text).toContain('Current event: Fishery agreement at Vladivostok (21 May 1923).');
  });

  it('on the day of the first treaty, something is in force: Sakhalin, open to both', () => {
    const text = summaryText(atlas, d(1855, 2, 7));
    expect(text).toMatch(/^In force on 7 February 1855: Sakhalin, open to both\./);
    expect(text).toContain('Current event: Treaty of Shimoda (7 February 1855).');
  });

  it('never lists two zones by one name on a day (the text atlas and the summary key zones by name)', () => {
    for (let day = atlas.period.start; day < atlas.period.end; day += 30) {
      const { certain, possible } = zonesInForce(atlas, day);
      expect(new Set([...certain, ...possible]).size, String(day)).toBe(certain.length + possible.length);
    }
  });

  it('names zones by the name they had that day', () => {
    expect(summaryText(atlas, d(1945, 12, 1))).toContain('Soviet occupation of South Sakhalin');
    expect(summaryText(atlas, d(1950, 6, 1))).toContain('South Sakhalin, annexed by the USSR');
    expect(summaryText(atlas, d(1950, 6, 1))).not.toContain('Soviet occupation of South Sakhalin');
  });

  it('writes event dates at their precision', () => {
    expect(eventDate(event('kawakami-ioffe-talks'))).toBe('28 June – 24 July 1923');
    expect(eventDate(event('fishery-agreement'))).toBe('21 May 1923');
    expect(eventDate(event('agent-exchange-proposed'))).toBe('about March 1923');
  });

  it('writes validities, with uncertain ends as spans', () => {
    // Karafuto ended as Soviet troops advanced, from 11 to 25 August 1945: an uncertain end.
    expect(validityText(zone('karafuto'))).toBe('5 September 1905 – 11–25 August 1945 (uncertain)');
    expect(validityText(zone('north-sakhalin-occupation'))).toBe('21 April – 3 July 1920 (uncertain) – 15 May 1925');
    expect(validityText(zone('intervention-amur'))).toBe('September 1918 – February 1920');
    expect(validityText(zone('soviet-kurils'))).toMatch(/^from 18 August – 1 September 1945/);
  });

  it('cites the article with its footnoted source', () => {
    const c = event('fishery-agreement').citations[0]!;
    expect(citationText(c, atlas.sources)).toBe('Ismailov ¶22, n. 14 (Lensen 1970, p. 113)');
    expect(citationText({ source: 'facts' }, atlas.sources)).toBe('Atlas fact sheet');
  });
});
