import * as turf from '@turf/turf';
import { describe, expect, it } from 'vitest';
import type { LineString } from 'geojson';
import { SENDERS } from '../../scripts/data/arcs.ts';
import { builtAtlas } from '../helpers/atlas.ts';

const atlas = builtAtlas();
const place = (id: string) => atlas.places.find((p) => p.id === id)!;
const arcs = atlas.lines.filter((l) => l.kind === 'agent-plan');

describe('the 1923 agent plan as great-circle arcs', () => {
  it('one arc per city, from the capital that would send its people', () => {
    expect(arcs).toHaveLength(12);
    for (const arc of arcs) {
      const { side, from, to } = arc.agentPlan!;
      expect(from).toBe(SENDERS[side]);
      const coords = turf.coordAll(turf.feature(arc.geometry));
      expect(coords[0]).toEqual([place(from).lon, place(from).lat]);
      expect(coords.at(-1)).toEqual([place(to).lon, place(to).lat]);
    }
  });

  it('follows the great circle: every point lies on the shortest path', () => {
    const arc = arcs.find((a) => a.agentPlan!.to === 'yokohama')!;
    const coords = (arc.geometry as LineString).coordinates;
    const total = turf.distance(coords[0]!, coords.at(-1)!);
    for (const p of coords) {
      expect(turf.distance(coords[0]!, p) + turf.distance(p, coords.at(-1)!)).toBeCloseTo(total, 0);
    }
    // Moscow to Yokohama bends far north of the straight line on the map, over Siberia.
    expect(Math.max(...coords.map(([, lat]) => lat!))).toBeGreaterThan(60);
  });

  it('appears from the plan’s date, cited to the article', () => {
    for (const arc of arcs) {
      expect(arc.start).toBe('1923-03~');
      expect(arc.citations.some((c) => c.source === 'ismailov' && c.paragraph === 20)).toBe(true);
    }
  });
});
