// Every message in all three languages, and none left in English where Russian or Japanese is asked
// for (the allowed exceptions are in tests/i18n/untranslated.ts). TypeScript already refuses a
// table with a key missing or a parameter different (`satisfies Messages`); these check what it
// cannot: empty strings, English left in, and what the messages say once given their parameters.
import { describe, expect, it } from 'vitest';
import { eventDate } from '../../src/lib/data/describe.ts';
import { legendWords } from '../../src/lib/i18n/legend.ts';
import { deferredEn, type DeferredMessages } from '../../src/lib/i18n/deferred/en.ts';
import { deferredJa } from '../../src/lib/i18n/deferred/ja.ts';
import { deferredRu } from '../../src/lib/i18n/deferred/ru.ts';
import { en, type Messages } from '../../src/lib/i18n/messages/en.ts';
import { ja } from '../../src/lib/i18n/messages/ja.ts';
import { ru } from '../../src/lib/i18n/messages/ru.ts';
import { latinWords, withoutExceptions } from './untranslated.ts';
import { GROUP_LEGEND, HOLDER_LEGEND, LEGEND, STATUS_LEGEND } from '../../src/lib/map/atlas-layers.ts';
import { dayFromParts } from '../../src/lib/time/days.ts';
import type { DateProblem } from '../../src/lib/time/parse.ts';

type Functions<T> = { [K in keyof T as T[K] extends (...args: never[]) => unknown ? K : never]: T[K] };
type Calls<T> = { [K in keyof Functions<T>]: Functions<T>[K] extends (...args: infer A) => unknown ? A[] : never };

const PROBLEMS: DateProblem[] = [
  { kind: 'empty' },
  { kind: 'form' },
  { kind: 'outside' },
  { kind: 'year', text: '0000' },
  { kind: 'month', text: '1923-13' },
  { kind: 'day', text: '1923-02-30' },
  { kind: 'backwards' },
  { kind: 'start', problem: { kind: 'outside' } },
  { kind: 'end', problem: { kind: 'form' } },
];

/** Every parametrised message, called with each kind of argument it takes (dates as the app formats them). */
const CALLS: Calls<Messages> = {
  loadProblem: [[{ kind: 'network' }], [{ kind: 'http', status: 404 }], [{ kind: 'json' }], [{ kind: 'shape' }], [null]],
  comparedOutlined: [['1910']],
  tickEvents: [
    [1, '1923'],
    [3, '1923'],
    [5, '1923'],
    [21, '1923'],
  ],
  tickEvent: [['1923', '1923']],
  dateProblem: PROBLEMS.map((p) => [p]),
  dateFrom: [['1923']],
  dateAbout: [['1923']],
  dateUncertain: [['1923']],
  inForceOn: [['1923', '1923']],
  nothingInForceOn: [['1923']],
  possiblyInForce: [['1923']],
  currentEventSpoken: [['1923', '1923']],
  betweenEventsSpoken: [
    [null, '1923'],
    ['1923', null],
    ['1923', '1923'],
  ],
  eventWithDate: [['1923', '1923']],
  citationPage: [['113']],
  citationFootnote: [[14]],
  spanEventCount: [[1], [3], [5], [21]],
  pointerLabel: [['1923', '1923']],
  pointerTitle: [['1923']],
};

/** The same for the table of what is loaded on first use (deferred/en.ts), apart from the interface's. */
const DEFERRED_CALLS: Calls<DeferredMessages> = {
  onDay: [['1923']],
  zoneInForce: [['1923']],
  zonePossibly: [['1923']],
  zoneNotInForce: [['1923']],
  areaKm2: [['1 000']],
  comparedKey: [['1910']],
  stepOf: [[1, 17]],
  backToStep: [[3]],
  atlasOn: [['1923']],
  copyThis: [['1923']],
  copied: [['1923']],
  lockWhat: [['date'], ['span'], ['step']],
  mapOn: [['1923']],
  mapFromTo: [['1923', '1923']],
  citeWhat: [
    ['1923', 0],
    ['1923', 1],
    ['1923', 3],
  ],
  spanEventsHeading: [[10]],
  moreEvents: [[2]],
  worksCited: [['1923']],
};

/** Every text a table says, by a path of keys: strings, strings in lists and records, and what each function returns. */
function texts(table: Messages & DeferredMessages): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (value: unknown, path: string): void => {
    // null: a message English has no need of (quotedInEnglish); the others say it, as a string.
    if (typeof value === 'string' || value === null) out.set(path, value ?? '');
    else if (typeof value === 'function') {
      const calls = ({ ...CALLS, ...DEFERRED_CALLS } as Record<string, unknown[][]>)[path];
      if (!calls) throw new Error(`no sample arguments for ${path}: add them to CALLS`);
      calls.forEach((args, i) => out.set(`${path}(${i})`, (value as (...a: unknown[]) => string)(...args)));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key);
    }
  };
  walk(table, '');
  return out;
}

