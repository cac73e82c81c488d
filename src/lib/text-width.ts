// How wide a text is drawn, counted in average Latin characters: kana and Han take about a full em,
// 1.75 of the Latin average. The era bands and the zones' labels estimate what fits with it.

const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々]/u;

/** True for a text with kana or Han (Japanese, written without spaces between words). */
export function hasWideCharacters(text: string): boolean {
  return WIDE.test(text);
}

/** A text's width in average Latin characters. */
export function textWidth(text: string): number {
  let n = 0;
  for (const ch of text) n += WIDE.test(ch) ? 1.75 : 1;
  return n;
}
