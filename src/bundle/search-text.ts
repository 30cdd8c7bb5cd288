/**
 * How text becomes search terms. The compiler indexes with these functions and the app folds
 * queries and finds highlights with the same ones, so both sides always agree on a term.
 *
 * A term is a run of letters and digits, lowercased, with accents removed (Unicode NFKD, then
 * combining marks dropped): `Diendéré` and `diendere` are the same term.
 */

/** Letters that carry no combining mark but that readers type without their stroke or ligature. */
const SPECIAL_FOLDS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', þ: 'th', ı: 'i' };
const SPECIAL = new RegExp(`[${Object.keys(SPECIAL_FOLDS).join('')}]`, 'g');
const MARKS = /\p{M}+/gu;
const WORD = /[\p{L}\p{N}]+/gu;
const ASCII_WORD = /[a-z0-9]+/g;
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

/** Terms longer than this are cut: nobody types them, and they would bloat the index. */
export const MAX_TERM_LENGTH = 24;

/** Lowercase, accent-free form of any text; may change its length (wordSpans maps words back). */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(SPECIAL, (c) => SPECIAL_FOLDS[c]);
}

/** The text's terms in order, repeats included. */
export function tokenize(text: string): string[] {
  const folded = fold(text);
  // Most text is ASCII, where a plain pattern finds the same words several times faster.
  const words = NON_ASCII.test(folded) ? folded.match(WORD) : folded.match(ASCII_WORD);
  return (words ?? []).map((word) => (word.length > MAX_TERM_LENGTH ? word.slice(0, MAX_TERM_LENGTH) : word));
}

/** A word of the original text: where it is and the term it folds to. */
export interface WordSpan {
  start: number;
  end: number;
  term: string;
}

/**
 * The words of `text` with their positions in the original (not the folded) string, for
 * highlighting. Each character is folded on its own, so positions map back exactly.
 */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    const term = fold(match[0]).replace(/[^\p{L}\p{N}]/gu, '');
    if (term !== '') spans.push({ start: match.index, end: match.index + match[0].length, term });
  }
  return spans;
}
