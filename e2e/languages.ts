// What the e2e tests of the languages share: the words a page's interface says, and the cases.
import type { Page } from '@playwright/test';
import { latinWords } from '../tests/i18n/untranslated.ts';

/**
 * The interface's own words on the page: text and the attributes a person reads or hears (labels,
 * titles, placeholders), leaving out what is marked as another language (a name in its script, a
 * quotation, history not yet translated) and the map's canvas.
 */
async function interfaceWords(page: Page): Promise<string> {
  return page.evaluate(() => {
    const root = document.documentElement;
    const own = (el: Element | null) => el !== null && el.closest('[lang]') === root;
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !own(parent) || parent.closest('script, style, noscript')) continue;
      out.push(node.textContent ?? '');
    }
    for (const el of document.body.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (!own(el)) continue;
      for (const name of ['aria-label', 'title', 'placeholder']) out.push(el.getAttribute(name) ?? '');
    }
    return out.join(' \n ');
  });
}

/**
 * What the page says that is a message key ("stopComparing") or English left untranslated. The
 * works the atlas cites are named as it cites them ("Ismailov ¶7, n. 5 (Hosoya 1974, p. 382)", "Atlas
 * fact sheet"): names of works, from the data, like the article's title.
 */
export async function untranslated(page: Page): Promise<{ keys: string[]; english: string[] }> {
  const cited = await page.evaluate(async () => {
    const atlas = (await (await fetch(new URL('data/atlas.json', document.baseURI))).json()) as { sources: { short: string }[] };
    return atlas.sources.map((s) => s.short).sort((a, b) => b.length - a.length);
  });
  const words = cited.reduce((text, name) => text.split(name).join(' '), await interfaceWords(page));
  return { keys: words.match(/\b[a-z]+[A-Z][A-Za-z]*\b/g) ?? [], english: latinWords(words) };
}

/** Vladivostok on 21 May 1923, in each language the atlas translates to. */
export const LANGUAGE_CASES = [
  {
    lang: 'ru',
    date: '21 мая 1923 г.',
    heading: 'Владивосток',
    foreign: { text: '浦塩', lang: 'ja' },
    story: 'Рассказ',
    tell: 'Рассказать историю',
    tab: 'Слои',
  },
  { lang: 'ja', date: '1923年5月21日', heading: '浦塩', foreign: { text: 'Владивосток', lang: 'ru' }, story: '物語', tell: '物語を見る', tab: 'レイヤー' },
] as const;
