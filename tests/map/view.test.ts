import { describe, expect, it } from 'vitest';
import { cameraForPlace } from '../../src/lib/map/view.ts';

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
