// Schemas of the hand-written geodata files (see geodata/README.md). Messages are written for the
// person editing the file: they end up after "file: id: field:" in the build's one-line error.
import * as v from 'valibot';

export const Id = v.pipe(
  v.string('must be a string'),
  v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id like "north-sakhalin"'),
);

export const Text = v.pipe(v.string('must be a string'), v.trim(), v.nonEmpty('must not be empty'));

export const Longitude = v.pipe(v.number('must be a number'), v.minValue(-180, 'longitude below -180'), v.maxValue(180, 'longitude above 180'));
export const Latitude = v.pipe(v.number('must be a number'), v.minValue(-90, 'latitude below -90'), v.maxValue(90, 'latitude above 90'));
export const LonLat = v.tuple([Longitude, Latitude], 'must be [longitude, latitude]');

export const Label = v.strictObject({
  id: Id,
  text: Text,
  kind: v.picklist(['region', 'sea'], 'must be "region" or "sea"'),
  at: LonLat,
  rank: v.picklist([1, 2, 3], 'must be 1, 2 or 3'),
});
export type Label = v.InferOutput<typeof Label>;
