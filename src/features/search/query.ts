/**
 * A typed query as terms: every word must match; the last one also as a prefix while it is
 * being typed (no space or closing quote after it yet); words in double quotes form a phrase.
 * Pure.
 */
import { tokenize } from '../../bundle/index.ts';

export interface ParsedQuery {
  /** Every term, phrases' included, without repeats, in order. */
  terms: string[];
  /** The last term is still being typed: match it as a prefix too. */
  prefixLast: boolean;
  /** Phrases of two or more terms, each in order. */
  phrases: string[][];
}

export function parseQuery(text: string): ParsedQuery {
  const phrases: string[][] = [];
  const terms: string[] = [];
  const add = (term: string) => {
    if (!terms.includes(term)) terms.push(term);
  };
  // An unclosed quote still reads as a phrase, so the results do not jump when it is closed.
  const parts = text.split('"');
  parts.forEach((part, i) => {
    const words = tokenize(part);
    if (i % 2 === 1 && words.length > 1) phrases.push(words);
    words.forEach(add);
  });
  const last = tokenize(text).at(-1);
  const prefixLast = last !== undefined && /[\p{L}\p{N}\p{M}]$/u.test(text) && terms.at(-1) === last;
  return { terms, prefixLast, phrases };
}

export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.terms.length === 0;
}
