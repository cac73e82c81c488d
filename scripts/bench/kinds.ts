/** The kinds of feature the atlas draws, each in layers of its own (`?atlas=<kind>` on the map-alone page). */
export const ATLAS_KINDS = ['zones', 'lines', 'places', 'labels'] as const;
export type AtlasKind = (typeof ATLAS_KINDS)[number];
