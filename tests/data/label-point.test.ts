import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { labelPoint } from '../../src/lib/data/label-point.ts';

const ring = (points: [number, number][]): Polygon => ({ type: 'Polygon', coordinates: [[...points, points[0]!]] });

describe("a zone's label point", () => {
  it('is the centre of a convex shape', () => {
    const { lon, lat, room } = labelPoint(
      ring([
        [0, 0],
        [4, 0],
        [4, 2],
        [0, 2],
      ]),
    )!;
    // Any point of the middle line is as far from the long edges.
    expect(lon).toBeGreaterThanOrEqual(1);
    expect(lon).toBeLessThanOrEqual(3);
    expect(lat).toBeCloseTo(1, 1);
    expect(room).toBeGreaterThan(0.8);
  });

  it('lies inside a shape whose centroid does not (a C)', () => {
    const c = ring([
      [0, 0],
      [10, 0],
      [10, 2],
      [2, 2],
      [2, 8],
      [10, 8],
      [10, 10],
      [0, 10],
    ]);
    const { lon, lat } = labelPoint(c)!;
    // In one of the C's three bars, not in its mouth.
    expect(lon).toBeGreaterThan(0);
    expect(lon).toBeLessThan(10);
    expect(lat).toBeGreaterThan(0);
    expect(lat).toBeLessThan(10);
    expect(lon < 2 || lat < 2 || lat > 8).toBe(true);
  });

  it('goes in the largest part of a zone made of several (a peninsula and its islands)', () => {
    const { lon } = labelPoint({
      type: 'MultiPolygon',
      coordinates: [
        ring([
          [0, 0],
          [1, 0],
          [1, 1],
        ]).coordinates,
        ring([
          [10, 0],
          [20, 0],
          [20, 10],
          [10, 10],
        ]).coordinates,
      ],
    })!;
    expect(lon).toBeCloseTo(15, 0);
  });

  it('keeps clear of a place at the shape’s heart, and stays inside', () => {
    const square = ring([
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
    ]);
    const centre = labelPoint(square)!;
    expect(centre.lon).toBeCloseTo(5, 0);
    expect(centre.lat).toBeCloseTo(5, 0);
    const moved = labelPoint(square, [[5, 5]])!;
    const k = Math.cos((5 * Math.PI) / 180);
    expect(Math.hypot((moved.lon - 5) * k, moved.lat - 5)).toBeGreaterThanOrEqual((moved.room * k) / 2);
    expect(moved.room).toBeGreaterThan(centre.room / 2);
    expect(moved.lon > 0 && moved.lon < 10 && moved.lat > 0 && moved.lat < 10).toBe(true);
    // A place outside the shape changes nothing.
    expect(labelPoint(square, [[20, 20]])).toEqual(centre);
  });
});
