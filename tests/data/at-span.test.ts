// A span of days on the fixture atlas: what was in force at any time in it and for how much of it,
// which events happened in it, how places glow, and the words for it; and how a span is typed.
import { describe, expect, it } from 'vitest';
import { atSpan, eventInSpan, eventsInSpan, spanCover, zoneChangeDays } from '../../src/lib/data/at-date.ts';
import { spanSummaryText, spanText, zonesInSpan } from '../../src/lib/data/describe.ts';
import { dayFromParts } from '../../src/lib/time/days.ts';
import { parseAtlasSpan } from '../../src/lib/time/period.ts';
import { fixtureAtlas as atlas } from '../fixtures/atlas.ts';
import { finders } from '../helpers/find.ts';

const d = dayFromParts;
const { zone, event } = finders(atlas);

describe('a zone over a span', () => {
  it('is in force throughout, for a share of it, or not at all', () => {
    // The colony: 17 November 1905 to 14 August 1945 (226 days of 1945–46's 730: 0.31).
    expect(spanCover(zone('colony'), d(1910, 1, 1), d(1920, 12, 31))).toEqual({ on: 2, share: 1, cover: 1 });
    expect(spanCover(zone('colony'), d(1945, 1, 1), d(1946, 12, 31))).toEqual({ on: 2, share: 226 / 730, cover: 0.3 });
    expect(spanCover(zone('colony'), d(1946, 1, 1), d(1950, 12, 31))).toEqual({ on: 0, share: 0, cover: 0 });
    expect(spanCover(zone('colony'), d(1900, 1, 1), d(1905, 11, 16))).toEqual({ on: 0, share: 0, cover: 0 });
    // Its first day alone is in force.
    expect(spanCover(zone('colony'), d(1900, 1, 1), d(1905, 11, 17)).on).toBe(2);
  });

  it('a disputed start counts as possibly in force where only its candidate days fall in the span', () => {
    // The occupation starts between 21 April and 3 July 1920.
    expect(spanCover(zone('occupation'), d(1920, 1, 1), d(1920, 5, 31))).toMatchObject({ on: 1, cover: 0.25 });
    expect(spanCover(zone('occupation'), d(1920, 1, 1), d(1920, 12, 31)).on).toBe(2);
  });

  it("the map's share never rounds to nothing, nor to the whole when a day is missing", () => {
    expect(spanCover(zone('colony'), d(1855, 1, 1), d(1905, 11, 17)).cover).toBe(0.05);
    expect(spanCover(zone('colony'), d(1905, 11, 16), d(1945, 8, 14)).cover).toBe(0.95);
  });
});

describe('events in a span', () => {
  it('are those that happened at any time in it, lasting ones included', () => {
    const talks = event('talks'); // 28 June to 24 July 1923
    expect(eventInSpan(talks, d(1923, 7, 24), d(1923, 8, 1))).toBe(true);
    expect(eventInSpan(talks, d(1923, 7, 25), d(1923, 8, 1))).toBe(false);
    expect(eventInSpan(talks, d(1923, 1, 1), d(1923, 6, 28))).toBe(true);
    const ids = (from: number, to: number) => eventsInSpan(atlas.events, from, to).map((i) => atlas.events[i]!.id);
    expect(ids(d(1923, 1, 1), d(1923, 12, 31))).toEqual(['plan', 'agreement', 'talks']);
    expect(ids(d(1930, 1, 1), d(1940, 12, 31))).toEqual([]);
  });
});

