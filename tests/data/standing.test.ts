// A zone's standing (standing.ts), on the fixture atlas and on phases written here: the phase in
// force on a day, the holders in law and in fact, the words, and the rule phases keep.
import { describe, expect, it } from 'vitest';
import { describeStanding, legacyKind, legacyPower, sequenceProblem, standingOn } from '../../src/lib/data/standing.ts';
import { dayFromParts, isoFromDay } from '../../src/lib/time/days.ts';
import { validity } from '../../src/lib/time/edtf.ts';
import { fixtureAtlas as atlas } from '../fixtures/atlas.ts';
import { finders } from '../helpers/find.ts';

const d = dayFromParts;
const { zone } = finders(atlas);
const holderOn = (z: Parameters<typeof standingOn>[0], day: number, view: 'fact' | 'law') => standingOn(z, day)?.phase[view] ?? null;
/** The zones in force on a day (of one layer), by id. */
const inForceOn = (day: number, layer?: string) => atlas.zones.filter((z) => (!layer || z.layer === layer) && standingOn(z, day)).map((z) => z.id);

describe('the standing on a day', () => {
  it('is the phase in force, with its holders in fact and in law', () => {
    expect(standingOn(zone('colony'), d(1908, 1, 1))).toMatchObject({ certain: true, phase: { status: 'protectorate', fact: 'japan', law: 'korea' } });
    expect(standingOn(zone('colony'), d(1930, 1, 1))).toMatchObject({ certain: true, phase: { status: 'colony', fact: 'japan', law: 'japan' } });
    expect(holderOn(zone('occupation'), d(1923, 1, 1), 'fact')).toBe('japan');
    expect(holderOn(zone('occupation'), d(1923, 1, 1), 'law')).toBe('soviet');
  });

  it('is uncertain where the dates are, and nothing outside them', () => {
    expect(standingOn(zone('occupation'), d(1920, 5, 1))).toMatchObject({ certain: false, phase: { status: 'occupation' } });
    expect(standingOn(zone('occupation'), d(1920, 4, 20))).toBeNull();
    expect(holderOn(zone('occupation'), d(1926, 1, 1), 'fact')).toBeNull();
  });

  it('is there for every zone in force, and for none other', () => {
    expect(inForceOn(d(1923, 1, 1)).sort()).toEqual(['colony', 'occupation', 'region']);
    expect(inForceOn(d(1923, 1, 1), 'state')).toEqual(['region']);
  });
});

describe('the standing in words', () => {
  it('says how and by whom, and whose it was in law where that differs', () => {
    expect(describeStanding({ status: 'occupation', fact: 'japan', law: 'soviet' })).toBe(
      'Japanese military occupation; in law, Soviet Russia (the USSR from 1922)',
    );
    expect(describeStanding({ status: 'joint', fact: 'russia', law: 'russia', sharedWith: ['japan'] })).toBe('Held jointly by the Russian Empire and Japan');
    expect(describeStanding({ status: 'disputed', fact: 'none', law: 'soviet' })).toBe(
      'Disputed, held by no one firmly; in law, Soviet Russia (the USSR from 1922)',
    );
    expect(describeStanding({ status: 'sovereign', fact: 'soviet', law: 'none' })).toBe('Soviet sovereign territory; in law, no one');
  });

  it('gives the current map one of its four colours and a kind; a state piece is a region', () => {
    expect(legacyPower('white')).toBe('russia');
    expect(legacyPower('usa')).toBe('china');
    expect(legacyKind('overlay', { status: 'railway-zone', fact: 'japan' })).toBe('leased');
    expect(legacyKind('overlay', { status: 'sovereign', fact: 'fer' })).toBe('republic');
    expect(legacyKind('overlay', { status: 'joint', fact: 'china' })).toBe('sphere');
    expect(legacyKind('state', { status: 'occupation', fact: 'japan' })).toBe('region');
  });
});

describe('the rule for phases', () => {
  const phase = (start: string, end?: string) => ({ start, ...(end ? { end } : {}), ...validity(start, end) });

  it('accepts phases that meet on a day, or over an uncertain boundary written the same on both sides', () => {
    expect(sequenceProblem([phase('1905-09-05', '1945-08-25'), phase('1945-08-25')], isoFromDay)).toBeNull();
    expect(sequenceProblem([phase('1855-01-01', '1920-04-21/1920-07-03'), phase('1920-04-21/1920-07-03', '1925-05-15')], isoFromDay)).toBeNull();
  });

  it('refuses an overlap, a gap, and an open end that is not the last', () => {
    expect(sequenceProblem([phase('1905', '1911'), phase('1910', '1920')], isoFromDay)).toMatchObject({
      index: 1,
      field: 'start',
      reason: expect.stringMatching(/^overlaps the previous phase/),
    });
    expect(sequenceProblem([phase('1905', '1910'), phase('1911', '1920')], isoFromDay)).toMatchObject({
      index: 1,
      field: 'start',
      reason: expect.stringMatching(/^leaves a gap/),
    });
    expect(sequenceProblem([phase('1905'), phase('1911', '1920')], isoFromDay)).toMatchObject({ index: 0, field: 'end' });
    // An uncertain boundary must be the same span on both sides: one side's day inside the other's span overlaps.
    expect(sequenceProblem([phase('1855-01-01', '1920-04-21/1920-07-03'), phase('1920-05-01', '1925-05-15')], isoFromDay)?.field).toBe('start');
  });
});