// Each language's two tables together, the first page's and the deferred: no key is in both.
const TABLES = { ru: { ...ru, ...deferredRu }, ja: { ...ja, ...deferredJa } };

describe('the interface messages', () => {
  const english = texts({ ...en, ...deferredEn });

  it('has no key in both the first page’s table and the deferred one', () => {
    expect(Object.keys(deferredEn).filter((key) => key in en)).toEqual([]);
  });

  for (const [lang, table] of Object.entries(TABLES)) {
    describe(lang, () => {
      const translated = texts(table);

      it('says everything the English says, and nothing more', () => {
        expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
      });

      it('leaves no message empty', () => {
        const empty = [...translated].filter(([, text]) => text.trim() === '').map(([key]) => key);
        expect(
          [...english].filter(([, text]) => text === '').map(([key]) => key),
          'messages English leaves out',
        ).toEqual(['quotedInEnglish']);
        expect(empty).toEqual([]);
      });

      it('leaves nothing in English but the allowed exceptions', () => {
        const left = [...translated].flatMap(([key, text]) => latinWords(text).map((word) => `${key}: ${word}`));
        expect(left).toEqual([]);
      });

      it('writes in its own script', () => {
        const script = lang === 'ru' ? /\p{Script=Cyrillic}/u : /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
        // Messages that are only a parameter and punctuation ("1923, 1923") have no words of their own.
        const wordless = [...translated].filter(([, text]) => latinWords(text).length === 0 && /\p{L}{2,}/u.test(withoutExceptions(text)));
        expect(wordless.filter(([, text]) => !script.test(text)).map(([key]) => key)).toEqual([]);
      });
    });
  }

  it('puts each parameter into every language', () => {
    for (const table of Object.values(TABLES)) {
      expect(table.stepOf(4, 17)).toMatch(/4.*17|17.*4/);
      expect(table.dateProblem({ kind: 'day', text: '1923-02-30' })).toContain('1923-02-30');
      expect(table.loadProblem({ kind: 'http', status: 503 })).toContain('503');
      expect(table.inForceOn('DATE', 'ZONES')).toMatch(/DATE[\s\S]*ZONES/);
    }
  });

  it('says the English article is quoted in its original only where the interface is not English', () => {
    expect(deferredEn.quotedInEnglish).toBeNull();
    expect(deferredRu.quotedInEnglish).toMatch(/англ/);
    expect(deferredJa.quotedInEnglish).toMatch(/英語/);
  });

  it('puts a Russian month after "с" and "около" in the genitive', () => {
    const may1923 = { start: dayFromParts(1923, 5, 1), precision: 'month' as const, uncertain: false };
    const ruLocale = { lang: 'ru' as const, m: ru };
    expect(eventDate({ ...may1923, end: null }, ruLocale)).toBe('с мая 1923 г.');
    expect(eventDate({ ...may1923, end: dayFromParts(1923, 7, 1), uncertain: true }, ruLocale)).toBe('около мая–июня 1923 г.');
    expect(eventDate({ ...may1923, end: null, precision: 'year' }, ruLocale)).toBe('с 1923');
    expect(ru.dateFrom('21 мая 1923 г.')).toBe('с 21 мая 1923 г.');
  });

  it('counts Russian events with the right plural', () => {
    expect([1, 3, 5, 21].map((n) => ru.tickEvents(n, 'X'))).toEqual(['1 событие с X', '3 события с X', '5 событий с X', '21 событие с X']);
  });
});

describe('the legend’s words', () => {
  it('has every entry the map can list in every language, not the registry’s English', () => {
    const entries = [...Object.values(LEGEND), ...Object.values(HOLDER_LEGEND), ...Object.values(STATUS_LEGEND), ...Object.values(GROUP_LEGEND).flat()];
    for (const [lang, table] of Object.entries(TABLES)) {
      for (const entry of entries) {
        const words = legendWords(entry, table);
        expect(words.label, `${lang}: ${entry.label}`).not.toBe(entry.label);
        expect(words.short, `${lang}: ${entry.short}`).not.toBe(entry.short);
      }
    }
    for (const entry of entries) expect(legendWords(entry, en)).toEqual({ label: entry.label, short: entry.short });
  });
});
