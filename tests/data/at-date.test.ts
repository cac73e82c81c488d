// What the atlas shows on a day, and how it says it, on the fixture atlas: in force certainly,
// possibly or not; a railway being built; the glow of events; the current event; the words.
import { describe, expect, it } from 'vitest';
import { GLOW_DAYS, atDate, currentEventIndex, eventGlow, happening, lineState, zoneState } from '../../src/lib/data/at-date.ts';
import { citationText, eventDate, summaryText, validityText } from '../../src/lib/data/describe.ts';
import { dayFromParts } from '../../src/lib/time/days.ts';
import { finders } from '../helpers/find.ts';
import { fixtureAtlas as atlas } from '../fixtures/atlas.ts';

const d = dayFromParts;
const { zone, line, event } = finders(atlas);

describe('zones and lines on a day', () => {
  it('a disputed start is possibly in force between its candidate days, certainly after, and not on its end day', () => {
    const z = zone('occupation');
    expect(zoneState(z, d(1920, 4, 20))).toBe(0);
    expect(zoneState(z, d(1920, 4, 21))).toBe(1);
    expect(zoneState(z, d(1920, 7, 2))).toBe(1);
    expect(zoneState(z, d(1920, 7, 3))).toBe(2);
    expect(zoneState(z, d(1925, 5, 14))).toBe(2);
    expect(zoneState(z, d(1925, 5, 15))).toBe(0);
  });

  it('a railway is drawn as being built during its construction phase, solid after', () => {
    expect(lineState(line('railway'), d(1896, 12, 31))).toBe(0);
    expect(lineState(line('railway'), d(1900, 6, 1))).toBe(3);
    expect(lineState(line('railway'), d(1903, 7, 14))).toBe(2);
  });

  it('an approximate month is possibly in force during it', () => {
    expect(lineState(line('arc'), d(1923, 2, 28))).toBe(0);
    expect(lineState(line('arc'), d(1923, 3, 15))).toBe(1);
    expect(lineState(line('arc'), d(1923, 5, 21))).toBe(2);
  });
});

