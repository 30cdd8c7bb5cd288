/**
 * An event's own spellings: the words of its body and related titles that the upstream ASCII
 * folding changes (`Iğdır`), which respell the folded words of titles for display; and which of
 * its related titles they respell. Pure; runs in the parse workers, where the titles are.
 */
import type { Block } from '../bundle/index.ts';
import { plainText } from '../bundle/plain-text.ts';
import { spellingsOf, unfoldedWords, unfoldTitle } from '../bundle/unfold.ts';
import type { ParsedEvent, ParsedRelated } from './types.ts';

export function eventSpellings(
  body: readonly Block[],
  related: readonly ParsedRelated[],
): Pick<ParsedEvent, 'spellings' | 'foldedRelated'> {
  const spellings = unfoldedWords([plainText(body), ...related.map((entry) => entry.title)].join('\n'));
  if (spellings.length === 0) return { spellings };
  const own = spellingsOf(spellings);
  const folded = related.flatMap((entry, position) =>
    unfoldTitle(entry.title, own) === entry.title ? [] : [[position, entry.title] as const],
  );
  return folded.length === 0 ? { spellings } : { spellings, foldedRelated: Object.fromEntries(folded) };
}
