// `npm run bench -- --readme` writes the run's summary tables into README.md, each between a pair
// of markers, so that the README shows the last run's figures instead of a hand copy that goes
// stale. Pure text in, text out: tests/bench/readme.test.ts checks it.

/** `<!-- bench:name -->` … `<!-- /bench:name -->`: the generated lines go between them. */
export function markers(name: string): { start: string; end: string } {
  return { start: `<!-- bench:${name} -->`, end: `<!-- /bench:${name} -->` };
}

/**
 * `text` with the lines between the markers of `name` replaced by `lines`. Throws, naming the
 * block, when a marker is missing, repeated or out of order: a README edited by hand must not lose
 * its prose to a misplaced marker.
 */
export function replaceBlock(text: string, name: string, lines: readonly string[]): string {
  const { start, end } = markers(name);
  const count = (marker: string) => text.split(marker).length - 1;
  for (const marker of [start, end]) {
    const n = count(marker);
    if (n !== 1) throw new Error(`README.md: expected one ${marker}, found ${n}`);
  }
  const from = text.indexOf(start) + start.length;
  const to = text.indexOf(end);
  if (to < from) throw new Error(`README.md: ${end} comes before ${start}`);
  return `${text.slice(0, from)}\n${lines.join('\n')}\n${text.slice(to)}`;
}