describe('event glow and the current event', () => {
  it('glows fully while an event lasts, then fades to nothing over a year, in steps', () => {
    const talks = event('talks');
    expect(eventGlow(talks, talks.start - 1)).toBe(0);
    expect(eventGlow(talks, talks.start)).toBe(1);
    expect(eventGlow(talks, talks.end! - 1)).toBe(1);
    const half = eventGlow(talks, talks.end! - 1 + GLOW_DAYS / 2);
    expect(half).toBeGreaterThan(0.4);
    expect(half).toBeLessThan(0.6);
    expect(eventGlow(talks, talks.end! - 1 + GLOW_DAYS)).toBe(0);
    // Rounded to twentieths, so that most date steps change no glow at all.
    expect(eventGlow(talks, talks.end! + 10) * 20).toBe(Math.round(eventGlow(talks, talks.end! + 10) * 20));
  });

  it('the current event is the one under way, else the latest within a year; none before the first or between', () => {
    expect(atlas.events[currentEventIndex(atlas.events, d(1923, 5, 21))]!.id).toBe('agreement');
    expect(atlas.events[currentEventIndex(atlas.events, d(1923, 5, 20))]!.id).toBe('plan');
    expect(currentEventIndex(atlas.events, d(1855, 1, 1))).toBe(-1);
    expect(atlas.events[currentEventIndex(atlas.events, d(1956, 12, 31))]!.id).toBe('last');
    // Under way: the talks, while they last, though the plan started earlier.
    expect(happening(atlas.events, d(1923, 7, 1))).toMatchObject({ index: 4, kind: 'under-way' });
    // Recent: the talks, ended within a year.
    expect(happening(atlas.events, d(1924, 3, 1))).toMatchObject({ index: 4, kind: 'recent' });
    // Fifteen years after the treaty, between it and the plan.
    expect(happening(atlas.events, d(1920, 5, 1))).toEqual({ index: -1, kind: 'between', previous: 1, next: 2 });
    expect(happening(atlas.events, d(1890, 1, 1))).toEqual({ index: -1, kind: 'between', previous: -1, next: 0 });
  });

  it('a long event (a mission of decades) is a moment at its start: it neither glows nor stays current for its whole length', () => {
    const mission = { ...atlas.events[0]!, id: 'mission', start: d(1892, 1, 1), end: d(1915, 1, 1) };
    const treaty = { ...atlas.events[1]!, start: d(1905, 9, 5), end: d(1905, 9, 6) };
    expect(eventGlow(mission, d(1892, 1, 1))).toBe(1);
    expect(eventGlow(mission, d(1905, 9, 5))).toBe(0);
    expect(happening([mission, treaty], d(1905, 9, 5))).toMatchObject({ index: 1, kind: 'under-way' });
    expect(happening([mission, treaty], d(1900, 1, 1))).toMatchObject({ index: -1, kind: 'between' });
    expect(happening([mission, treaty], d(1892, 6, 1))).toMatchObject({ index: 0, kind: 'recent' });
  });

  it('a day holds what the map needs: every zone and line, the glow of every place, the current event', () => {
    const view = atDate(atlas, d(1923, 5, 21));
    expect(view.zones.size).toBe(atlas.zones.length);
    expect(view.lines.size).toBe(atlas.lines.length);
    expect(view.zones.get('occupation')).toBe(2);
    expect(view.glow.get('north-port')).toBe(1);
    expect(view.glow.get('faraway')).toBe(0);
    // The plan (March) still glows at the Old Capital, fading.
    expect(view.glow.get('old-capital')).toBeGreaterThan(0);
    expect(view.glow.get('old-capital')).toBeLessThan(1);
    expect(view.current?.id).toBe('agreement');
  });
});

describe('the atlas in words', () => {
  it('summarises a day: zones in force (not regions), those possibly in force, and the current event', () => {
    expect(summaryText(atlas, d(1920, 5, 1))).toBe(
      'In force on 1 May 1920: The Colony; The Occupation (possibly: dates uncertain). Between events: the last, Treaty at the Old Capital (5 September 1905); the next, A plan of agents (about March 1923).',
    );
    expect(summaryText(atlas, d(1890, 1, 1))).toBe('Nothing in force on 1 January 1890. Between events: the next, North Port founded (1 June 1900).');
    expect(summaryText(atlas, d(1923, 5, 21))).toMatch(/Current event: Agreement at North Port \(21 May 1923\)\.$/);
  });

  it('writes event dates at their precision', () => {
    expect(eventDate(event('talks'))).toBe('28 June – 24 July 1923');
    expect(eventDate(event('agreement'))).toBe('21 May 1923');
    expect(eventDate(event('plan'))).toBe('about March 1923');
  });

  it('writes validities, with uncertain ends as spans', () => {
    expect(validityText(zone('colony'))).toBe('17 November 1905 – 15 August 1945');
    expect(validityText(zone('occupation'))).toBe('21 April – 3 July 1920 (uncertain) – 15 May 1925');
    expect(validityText(zone('sphere'))).toBe('1907 – 1917');
    expect(validityText(zone('region'))).toBe('from 1855');
  });

  it('cites the article with its footnoted source, and other works by name', () => {
    expect(citationText({ source: 'author', paragraph: 2, footnote: 3, cites: 'book', page: '12' }, atlas.sources)).toBe(
      'Author ¶2, n. 3 (Writer 1970, p. 12)',
    );
    expect(citationText({ source: 'author', paragraph: 1 }, atlas.sources)).toBe('Author ¶1');
    expect(citationText({ source: 'gazetteer', page: '4' }, atlas.sources)).toBe('Gazetteer, p. 4');
    expect(citationText({ source: 'unknown' }, atlas.sources)).toBe('unknown');
  });
});
