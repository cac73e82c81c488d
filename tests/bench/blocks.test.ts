import { describe, expect, it } from 'vitest';
import { markers, replaceBlock } from '../../scripts/bench/blocks.ts';

const { start, end } = markers('budgets');
const notebook = ['# Title', '', 'Prose before.', start, '| old | table |', '|---|---|', end, '', 'Prose after.'].join('\n');

describe('replaceBlock', () => {
  it('replaces only what lies between the markers, keeping them and the prose around them', () => {
    const out = replaceBlock(notebook, 'budgets', ['| new | table |', '|---|---|', '| 1 | 2 |']);
    expect(out).toBe(['# Title', '', 'Prose before.', start, '| new | table |', '|---|---|', '| 1 | 2 |', end, '', 'Prose after.'].join('\n'));
  });

  it('gives the same text when run twice with the same lines', () => {
    const once = replaceBlock(notebook, 'budgets', ['a', 'b']);
    expect(replaceBlock(once, 'budgets', ['a', 'b'])).toBe(once);
  });

  it('leaves the other blocks alone', () => {
    const steps = markers('steps');
    const two = `${notebook}\n${steps.start}\nsteps table\n${steps.end}\n`;
    const out = replaceBlock(two, 'budgets', ['x']);
    expect(out).toContain(`${steps.start}\nsteps table\n${steps.end}`);
    expect(out).toContain(`${start}\nx\n${end}`);
  });

  it('refuses a notebook without the block, naming the file and the marker', () => {
    expect(() => replaceBlock('# Title\n', 'budgets', ['x'])).toThrow('docs/performance.md: expected one <!-- bench:budgets -->, found 0');
  });

  it('refuses a repeated marker', () => {
    expect(() => replaceBlock(`${notebook}\n${start}\n`, 'budgets', ['x'])).toThrow('expected one <!-- bench:budgets -->, found 2');
  });

  it('refuses markers out of order', () => {
    expect(() => replaceBlock(`${end}\n${start}\n`, 'budgets', ['x'])).toThrow(
      'docs/performance.md: <!-- /bench:budgets --> comes before <!-- bench:budgets -->',
    );
  });
});
