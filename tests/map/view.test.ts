import { describe, expect, it } from 'vitest';
import { boundsOf, cameraForPlace, clearOf, edgePointer, insetsDiffer, mapCentre, revealDelta, visibleRect } from '../../src/lib/map/view.ts';

describe('the camera for a place', () => {
  it('comes in to at least zoom 5 around a place of the Far East, keeping a closer zoom', () => {
    expect(cameraForPlace({ lon: 131.9, lat: 43.1 }, 3)).toEqual({ center: [131.9, 43.1], zoom: 5 });
    expect(cameraForPlace({ lon: 131.9, lat: 43.1 }, 7.5)).toEqual({ center: [131.9, 43.1], zoom: 7.5 });
    expect(cameraForPlace({ lon: 131.9, lat: 43.1 }, null).zoom).toBe(5);
  });

  it('shows a place far from the Far East (Moscow, Geneva, Portsmouth) at a continental scale', () => {
    expect(cameraForPlace({ lon: 37.6, lat: 55.8 }, 6).zoom).toBe(2.5);
    expect(cameraForPlace({ lon: -70.8, lat: 43.1 }, 6).zoom).toBe(2.5);
    expect(cameraForPlace({ lon: 175, lat: 52 }, 6).zoom).toBe(2.5);
  });
});

describe('the box around a zone', () => {
  it('crosses the antimeridian for a shape that does (west greater than east)', () => {
    const chukotka = {
      type: 'Polygon' as const,
      coordinates: [
        [
          [160, 62],
          [179.9, 62],
          [179.9, 68],
          [160, 62],
        ],
        [
          [-179.9, 64],
          [-170, 64],
          [-170, 66],
          [-179.9, 64],
        ],
      ],
    };
    expect(boundsOf(chukotka)).toEqual([
      [160, 62],
      [-170, 68],
    ]);
  });

  it('holds every coordinate of a polygon or a multipolygon', () => {
    expect(
      boundsOf({
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [124, 33],
              [130, 33],
              [130, 43],
              [124, 33],
            ],
          ],
          [
            [
              [126, 32],
              [127, 32],
              [127, 33],
              [126, 32],
            ],
          ],
        ],
      }),
    ).toEqual([
      [124, 32],
      [130, 43],
    ]);
  });
});

describe('the part of the map left visible', () => {
  const size = { width: 1280, height: 690 };

  it('is the map less the panels, less a margin', () => {
    expect(visibleRect(size, { top: 0, right: 400, bottom: 0, left: 0 }, 24)).toEqual({ left: 24, top: 24, right: 856, bottom: 666 });
  });

  it('is what the sheet leaves above it on a phone, whatever the size of the sheet', () => {
    expect(visibleRect({ width: 390, height: 661 }, { top: 58, right: 0, bottom: 331, left: 0 }, 24)).toEqual({ left: 24, top: 82, right: 366, bottom: 306 });
  });

  it('keeps less of a margin where there is no room for all of it', () => {
    const rect = visibleRect({ width: 390, height: 400 }, { top: 180, right: 0, bottom: 190, left: 0 }, 24);
    expect(rect.top).toBeGreaterThanOrEqual(180);
    expect(rect.bottom).toBeLessThanOrEqual(210);
    expect(rect.bottom).toBeGreaterThan(rect.top);
  });

  it('says how far a point must move to come inside, and zero when it is', () => {
    const rect = visibleRect(size, { top: 0, right: 400, bottom: 0, left: 0 }, 24);
    expect(revealDelta({ x: 1000, y: 300 }, rect)).toEqual({ x: -144, y: 0 });
    expect(revealDelta({ x: 10, y: 680 }, rect)).toEqual({ x: 14, y: -14 });
    expect(revealDelta({ x: 500, y: 300 }, rect)).toEqual({ x: 0, y: 0 });
  });

  it('tells a sheet that moved from one that grew by a line of text', () => {
    const a = { top: 50, right: 0, bottom: 300, left: 0 };
    expect(insetsDiffer(a, { ...a, bottom: 302 })).toBe(false);
    expect(insetsDiffer(a, { ...a, bottom: 340 })).toBe(true);
  });
});

