/**
 * The terms of one event with their weights: a title word counts three times a body word, as a
 * simple field weighting (BM25F-like) that ranks events about a subject above passing mentions.
 * Pure; runs in the parse workers beside parsing.
 */
import type { Block, Inline } from '../../bundle/index.ts';
import { tokenize } from '../../bundle/search-text.ts';

export const TITLE_WEIGHT = 3;
export const TAG_WEIGHT = 2;
export const BODY_WEIGHT = 1;

/** Distinct terms with their summed weights, in first-seen order; `length` sums all weights. */
export interface EventTerms {
  terms: string[];
  weights: number[];
  length: number;
}

export function eventTerms(title: string, body: readonly Block[]): EventTerms {
  const weights = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const term of tokenize(text)) weights.set(term, (weights.get(term) ?? 0) + weight);
  };
  add(title, TITLE_WEIGHT);
  for (const block of body) add(plainText(block.children), BODY_WEIGHT);
  let length = 0;
  for (const weight of weights.values()) length += weight;
  return { terms: [...weights.keys()], weights: [...weights.values()], length };
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
