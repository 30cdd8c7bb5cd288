/** Typo tolerance: one letter inserted, dropped or changed, after the third. Pure. */

/** True when `a` becomes `b` by at most one insertion, deletion or substitution. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Only words this long are corrected, and only after their first three letters. */
export const MIN_CORRECTED_LENGTH = 4;
export const KEPT_PREFIX = 3;

/**
 * Whether `term` is `word` with one typo after the third letter; a word still being typed
 * (`prefix`) may also be the start of such a term.
 */
export function isNearMiss(word: string, term: string, prefix: boolean): boolean {
  if (word.length < MIN_CORRECTED_LENGTH || !term.startsWith(word.slice(0, KEPT_PREFIX))) return false;
  if (withinOneEdit(word, term)) return true;
  if (!prefix) return false;
  for (const length of [word.length - 1, word.length, word.length + 1])
    if (length > KEPT_PREFIX && length < term.length && withinOneEdit(word, term.slice(0, length))) return true;
  return false;
}
