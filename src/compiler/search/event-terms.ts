/**
 * The terms of one event with their weights: a title word counts three times a body word, as a
 * simple field weighting (BM25F-like) that ranks events about a subject above passing mentions.
 * Pure; runs in the parse workers beside parsing.
 */
import type { Block, Inline } from '../../bundle/index.ts';
import { followBit } from '../../bundle/search-format.ts';
import { tokenize } from '../../bundle/search-text.ts';

export const TITLE_WEIGHT = 3;
export const TAG_WEIGHT = 2;
export const BODY_WEIGHT = 1;

/**
 * Distinct terms with their summed weights and follow bytes (the bits of the terms right after
 * each, see search-format.ts), in first-seen order; `length` sums all weights.
 */
export interface EventTerms {
  terms: string[];
  weights: number[];
  follows: number[];
  length: number;
}

export function eventTerms(title: string, body: readonly Block[]): EventTerms {
  const seen = new Map<string, { weight: number; follows: number }>();
  const add = (text: string, weight: number) =>
    eachFollowed(text, (term, next) => {
      const known = seen.get(term);
      if (known) {
        known.weight += weight;
        known.follows |= next;
      } else seen.set(term, { weight, follows: next });
    });
  add(title, TITLE_WEIGHT);
  for (const block of body) add(plainText(block.children), BODY_WEIGHT);
  const entries = [...seen.values()];
  const weights = entries.map((entry) => entry.weight);
  return {
    terms: [...seen.keys()],
    weights,
    follows: entries.map((entry) => entry.follows),
    length: weights.reduce((sum, weight) => sum + weight, 0),
  };
}

/** Each term of `text` in order, with the follow bit of the term right after it (0 for the last). */
export function eachFollowed(text: string, take: (term: string, next: number) => void): void {
  const words = tokenize(text);
  words.forEach((term, i) => take(term, i + 1 < words.length ? followBit(words[i + 1]) : 0));
}

function plainText(inlines: readonly Inline[]): string {
  let text = '';
  for (const inline of inlines) {
    if (inline.type === 'text' || inline.type === 'code') text += inline.value;
    else text += plainText(inline.children);
    text += ' ';
  }
  return text;
}
