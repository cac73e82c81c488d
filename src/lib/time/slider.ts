// The date slider's logic, apart from any DOM: keyboard steps per the WAI-ARIA slider pattern,
// positions on the track, and event ticks merged where they crowd.
import { addMonths, addYears, type Day } from './days.ts';
import { clampToRange } from './parse.ts';
import { CORE_PERIOD, WHOLE_PERIOD, type Span } from './period.ts';
import { hasWideCharacters, textWidth } from '../text-width.ts';

export type SpanName = 'core' | 'whole';

export const SPANS: Record<SpanName, Span> = { core: CORE_PERIOD, whole: WHOLE_PERIOD };

/**
 * The day a key moves the slider to, or null for keys the slider does not handle. Arrows step by a
 * unit that fits the span (a day in the core, a month in the whole century), Page Up/Down by a
 * year, Home/End to the ends; Shift with an arrow steps a week in the core. `within` narrows the
 * ends: a thumb of a span of time moves between the track's end and the other thumb.
 */
export function stepDay(day: Day, key: string, spanName: SpanName, shift = false, within: Span = SPANS[spanName]): Day | null {
  const span = within;
  const unit = (n: number) => (spanName === 'core' ? day + n * (shift ? 7 : 1) : addMonths(day, n));
  let next: Day;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      next = unit(1);
      break;
    case 'ArrowLeft':
    case 'ArrowDown':
      next = unit(-1);
      break;
    case 'PageUp':
      next = addYears(day, 1);
      break;
    case 'PageDown':
      next = addYears(day, -1);
      break;
    case 'Home':
      return span.min;
    case 'End':
      return span.max;
    default:
      return null;
  }
  return clampToRange(next, span.min, span.max);
}

/** Where a day sits on a span's track, 0 at the start and 1 at the end. */
export function fraction(day: Day, span: Span): number {
  return (day - span.min) / (span.max - span.min);
}

export interface Tick {
  /** Position on the track, 0..1. */
  at: number;
  /** Indexes into the event list: one for a single tick, more for a density mark. */
  events: number[];
}

/**
 * Ticks for the events inside a span, merged where they would be closer than `minGapPx` on a
 * track `widthPx` wide, so each mark stays big enough to see and to click.
 */
export function ticks(starts: Day[], span: Span, widthPx: number, minGapPx = 6): Tick[] {
  const out: Tick[] = [];
  const gap = widthPx > 0 ? minGapPx / widthPx : 1;
  starts.forEach((start, i) => {
    if (start < span.min || start > span.max) return;
    const at = fraction(start, span);
    const last = out[out.length - 1];
    if (last && at - last.at < gap) {
      last.events.push(i);
      // The mark sits at the middle of what it holds.
      const first = fraction(starts[last.events[0]!]!, span);
      last.at = (first + at) / 2;
    } else {
      out.push({ at, events: [i] });
    }
  });
  return out;
}

/** The index of the event to go to from `day`: the next one starting after it, or the previous one before it. */
export function neighbourEvent(starts: Day[], day: Day, direction: 1 | -1): number {
  if (direction === 1) return starts.findIndex((s) => s > day);
  for (let i = starts.length - 1; i >= 0; i--) if (starts[i]! < day) return i;
  return -1;
}

/** About how wide a character of the era labels is (0.66rem of Atlas Sans), in CSS px. */
const ERA_CHAR_PX = 6;

/**
 * What an era's band on the track can show in `widthPx`, never cut mid-word: the full label; else
 * its first words, with an ellipsis; else its initials ("Russo-Japanese War" → "R-J W."); else
 * nothing. Japanese, written without spaces, shows its first characters with an ellipsis
 * ("日露戦争" → "日露…"). The full label is the band's name for hover, focus and screen readers.
 */
export function eraLabel(label: string, widthPx: number, charPx = ERA_CHAR_PX): string {
  const fits = (text: string) => textWidth(text) * charPx + 6 <= widthPx;
  if (fits(label)) return label;
  const words = label.split(' ');
  if (words.length === 1 && hasWideCharacters(label)) {
    const chars = [...label];
    for (let n = chars.length - 1; n >= 2; n--) {
      const text = `${chars.slice(0, n).join('')}…`;
      if (fits(text)) return text;
    }
    return '';
  }
  for (let n = words.length - 1; n >= 1; n--) {
    const text = `${words
      .slice(0, n)
      .join(' ')
      .replace(/[,;:]$/, '')}…`;
    if (fits(text)) return text;
  }
  const initials = `${words
    .map((w) =>
      w
        .split('-')
        .map((part) => part.charAt(0).toUpperCase())
        .join('-'),
    )
    .join(' ')}.`;
  if (fits(initials)) return initials;
  const first = `${label.charAt(0).toUpperCase()}.`;
  return fits(first) ? first : '';
}

export interface Density {
  /** Per bin, how many events start in it. */
  events: number[];
  /** Per bin, how many zones come into force or go out of it. */
  changes: number[];
  /** The fullest bin's total, at least 1: the histogram's height. */
  max: number;
}

/**
 * The histogram behind the track: the span cut into `bins` equal parts, and in each how many events
 * start and how many changes of zones fall. Days outside the span are left out.
 */
export function density(eventStarts: readonly Day[], changes: readonly Day[], span: Span, bins: number): Density {
  const n = Math.max(1, Math.floor(bins));
  const count = (days: readonly Day[]) => {
    const out = new Array<number>(n).fill(0);
    for (const day of days) {
      if (day < span.min || day > span.max) continue;
      out[Math.min(n - 1, Math.floor(fraction(day, span) * n))]!++;
    }
    return out;
  };
  const events = count(eventStarts);
  const zoneChanges = count(changes);
  return { events, changes: zoneChanges, max: Math.max(1, ...events.map((e, i) => e + zoneChanges[i]!)) };
}
