import { fold, type TagEntry } from '../../bundle/index.ts';

/** A tag name as the type-ahead compares it: folded words and their initials. */
interface Folded {
  text: string;
  words: string[];
  initials: string;
}

/** Small words initials skip: "isil" is the Islamic State of Iraq and the Levant. */
const MINOR = new Set(['of', 'and', 'the', 'in', 'on', 'for', 'to', 'a', 'an', 'de']);

/** Case, accents, dashes and punctuation folded away as search folds them: "Turkey–PKK" reads "turkey pkk". */
export function foldWords(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

const cache = new WeakMap<TagEntry[], Folded[][]>();

function foldName(name: string): Folded {
  const words = foldWords(name);
  const initials = words
    .filter((word) => !MINOR.has(word))
    .map((word) => word[0])
    .join('');
  return { text: words.join(' '), words, initials };
}

/** Per tag, its name and its label folded: either spelling finds it (`Igd-r`, `Iğdır`). */
function foldedTags(tags: TagEntry[]): Folded[][] {
  let folded = cache.get(tags);
  if (!folded) {
    folded = tags.map((tag) =>
      tag.label === undefined ? [foldName(tag.name)] : [foldName(tag.name), foldName(tag.label)],
    );
    cache.set(tags, folded);
  }
  return folded;
}

/**
 * How well a name matches the query words (any order), lower is better: 0 the name starts
 * with the query, 1 every word starts a word of the name (or the query is its initials),
 * 2 some word only inside a word; null for no match.
 */
export function matchRank(name: Folded, query: string[]): number | null {
  if (query.length === 0) return 0;
  if (name.text.startsWith(query.join(' '))) return 0;
  if (query.length === 1 && query[0].length >= 2 && name.initials.startsWith(query[0])) return 1;
  let rank = 1;
  for (const word of query) {
    if (name.words.some((w) => w.startsWith(word))) continue;
    if (!name.text.includes(word)) return null;
    rank = 2;
  }
  return rank;
}

function bestRank(spellings: Folded[], query: string[]): number | null {
  let best: number | null = null;
  for (const spelling of spellings) {
    const rank = matchRank(spelling, query);
    if (rank !== null && (best === null || rank < best)) best = rank;
  }
  return best;
}

/** Type-ahead over tag names, best matches first and busiest first within each rank. */
export function searchTags(tags: TagEntry[], query: string, exclude: string[], limit = 30): TagEntry[] {
  const words = foldWords(query);
  const folded = foldedTags(tags);
  const ranked: TagEntry[][] = [[], [], []];
  for (let i = 0; i < tags.length; i++) {
    if (exclude.includes(tags[i].name)) continue;
    const rank = bestRank(folded[i], words);
    if (rank !== null) ranked[rank].push(tags[i]);
    if (ranked[0].length >= limit) break;
  }
  // manifest.tags is already sorted by count, so each rank keeps that order.
  return ranked.flat().slice(0, limit);
}
