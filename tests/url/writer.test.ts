// The URL writer: a change after a quiet spell is written at once, a burst of changes once when it
// stops, nothing that the address bar already holds, and `push` only where a move asked for it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UrlWriter, type HistoryMode } from '../../src/lib/url/writer.ts';

function fakeBar(initial = '') {
  const writes: [string, HistoryMode][] = [];
  let hash = initial;
  return {
    writes,
    target: { current: () => hash, write: (h: string, mode: HistoryMode) => void writes.push([(hash = h), mode]) },
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('UrlWriter', () => {
  it('drops what was waiting when the browser leaves the entry, so the entry arrived at is not overwritten', () => {
    const bar = fakeBar();
    const writer = new UrlWriter(bar.target, 400);
    writer.schedule('#date=1925-01-20');
    writer.schedule('#map=3/47/148&date=1925-01-20');
    writer.drop();
    vi.advanceTimersByTime(1000);
    expect(bar.writes).toEqual([['#date=1925-01-20', 'replace']]);
  });

  it('writes the first change at once, and a burst of changes once, when it stops', () => {
    const bar = fakeBar();
    const writer = new UrlWriter(bar.target, 400);
    writer.schedule('#date=1923-01-01');
    expect(bar.writes).toEqual([['#date=1923-01-01', 'replace']]);
    for (let i = 2; i <= 9; i++) {
      vi.advanceTimersByTime(100);
      writer.schedule(`#date=1923-01-0${i}`);
    }
    expect(bar.writes).toHaveLength(1);
    vi.advanceTimersByTime(399);
    expect(bar.writes).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(bar.writes).toEqual([
      ['#date=1923-01-01', 'replace'],
      ['#date=1923-01-09', 'replace'],
    ]);
    // After a quiet spell, at once again.
    vi.advanceTimersByTime(1000);
    writer.schedule('#date=1923-02-01');
    expect(bar.writes).toHaveLength(3);
  });

  it('writes nothing the address bar already holds', () => {
    const bar = fakeBar('#date=1923-05-21');
    const writer = new UrlWriter(bar.target, 400);
    writer.schedule('#date=1923-05-21');
    vi.advanceTimersByTime(1000);
    expect(bar.writes).toEqual([]);
  });

  it('adds a history entry only for a write a move asked to push', () => {
    const bar = fakeBar();
    const writer = new UrlWriter(bar.target, 400);
    writer.note('push');
    writer.note('replace');
    writer.schedule('#place=a');
    writer.schedule('#place=b');
    vi.advanceTimersByTime(400);
    writer.schedule('#place=b&date=1923-01-01');
    expect(bar.writes).toEqual([
      ['#place=a', 'push'],
      ['#place=b', 'replace'],
      ['#place=b&date=1923-01-01', 'replace'],
    ]);
  });

  it('pushes a discrete move at once, after writing what was pending into the entry it belongs to', () => {
    const bar = fakeBar();
    const writer = new UrlWriter(bar.target, 400);
    // A pan: its first change at once, the rest pending.
    writer.schedule('#map=5/43/131');
    writer.schedule('#map=5/44/132');
    // A place opened mid-burst: the pan's last view goes into the current entry, the place into a new one.
    writer.note('push');
    writer.schedule('#map=5/44/132&place=a');
    // The flight it starts replaces the new entry, once it stops.
    writer.schedule('#map=6/44/133&place=a');
    vi.advanceTimersByTime(400);
    expect(bar.writes).toEqual([
      ['#map=5/43/131', 'replace'],
      ['#map=5/44/132', 'replace'],
      ['#map=5/44/132&place=a', 'push'],
      ['#map=6/44/133&place=a', 'replace'],
    ]);
  });

  it('writes nothing more once disposed', () => {
    const bar = fakeBar();
    const writer = new UrlWriter(bar.target, 400);
    writer.schedule('#a=1');
    writer.schedule('#a=2');
    writer.dispose();
    vi.advanceTimersByTime(1000);
    expect(bar.writes).toEqual([['#a=1', 'replace']]);
  });
});