describe('what the map draws for a span', () => {
  it('every zone in force at any time in it, its share, the brightest glow, and no one current event', () => {
    const view = atSpan(atlas, d(1920, 1, 1), d(1923, 6, 1));
    expect(view.zones.get('colony')).toBe(2);
    expect(view.cover.get('colony')).toBe(1);
    expect(view.zones.get('occupation')).toBe(2);
    expect(view.cover.get('occupation')).toBeLessThan(1);
    expect(view.zones.get('sphere')).toBe(0);
    expect(view.cover.has('sphere')).toBe(false);
    expect(view.current).toBeNull();
    expect(view.events.map((i) => atlas.events[i]!.id)).toEqual(['plan', 'agreement']);
    // North Port's agreement is inside the span: full glow. The founding (1900) glowed out long before.
    expect(view.glow.get('north-port')).toBe(1);
    expect(view.glow.get('faraway')).toBe(0);
  });

  it('a place glows as brightly as it did on the best day of the span, fading after the event', () => {
    // The talks end on 24 July 1923; half a year later, a span that starts then sees about half the glow.
    const glow = atSpan(atlas, d(1924, 1, 24), d(1924, 6, 1)).glow.get('old-capital')!;
    expect(glow).toBeGreaterThan(0.4);
    expect(glow).toBeLessThan(0.6);
  });

  it('a railway reads as being built only when it was being built all the while it stood in the span', () => {
    const railway = (from: number, to: number) => atSpan(atlas, from, to).lines.get('railway');
    expect(railway(d(1898, 1, 1), d(1899, 1, 1))).toBe(3);
    expect(railway(d(1898, 1, 1), d(1905, 1, 1))).toBe(2);
    expect(railway(d(1880, 1, 1), d(1890, 1, 1))).toBe(0);
  });
});

describe('changes of zones, for the density behind the track', () => {
  it("are each zone's first day and its first day out of force; a region never changes", () => {
    expect(zoneChangeDays(atlas).sort((a, b) => a - b)).toEqual(
      [d(1905, 11, 17), d(1945, 8, 15), d(1920, 4, 21), d(1925, 5, 15), d(1907, 1, 1), d(1917, 1, 1)].sort((a, b) => a - b),
    );
  });
});

describe('a span in words', () => {
  it('names the span, the zones with their share, and the events', () => {
    expect(spanText(d(1918, 8, 2), d(1922, 10, 25))).toBe('2 August 1918 – 25 October 1922');
    const text = spanSummaryText(atlas, d(1920, 1, 1), d(1923, 6, 1));
    expect(text).toMatch(/^From 1 January 1920 to 1 June 1923\./);
    expect(text).toContain('In force throughout: The Colony.');
    expect(text).toMatch(/For part of the span: The Occupation \(\d+%\)\./);
    // One day short of the whole is 99%, not 100%.
    expect(spanSummaryText(atlas, d(1905, 11, 16), d(1945, 8, 14))).toContain('For part of the span: The Colony (99%)');
    expect(text).toContain('2 events: A plan of agents (about March 1923); Agreement at North Port (21 May 1923).');
    expect(spanSummaryText(atlas, d(1930, 1, 1), d(1940, 12, 31))).toContain('No events.');
  });

  it('lists certain zones before those only possibly in force, and leaves out regions', () => {
    const zones = zonesInSpan(atlas, d(1920, 1, 1), d(1920, 5, 31));
    expect(zones.map((z) => [z.name, z.on])).toEqual([
      ['The Colony', 2],
      ['The Occupation', 1],
    ]);
  });
});

describe('a span typed or linked', () => {
  it('reads START/END, its end the last day of what it names; one day alone is a date', () => {
    expect(parseAtlasSpan('1918-08-02/1922-10-25')).toEqual({ ok: true, day: d(1918, 8, 2), until: d(1922, 10, 25) });
    expect(parseAtlasSpan('1918/1922')).toEqual({ ok: true, day: d(1918, 1, 1), until: d(1922, 12, 31) });
    expect(parseAtlasSpan('1904-02/1905-09')).toEqual({ ok: true, day: d(1904, 2, 1), until: d(1905, 9, 30) });
    expect(parseAtlasSpan('1923-05-21')).toEqual({ ok: true, day: d(1923, 5, 21), until: null });
    expect(parseAtlasSpan('1923/1923')).toEqual({ ok: true, day: d(1923, 1, 1), until: d(1923, 12, 31) });
  });

  it('says what is wrong with a span that cannot be shown', () => {
    expect(parseAtlasSpan('1922/1918')).toEqual({ ok: false, error: 'The span ends before it starts' });
    expect(parseAtlasSpan('1918/..')).toMatchObject({ ok: false, error: /^End: / });
    expect(parseAtlasSpan('1800/1900')).toMatchObject({ ok: false, error: /^Start: Outside the atlas/ });
    expect(parseAtlasSpan('1918/1920/1922')).toMatchObject({ ok: false });
  });
});
