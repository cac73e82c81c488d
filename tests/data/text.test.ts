// Swapping the history's texts into the atlas from a language's table, and loading the table.
import { describe, expect, it } from 'vitest';
import { ATLAS_FORMAT } from '../../src/lib/data/atlas.ts';
import { AtlasLoadError } from '../../src/lib/data/load.ts';
import { loadTranslation, translateAtlas, TranslationMismatch, type Translation } from '../../src/lib/data/text.ts';
import { fixtureAtlas as atlas } from '../fixtures/atlas.ts';

const table = (texts: Record<string, string>): Translation => ({ format: ATLAS_FORMAT, language: 'ru', texts });

describe('translating the atlas', () => {
  const ru = translateAtlas(
    atlas,
    table({
      'places#north-port.roles.1.label': 'Предполагаемое место агента',
      'events#treaty.title': 'Договор',
      'story#step-one.caption': 'Первый шаг.',
      'eras#war.label': 'Война',
      'labels#sea.text': 'Море',
    }),
  );

  it('puts each text at its address', () => {
    expect(ru.places.find((p) => p.id === 'north-port')!.roles[1]!.label).toBe('Предполагаемое место агента');
    expect(ru.events.find((e) => e.id === 'treaty')!.title).toBe('Договор');
    expect(ru.story.find((s) => s.id === 'step-one')!.caption).toBe('Первый шаг.');
    expect(ru.eras[0]!.label).toBe('Война');
    expect(ru.labels.find((l) => l.id === 'sea')!.text).toBe('Море');
  });

  it('keeps what the table does not name, and leaves the English atlas as it was', () => {
    const port = ru.places.find((p) => p.id === 'north-port')!;
    expect(port.roles[0]!.label).toBe('Fishing port');
    expect(port.roles[1]!.agentPlan).toBe('japanese-agent');
    expect(port.roles[1]!.citations).toBe(atlas.places.find((p) => p.id === 'north-port')!.roles[1]!.citations);
    expect(atlas.places.find((p) => p.id === 'north-port')!.roles[1]!.label).toBe('Proposed seat of an agent');
    expect(atlas.events.find((e) => e.id === 'treaty')!.title).not.toBe('Договор');
    expect(ru.zones).toEqual(atlas.zones);
    expect(ru.zones[0]).toBe(atlas.zones[0]);
  });

  it.each([
    ['events#no-such-event.title', /no member events#no-such-event/],
    ['events#treaty.nonsense', /no field "nonsense"/],
    ['events#treaty.places', /not a text/],
    ['places#north-port.roles.7.label', /no field "7"/],
    ['nowhere', /not a text's address/],
    ['rivers#amur.label', /not a text's address/],
  ])('refuses an address that leads nowhere: %s', (address, message) => {
    expect(() => translateAtlas(atlas, table({ [address]: 'x' }))).toThrow(TranslationMismatch);
    expect(() => translateAtlas(atlas, table({ [address]: 'x' }))).toThrow(message);
  });
});

describe('loading a language', () => {
  const respond = (body: string, status = 200) => (async () => new Response(body, { status })) as typeof fetch;
  const good = JSON.stringify(table({ 'eras#war.label': 'Война' }));

  it('fetches the language file beside the atlas', async () => {
    let asked = '';
    const fetcher = (async (url: string) => ((asked = url), new Response(good))) as typeof fetch;
    const t = await loadTranslation('https://example.org/atlas/', 'ru', fetcher);
    expect(asked).toBe('https://example.org/atlas/data/text.ru.json');
    expect(t.texts['eras#war.label']).toBe('Война');
  });

  it.each([
    ['a missing file', respond('', 404), /HTTP 404/],
    ['a damaged file', respond('{'), /not valid JSON/],
    ['another language', respond(JSON.stringify({ ...table({}), language: 'ja' })), /another version/],
    ['another format', respond(JSON.stringify({ ...table({}), format: 0 })), /another version/],
    ['a text that is not a string', respond(JSON.stringify(table({ a: 1 as unknown as string }))), /another version/],
  ])('refuses %s with a sentence', async (_, fetcher, message) => {
    await expect(loadTranslation('https://example.org/', 'ru', fetcher)).rejects.toThrow(AtlasLoadError);
    await expect(loadTranslation('https://example.org/', 'ru', fetcher)).rejects.toThrow(message);
  });

  it('says so when the network fails', async () => {
    const offline = (async () => Promise.reject(new TypeError('offline'))) as typeof fetch;
    await expect(loadTranslation('https://example.org/', 'ja', offline)).rejects.toThrow(/could not be downloaded/);
  });
});
