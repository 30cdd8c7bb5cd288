/**
 * Titles arrive ASCII-folded upstream (`Sheriff-s`, `Igd-r`, `86-F`) while the body beside
 * them keeps the real characters (`Sheriff’s`, `Iğdır`, `86°F`). These helpers compare text
 * the way the folding did, to restore a title's words from the body and to tell when a body
 * only repeats its headline. Display only: ids and slugs never change.
 */

/** Letters and digits only, accents dropped (`Iğdır` and `Igd-r` both give `Igdr`). */
export function foldWord(text: string): string {
  return text.normalize('NFKD').replace(/[^A-Za-z0-9]/g, '');
}

const EDGE = /^([("'“‘]*)(.*?)([)"'”’.,;:!?]*)$/su;

/** The title with each folded word replaced by the body's spelling of it, where the body has one. */
export function unfoldTitle(title: string, texts: readonly string[]): string {
  const spellings = new Map<string, string>();
  for (const text of texts) {
    for (const raw of text.split(/\s+/)) {
      const word = EDGE.exec(raw)?.[2] ?? raw;
      const key = foldWord(word);
      // Only words the folding changed are worth keeping: non-ASCII or punctuation inside.
      if (key && key !== word && !spellings.has(key)) spellings.set(key, word);
    }
  }
  if (spellings.size === 0) return title;
  return title
    .split(' ')
    .map((raw) => {
      const [, before = '', word = raw, after = ''] = EDGE.exec(raw) ?? [];
      if (!/[^A-Za-z0-9]/.test(word)) return raw;
      const spelled = spellings.get(foldWord(word));
      return spelled ? `${before}${spelled}${after}` : raw;
    })
    .join(' ');
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
