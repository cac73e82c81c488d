// Which place a click or a tap means: the dot under it, else the name under it, else the nearest
// dot within reach, and none when two are about as near.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MOUSE_REACH, ON_DOT, TOUCH_REACH, pickPlace } from '../../src/lib/map/pick.ts';

const touch = { reach: TOUCH_REACH };

describe('picking the place meant', () => {
  it('takes the dot under a tap, whatever label or dot lies in the same box (the Nikolaevsk tap that opened Okha)', () => {
    const dots = [
      { id: 'okha', x: 118, y: 84 },
      { id: 'nikolaevsk', x: 100, y: 100 },
    ];
    expect(pickPlace({ x: 101, y: 99 }, dots, ['okha'], touch)).toBe('nikolaevsk');
  });

  it('counts a label as its place', () => {
    expect(pickPlace({ x: 160, y: 100 }, [{ id: 'vladivostok', x: 100, y: 100 }], ['vladivostok'], touch)).toBe('vladivostok');
    // On the name of one place, near the dot of another: the name wins.
    expect(pickPlace({ x: 130, y: 100 }, [{ id: 'b', x: 140, y: 100 }], ['a'], touch)).toBe('a');
  });

  it('takes the nearest dot within reach when it is clearly the nearest', () => {
    const dots = [
      { id: 'a', x: 100, y: 100 },
      { id: 'b', x: 140, y: 100 },
    ];
    expect(pickPlace({ x: 110, y: 100 }, dots, [], touch)).toBe('a');
    expect(pickPlace({ x: 100, y: 100 + TOUCH_REACH + 1 }, dots, [], touch)).toBeNull();
    expect(pickPlace({ x: 110, y: 100 }, dots, [], { reach: MOUSE_REACH })).toBeNull();
  });

  it('opens neither of two places a tap falls between', () => {
    const dots = [
      { id: 'a', x: 100, y: 100 },
      { id: 'b', x: 120, y: 100 },
    ];
    expect(pickPlace({ x: 110, y: 100 }, dots, [], touch)).toBeNull();
    expect(pickPlace({ x: 108, y: 100 }, dots, [], touch)).toBeNull();
  });

  it('never picks a place farther than another, nor one out of reach, nor an ambiguous one', () => {
    const point = fc.record({ x: fc.integer({ min: 0, max: 200 }), y: fc.integer({ min: 0, max: 200 }) });
    fc.assert(
      fc.property(point, fc.array(point, { maxLength: 6 }), (pointer, spots) => {
        const dots = spots.map((p, i) => ({ id: `p${i}`, ...p }));
        const picked = pickPlace(pointer, dots, [], touch);
        if (picked === null) return;
        const d = (id: string) => Math.hypot(dots.find((p) => p.id === id)!.x - pointer.x, dots.find((p) => p.id === id)!.y - pointer.y);
        const others = dots.filter((p) => p.id !== picked).map((p) => d(p.id));
        expect(d(picked)).toBeLessThanOrEqual(TOUCH_REACH);
        for (const other of others) {
          expect(d(picked)).toBeLessThanOrEqual(other);
          if (d(picked) > ON_DOT && other <= TOUCH_REACH) expect(other).toBeGreaterThanOrEqual(2 * d(picked));
        }
      }),
      { seed: 19, numRuns: 300 },
    );
  });
});
