import { describe, expect, it } from 'vitest';
import { dayFromParts, isoFromDay } from '../../src/lib/time/days.ts';
import { SPANS, density, eraLabel, fraction, neighbourEvent, stepDay, ticks } from '../../src/lib/time/slider.ts';

const d = dayFromParts;
const iso = (day: number | null) => (day === null ? null : isoFromDay(day));

describe('keyboard steps (WAI-ARIA slider)', () => {
  it('steps a day in the core, a week with Shift, a month in the whole period', () => {
    expect(iso(stepDay(d(1923, 5, 21), 'ArrowRight', 'core'))).toBe('1923-05-22');
    expect(iso(stepDay(d(1923, 5, 21), 'ArrowLeft', 'core'))).toBe('1923-05-20');
    expect(iso(stepDay(d(1923, 5, 21), 'ArrowUp', 'core', true))).toBe('1923-05-28');
    expect(iso(stepDay(d(1923, 1, 31), 'ArrowRight', 'whole'))).toBe('1923-02-28');
    expect(iso(stepDay(d(1924, 1, 31), 'ArrowRight', 'whole'))).toBe('1924-02-29');
  });

  it('Page Up/Down by a year, Home/End to the ends, clamped to the span', () => {
    expect(iso(stepDay(d(1923, 5, 21), 'PageUp', 'core'))).toBe('1924-05-21');
    expect(iso(stepDay(d(1924, 2, 29), 'PageDown', 'whole'))).toBe('1923-02-28');
    expect(iso(stepDay(d(1923, 5, 21), 'Home', 'core'))).toBe('1917-01-01');
    expect(iso(stepDay(d(1923, 5, 21), 'End', 'whole'))).toBe('1956-12-31');
    expect(iso(stepDay(d(1926, 12, 31), 'ArrowRight', 'core'))).toBe('1926-12-31');
    expect(iso(stepDay(d(1926, 6, 1), 'PageUp', 'core'))).toBe('1926-12-31');
    expect(stepDay(d(1923, 5, 21), 'a', 'core')).toBeNull();
  });

  it("a span's thumb moves between the track's end and the other thumb", () => {
    const startThumb = { min: SPANS.core.min, max: d(1922, 10, 24) };
    expect(iso(stepDay(d(1918, 8, 2), 'End', 'core', false, startThumb))).toBe('1922-10-24');
    expect(iso(stepDay(d(1922, 6, 1), 'PageUp', 'core', false, startThumb))).toBe('1922-10-24');
    expect(iso(stepDay(d(1918, 8, 2), 'Home', 'core', false, startThumb))).toBe('1917-01-01');
    const endThumb = { min: d(1918, 8, 3), max: SPANS.core.max };
    expect(iso(stepDay(d(1922, 10, 25), 'Home', 'core', false, endThumb))).toBe('1918-08-03');
    expect(iso(stepDay(d(1918, 8, 3), 'ArrowLeft', 'core', false, endThumb))).toBe('1918-08-03');
  });
});

describe('ticks', () => {
  const span = SPANS.core;
  it('places events by date and leaves out those outside the span', () => {
    const t = ticks([d(1910, 1, 1), span.min, span.max], span, 1000);
    expect(t.map((x) => x.events)).toEqual([[1], [2]]);
    expect(t[0]!.at).toBe(0);
    expect(t[1]!.at).toBe(1);
    expect(fraction(d(1922, 1, 1), span)).toBeCloseTo(0.5, 2);
  });

  it('merges ticks closer than the gap into one density mark', () => {
    const starts = [d(1925, 1, 9), d(1925, 1, 20), d(1925, 6, 1)];
    expect(ticks(starts, span, 1240).map((x) => x.events)).toEqual([[0, 1], [2]]);
    expect(ticks(starts, span, 20_000).map((x) => x.events)).toEqual([[0], [1], [2]]);
  });

  it('finds the next and previous event', () => {
    const starts = [d(1923, 1, 29), d(1923, 2, 1), d(1923, 5, 21)];
    expect(neighbourEvent(starts, d(1923, 2, 1), 1)).toBe(2);
    expect(neighbourEvent(starts, d(1923, 2, 1), -1)).toBe(0);
    expect(neighbourEvent(starts, d(1923, 6, 1), 1)).toBe(-1);
    expect(neighbourEvent(starts, d(1923, 1, 1), -1)).toBe(-1);
  });
});

describe('era labels on the track', () => {
  it('are never cut mid-word: the full label, its first words, its initials, or nothing', () => {
    expect(eraLabel('Russo-Japanese War', 200, 6)).toBe('Russo-Japanese War');
    expect(eraLabel('Road to recognition', 80, 6)).toBe('Road to…');
    expect(eraLabel('Russo-Japanese War', 50, 6)).toBe('R-J W.');
    expect(eraLabel('Intervention', 30, 6)).toBe('I.');
    expect(eraLabel('Intervention', 10, 6)).toBe('');
    // Japanese has no spaces: its first characters (a full em each), or nothing.
    expect(eraLabel('日露戦争', 80, 6)).toBe('日露戦争');
    expect(eraLabel('日露戦争', 40, 6)).toBe('日露…');
    expect(eraLabel('日露戦争', 20, 6)).toBe('');
    expect(eraLabel('Русско-японская война', 60, 6)).toBe('Р-Я В.');
    // Whatever the width, what is shown is the label, whole words of it with an ellipsis, or initials.
    for (let width = 0; width < 200; width += 3) {
      const shown = eraLabel('Without diplomatic relations', width, 6);
      expect(shown === '' || 'Without diplomatic relations'.startsWith(shown.replace(/…$/, '')) || /^[A-Z. -]+$/.test(shown), `${width}: ${shown}`).toBe(true);
      expect(shown.length * 6 + 6 <= width || shown === '').toBe(true);
    }
  });
});

describe('density behind the track', () => {
  const span = SPANS.core; // 1917–1926: ten bins are ten years
  it('counts events and changes of zones per bin, leaving out days off the track', () => {
    const events = [d(1917, 1, 1), d(1917, 6, 1), d(1923, 5, 21), d(1926, 12, 31), d(1910, 1, 1)];
    const changes = [d(1918, 8, 11), d(1922, 10, 25), d(1925, 5, 15), d(1945, 8, 15)];
    const h = density(events, changes, span, 10);
    expect(h.events).toEqual([2, 0, 0, 0, 0, 0, 1, 0, 0, 1]);
    expect(h.changes).toEqual([0, 1, 0, 0, 0, 1, 0, 0, 1, 0]);
    expect(h.max).toBe(2);
  });

  it('is flat but drawable with nothing in it, and takes a whole number of bins', () => {
    expect(density([], [], span, 3.7)).toEqual({ events: [0, 0, 0], changes: [0, 0, 0], max: 1 });
    expect(density([d(1920, 1, 1)], [], span, 0).events).toEqual([1]);
  });
});
