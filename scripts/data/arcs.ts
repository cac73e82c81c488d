// The 1923 plan for commercial agents as a network of great-circle arcs: Japanese agents would go
// from Tokyo to seven Soviet cities, Soviet officials from Moscow to five Japanese-ruled ports
// (article, paragraph 20). The arcs are derived from the places' `agentPlan` roles, so the plan is
// written down once, on the places.
import * as turf from '@turf/turf';
import type { LineString, MultiLineString } from 'geojson';
import type { AgentSide, Line, Place } from '../../src/lib/data/atlas.ts';
import { DataError } from './errors.ts';
import { roundCoordinates } from './land.ts';

/** The capital each side would send its people from. */
export const SENDERS: Record<AgentSide, string> = {
  'japanese-agent': 'tokyo',
  'soviet-official': 'moscow',
};

export function buildAgentArcs(places: Place[]): Line[] {
  const byId = new Map(places.map((p) => [p.id, p]));
  const arcs: Line[] = [];
  for (const place of places) {
    for (const role of place.roles) {
      if (!role.agentPlan) continue;
      const senderId = SENDERS[role.agentPlan];
      const sender = byId.get(senderId);
      if (!sender) throw new DataError('places.geojson', senderId, 'id', `the agent plan needs the place "${senderId}"`);
      const { start, end, possibleStart, certainStart, certainEnd, possibleEnd, citations } = role;
      const arc = turf.greatCircle([sender.lon, sender.lat], [place.lon, place.lat], { npoints: 48 }).geometry as LineString | MultiLineString;
      const side = role.agentPlan === 'japanese-agent' ? 'Japanese commercial agent' : 'Soviet official';
      arcs.push({
        id: `agent-plan-${place.id}`,
        names: { en: `${side} to ${place.names.en} (1923 plan)` },
        kind: 'agent-plan',
        start,
        ...(end !== undefined ? { end } : {}),
        possibleStart,
        certainStart,
        certainEnd,
        possibleEnd,
        phases: [],
        geometry: { ...arc, coordinates: roundCoordinates(arc.coordinates, 5) } as LineString | MultiLineString,
        agentPlan: { side: role.agentPlan, from: sender.id, to: place.id },
        citations,
        notes: [],
      });
    }
  }
  return arcs;
}
