/**
 * Titles arrive ASCII-folded upstream: accents dropped (`Jerónimos` → `Jeronimos`) and any other
 * character outside ASCII, typographic apostrophes included, written as `-` (`Sheriff’s` →
 * `Sheriff-s`, `Iğdır` → `Igd-r`, `86°F` → `86-F`), while bodies and related entries keep the
 * real characters. These helpers restore a title's words from such text, for display only: ids,
 * slugs and the search index keep the title as written.
 */

/** Folded word → how the unfolded text spells it. */
export type Spellings = ReadonlyMap<string, string>;

const EMPTY: Spellings = new Map();
/** Quotes and punctuation around a word, which the word's own spelling leaves alone. */
const EDGE = /^([("'“‘[]*)(.*?)([)\]"'”’.,;:!?]*)$/su;
const wordOf = (raw: string) => EDGE.exec(raw)?.[2] ?? raw;
/** A character foldAsUpstream changes; a word without one folds to itself. */
// eslint-disable-next-line no-control-regex
const FOLDABLE = /[^\x00-\x7f]|'/g;
const SPACE = /\s/;

/**
 * A word as the upstream folding writes it. A straight apostrophe counts as folded too: related
 * entries spell `Hong Kong's` where the title has `Hong Kong-s`.
 */
export function foldAsUpstream(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{ASCII}]|'/gu, '-');
}

/** The words of `text` that the folding changes, each once, in order. */
export function unfoldedWords(text: string): string[] {
  const words = new Set<string>();
  eachFoldedWord(text, (word) => words.add(word));
  return [...words];
}

/** Calls `found` with every word of `text` that the folding changes and its folded form, in order. */
function eachFoldedWord(text: string, found: (word: string, folded: string) => void): void {
  // Most words are plain ASCII: only the words (runs between whitespace, as split(/\s+/) cuts
  // them) around a character the folding changes are looked at.
  FOLDABLE.lastIndex = 0;
  for (let match; (match = FOLDABLE.exec(text));) {
    const at = match.index;
    if (SPACE.test(text[at])) continue;
    let start = at;
    while (start > 0 && !SPACE.test(text[start - 1])) start--;
    let end = at + 1;
    while (end < text.length && !SPACE.test(text[end])) end++;
    FOLDABLE.lastIndex = end;
    const word = wordOf(text.slice(start, end));
    if (word === '') continue;
    const folded = foldAsUpstream(word);
    if (folded !== word) found(word, folded);
  }
}

/** Spellings from words; the first spelling of a folded form wins. */
export function spellingsOf(words: Iterable<string>): Map<string, string> {
  const spellings = new Map<string, string>();
  for (const word of words) {
    const folded = foldAsUpstream(word);
    if (!spellings.has(folded)) spellings.set(folded, word);
  }
  return spellings;
}

/**
 * The title with each folded word spelled as `own` has it (the event's body and related
 * entries), else, for a word the folding visibly marked with a `-` (`Kong-s`, `Igd-r`), as
 * `corpus` has it. A plain word (`Mexico`) is restored only from the event's own text: `México`
 * elsewhere in the corpus says nothing about this title. Words match exactly, case included,
 * so `US-led` never becomes `U.S.-led`.
 */
/** The words of a title as unfoldTitle looks them up: without the punctuation around them. */
export function titleWords(title: string): string[] {
  return title.split(' ').map((raw) => EDGE.exec(raw)?.[2] ?? raw);
}

export function unfoldTitle(title: string, own: Spellings, corpus: Spellings = EMPTY): string {
  if ((corpus.size === 0 || !title.includes('-')) && !containsAnyKey(title, own)) return title;
  return title
    .split(' ')
    .map((raw) => {
      const [, before = '', word = raw, after = ''] = EDGE.exec(raw) ?? [];
      const spelled = own.get(word) ?? (word.includes('-') ? corpus.get(word) : undefined);
      return spelled === undefined ? raw : `${before}${spelled}${after}`;
    })
    .join(' ');
}

/** Whether `text` contains one of the spellings' folded words: a title without any keeps its words. */
function containsAnyKey(text: string, spellings: Spellings): boolean {
  for (const folded of spellings.keys()) if (text.includes(folded)) return true;
  return false;
}

/** Whether the body says nothing the headline does not: the same words, up to folding. */
export function repeatsHeadline(bodyText: string, headline: string): boolean {
  const fold = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]/g, '')
      .toLowerCase();
  const body = fold(bodyText);
  return body.length > 0 && body === fold(headline);
}
