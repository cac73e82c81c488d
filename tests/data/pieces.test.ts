// Dissolving pieces that share their edges (src/lib/data/pieces.ts), on squares written here.
import type { MultiPolygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { dissolve } from '../../src/lib/data/pieces.ts';

const square = (x: number, y: number, size = 1): MultiPolygon => ({
  type: 'MultiPolygon',
  coordinates: [
    [
      [
        [x, y],
        [x + size, y],
        [x + size, y + size],
        [x, y + size],
        [x, y],
      ],
    ],
  ],
});

describe('dissolving pieces that share their edges', () => {
  it('two squares side by side become one ring, without the edge they shared', () => {
    const out = dissolve([square(0, 0), square(1, 0)]);
    expect(out.coordinates).toHaveLength(1);
    const ring = out.coordinates[0]![0]!;
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    expect(ring.some(([x, y]) => x === 1 && y === 0.5)).toBe(false);
    expect(new Set(ring.map((p) => p.join()))).toEqual(new Set(['0,0', '1,0', '2,0', '2,1', '1,1', '0,1']));
  });

  it('a ring of eight squares around a ninth-sized gap keeps the gap as a hole', () => {
    const around = [0, 1, 2].flatMap((x) => [0, 1, 2].map((y) => [x, y] as const)).filter(([x, y]) => x !== 1 || y !== 1);
    const out = dissolve(around.map(([x, y]) => square(x, y)));
    expect(out.coordinates).toHaveLength(1);
    expect(out.coordinates[0]).toHaveLength(2);
  });

  it('pieces apart stay apart', () => {
    expect(dissolve([square(0, 0), square(5, 5)]).coordinates).toHaveLength(2);
  });
});
