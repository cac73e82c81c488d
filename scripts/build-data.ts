// `npm run data`: check geodata/ and write public/data/. Exits non-zero with a one-line message
// (file: id: field: reason) when the data is broken, and then writes nothing.
import { fileURLToPath } from 'node:url';
import { buildAll, sizeReport, writeOutputs } from './data/build.ts';
import { DataError } from './data/errors.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const geodata = process.argv[2] ?? `${root}geodata`;
const out = process.argv[3] ?? `${root}public/data`;

try {
  const { atlas, files } = buildAll(geodata);
  writeOutputs(out, files);
  const counts = `${atlas.places.length} places, ${atlas.zones.length} zones, ${atlas.lines.length} lines, ${atlas.events.length} events, ${atlas.eras.length} eras, ${atlas.story.length} story steps`;
  console.log(`atlas data checked (${counts}) and written to ${out}\n${sizeReport(files)}`);
} catch (e) {
  if (e instanceof DataError) {
    console.error(`geodata error: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
