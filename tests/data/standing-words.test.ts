// A phase of standing, and a zone's holders, in words in each language of the texts.
import { describe, expect, it } from 'vitest';
import type { Standing } from '../../src/lib/data/atlas.ts';
import { describeStanding } from '../../src/lib/data/standing.ts';
import { describeStandingIn, holdersIn } from '../../src/lib/data/standing-words.ts';

type Phase = Pick<Standing, 'status' | 'fact' | 'law' | 'sharedWith'>;
const occupied: Phase = { status: 'occupation', fact: 'japan', law: 'soviet' };
const joint: Phase = { status: 'joint', fact: 'russia', law: 'russia', sharedWith: ['japan'] };
const unheld: Phase = { status: 'disputed', fact: 'none', law: 'none' };

describe('a phase in words', () => {
  it('is the English sentence in English', () => {
    expect(describeStandingIn(occupied, 'en')).toBe(describeStanding(occupied));
  });

  it.each([
    ['ru', occupied, 'Военная оккупация (Япония); де-юре — Советская Россия (с 1922 г. СССР)'],
    ['ja', occupied, '日本の軍事占領（法的にはソビエト・ロシア（1922年からソ連））'],
    ['ru', joint, 'Совместное владение: Российская империя, Япония'],
    ['ja', joint, 'ロシア帝国・日本の共同領有'],
    ['ru', unheld, 'Спорная территория, без владельца'],
    ['ja', unheld, '係争地（実効支配者なし）'],
  ] as const satisfies readonly (readonly ['ru' | 'ja', Phase, string])[])('in %s: %s', (language, phase, words) => {
    expect(describeStandingIn(phase, language)).toBe(words);
  });
});

describe("a zone's holders in words", () => {
  const list = [{ fact: 'russia' }, { fact: 'japan' }, { fact: 'japan' }, { fact: 'none' }] as const;
  it.each([
    ['en', 'The Russian Empire, then Japan'],
    ['ru', 'Российская империя, затем Япония'],
    ['ja', 'ロシア帝国、のち日本'],
  ] as const)('in %s', (language, words) => {
    expect(holdersIn([...list], language)).toBe(words);
  });

  it('says no one when no one held it', () => {
    expect(holdersIn([{ fact: 'none' }], 'ru')).toBe('Никто');
  });
});
