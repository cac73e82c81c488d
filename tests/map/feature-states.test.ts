// The feature-state synchroniser against a fake map that records every call: it touches only what
// changed, so a date step that changes nothing costs no frame.
import { describe, expect, it } from 'vitest';
import { FeatureStates, type FeatureStateTarget } from '../../src/lib/map/feature-states.ts';
import { SOURCES } from '../../src/lib/map/sources.ts';

function fakeMap(): FeatureStateTarget & { calls: string[] } {
  const calls: string[] = [];
  return { calls, setFeatureState: (f, state) => void calls.push(`${f.source} ${f.id} ${JSON.stringify(state)}`) };
}

describe('FeatureStates', () => {
  it('sets only what is not off the first time, then only what changed', () => {
    const map = fakeMap();
    const states = new FeatureStates(map);
    states.update(
      SOURCES.zones,
      'on',
      new Map([
        ['a', 2],
        ['b', 0],
        ['c', 1],
      ]),
      0,
    );
    expect(map.calls).toEqual(['atlas-zones a {"on":2}', 'atlas-zones c {"on":1}']);
    map.calls.length = 0;
    states.update(
      SOURCES.zones,
      'on',
      new Map([
        ['a', 2],
        ['b', 0],
        ['c', 1],
      ]),
      0,
    );
    expect(map.calls).toEqual([]);
    states.update(
      SOURCES.zones,
      'on',
      new Map([
        ['a', 0],
        ['b', 2],
        ['c', 1],
      ]),
      0,
    );
    expect(map.calls).toEqual(['atlas-zones b {"on":2}', 'atlas-zones a {"on":0}']);
  });

  it('resets a feature left out of the next values to off', () => {
    const map = fakeMap();
    const states = new FeatureStates(map);
    states.update(SOURCES.places, 'glow', new Map([['x', 0.5]]), 0);
    map.calls.length = 0;
    states.update(SOURCES.places, 'glow', new Map(), 0);
    expect(map.calls).toEqual(['atlas-places x {"glow":0}']);
  });

  it('keeps each source and key apart: the lines’ `on` does not clear the zones’', () => {
    const map = fakeMap();
    const states = new FeatureStates(map);
    states.update(SOURCES.zones, 'on', new Map([['a', 2]]), 0);
    states.update(SOURCES.lines, 'on', new Map([['r', 3]]), 0);
    states.update(SOURCES.zones, 'cmp', new Map([['a', 1]]), 0);
    expect(map.calls).toEqual(['atlas-zones a {"on":2}', 'atlas-lines r {"on":3}', 'atlas-zones a {"cmp":1}']);
  });

  it('flags exactly the places and zones listed, in their own sources', () => {
    const map = fakeMap();
    const states = new FeatureStates(map);
    states.flag('story', [
      { kind: 'place', id: 'p' },
      { kind: 'zone', id: 'z' },
    ]);
    expect(map.calls).toEqual(['atlas-places p {"story":true}', 'atlas-zones z {"story":true}']);
    map.calls.length = 0;
    states.flag('story', [{ kind: 'zone', id: 'z' }]);
    expect(map.calls).toEqual(['atlas-places p {"story":false}']);
    map.calls.length = 0;
    states.flag('selected', [{ kind: 'zone', id: 'z' }]);
    states.flag('selected', [{ kind: 'zone', id: 'z' }]);
    expect(map.calls).toEqual(['atlas-zones z {"selected":true}']);
  });

  it('forgets what it set when the sources are added anew', () => {
    const map = fakeMap();
    const states = new FeatureStates(map);
    states.update(SOURCES.zones, 'on', new Map([['a', 2]]), 0);
    states.reset();
    states.update(SOURCES.zones, 'on', new Map([['a', 2]]), 0);
    expect(map.calls).toEqual(['atlas-zones a {"on":2}', 'atlas-zones a {"on":2}']);
  });
});