describe('a marker at the edge for a place beyond it', () => {
  const rect = { left: 0, top: 100, right: 800, bottom: 500 };

  it('is not there when the place can be seen', () => {
    expect(edgePointer({ x: 400, y: 300 }, rect)).toBeNull();
    expect(edgePointer({ x: 800, y: 500 }, rect)).toBeNull();
  });

  it('sits on the edge the line from the middle crosses, pointing at the place', () => {
    expect(edgePointer({ x: 1200, y: 300 }, rect)).toEqual({ x: 800, y: 300, angle: 0, side: 'right' });
    expect(edgePointer({ x: 400, y: -300 }, rect)).toEqual({ x: 400, y: 100, angle: -90, side: 'top' });
    expect(edgePointer({ x: -400, y: 300 }, rect)).toEqual({ x: 0, y: 300, angle: 180, side: 'left' });
    // Twice as far down as right: the bottom edge, halfway from the middle of it to the corner.
    const below = edgePointer({ x: 600, y: 700 }, rect)!;
    expect(below.x).toBeCloseTo(500);
    expect(below.y).toBeCloseTo(500);
    expect(below.side).toBe('bottom');
    expect(below.angle).toBeCloseTo((Math.atan2(400, 200) * 180) / Math.PI);
  });

  it('stays on the rectangle for any point outside it', () => {
    for (const [x, y] of [
      [-1e6, -1e6],
      [1e6, 3],
      [5, 1e6],
      [801, 99],
      [-0.5, 501],
    ] as const) {
      const p = edgePointer({ x, y }, rect)!;
      expect(p.x).toBeGreaterThanOrEqual(rect.left - 1e-9);
      expect(p.x).toBeLessThanOrEqual(rect.right + 1e-9);
      expect(p.y).toBeGreaterThanOrEqual(rect.top - 1e-9);
      expect(p.y).toBeLessThanOrEqual(rect.bottom + 1e-9);
      const onEdge = [p.x - rect.left, rect.right - p.x, p.y - rect.top, rect.bottom - p.y].some((d) => Math.abs(d) < 1e-6);
      expect(onEdge).toBe(true);
    }
  });

  it('is not there for a point the projection could not place', () => {
    expect(edgePointer({ x: NaN, y: 3 }, rect)).toBeNull();
  });
});

describe("the map's own centre for a camera meant for the visible part", () => {
  it('is the same with nothing over the map', () => {
    const [lon, lat] = mapCentre([131.9, 43.1], 5, { top: 0, right: 0, bottom: 0, left: 0 });
    expect(lon).toBeCloseTo(131.9, 9);
    expect(lat).toBeCloseTo(43.1, 9);
  });

  it('lies half a panel east of it with a panel on the right, half a sheet south with a sheet below', () => {
    // At zoom 5 the world is 512 × 32 pixels: 200 pixels are 360 × 200 / 16384 degrees of longitude.
    const [lon, lat] = mapCentre([131.9, 43.1], 5, { top: 0, right: 400, bottom: 0, left: 0 });
    expect(lon).toBeCloseTo(131.9 + (360 * 200) / 16384, 9);
    expect(lat).toBeCloseTo(43.1, 9);
    const [, south] = mapCentre([131.9, 43.1], 5, { top: 60, right: 0, bottom: 300, left: 0 });
    expect(south).toBeLessThan(43.1);
  });
});

describe('an edge marker clears the key', () => {
  const stage = { width: 1280, height: 680 };
  // The key at the bottom left, as on a wide screen.
  const key = { left: 10, top: 430, right: 412, bottom: 650 };

  it('stays where it is when it does not overlap the key', () => {
    const box = { left: 8, top: 200, right: 200, bottom: 236 };
    expect(clearOf(box, key, 'left', stage)).toEqual(box);
    expect(clearOf(box, null, 'left', stage)).toEqual(box);
  });

  it('moves up above the key on the left edge', () => {
    expect(clearOf({ left: 8, top: 500, right: 200, bottom: 536 }, key, 'left', stage)).toEqual({ left: 8, top: 386, right: 200, bottom: 422 });
  });

  it('moves right of the key on the bottom edge', () => {
    expect(clearOf({ left: 300, top: 636, right: 500, bottom: 672 }, key, 'bottom', stage)).toEqual({ left: 420, top: 636, right: 620, bottom: 672 });
  });

  it('stays put when no place along its edge clears the key', () => {
    const tall = { left: 0, top: 8, right: 400, bottom: 672 };
    const box = { left: 8, top: 300, right: 200, bottom: 336 };
    expect(clearOf(box, tall, 'left', stage)).toEqual(box);
  });
});
