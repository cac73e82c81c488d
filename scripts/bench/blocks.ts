// `npm run bench -- --write` writes the run's summary tables into docs/performance.md, each between
// a pair of markers, so that the notebook shows the last run's figures instead of a hand copy that
// goes stale. Pure text in, text out: tests/bench/blocks.test.ts checks it.

/** `<!-- bench:name -->` … `<!-- /bench:name -->`: the generated lines go between them. */
export function markers(name: string): { start: string; end: string } {
  return { start: `<!-- bench:${name} -->`, end: `<!-- /bench:${name} -->` };
}

/** The file the blocks are written into, as error messages name it. */
export const PERFORMANCE_DOC = 'docs/performance.md';

/**
 * Where the block of `name` lies in `text`: the offsets just after its start marker and at its end
 * marker. Throws, naming the file and the block, when a marker is missing, repeated or out of order:
 * a notebook edited by hand must not lose its prose to a misplaced marker.
 */
export function findBlock(text: string, name: string, file = PERFORMANCE_DOC): { from: number; to: number } {
  const { start, end } = markers(name);
  const count = (marker: string) => text.split(marker).length - 1;
  for (const marker of [start, end]) {
    const n = count(marker);
    if (n !== 1) throw new Error(`${file}: expected one ${marker}, found ${n}`);
  }
  const from = text.indexOf(start) + start.length;
  const to = text.indexOf(end);
  if (to < from) throw new Error(`${file}: ${end} comes before ${start}`);
  return { from, to };
}

/** `text` with the lines between the markers of `name` replaced by `lines` (findBlock says where). */
export function replaceBlock(text: string, name: string, lines: readonly string[]): string {
  const { from, to } = findBlock(text, name);
  return `${text.slice(0, from)}\n${lines.join('\n')}\n${text.slice(to)}`;
}
