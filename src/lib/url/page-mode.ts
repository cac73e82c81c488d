// How the page was asked to behave, in its query (the hash says what it shows): `?embed` shows the
// map and the slider alone, for an iframe in another page; `lock` keeps the date, span or story
// step the link names (its date controls are gone or disabled); `lang=` fixes the language; `debug`
// installs the test hook (map/debug-hook.ts). Read once, when the page opens; unknown flags are
// ignored, and nothing here throws.

/** The languages the interface has. A `lang=` naming another is ignored. */
export const LANGUAGES = ['en'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface PageMode {
  embed: boolean;
  lock: boolean;
  /** A language fixed by the link; null: the reader's own. */
  lang: Language | null;
}

export function parsePageMode(search: string): PageMode {
  const query = new URLSearchParams(typeof search === 'string' ? search : '');
  const lang = query.get('lang');
  return {
    embed: query.has('embed'),
    lock: query.has('lock'),
    lang: (LANGUAGES as readonly string[]).includes(lang ?? '') ? (lang as Language) : null,
  };
}

/** The query a shared link or an embed carries: `?embed&lock&lang=en`, or '' for none. Flags only, so the hash keeps the view. */
export function writePageMode(mode: PageMode): string {
  const flags = [mode.embed ? 'embed' : '', mode.lock ? 'lock' : '', mode.lang ? `lang=${mode.lang}` : ''].filter(Boolean);
  return flags.length ? `?${flags.join('&')}` : '';
}

/** A link to the atlas at `hash` in a mode: the page's own address, its query replaced. */
export function linkTo(href: string, mode: PageMode, hash: string): string {
  const url = new URL(href);
  return `${url.origin}${url.pathname}${writePageMode(mode)}${hash}`;
}
