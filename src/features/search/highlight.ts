/** Splits text into plain and matched parts, for rendering as text elements. Pure. */
import { MAX_TERM_LENGTH, wordSpans } from '../../bundle/index.ts';

export interface Segment {
  text: string;
  match: boolean;
}

/** `terms` are index terms (folded); a word matches when it folds to one of them. */
export function highlight(text: string, terms: ReadonlySet<string>): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const span of wordSpans(text)) {
    if (!terms.has(span.term.slice(0, MAX_TERM_LENGTH))) continue;
    if (span.start > at) segments.push({ text: text.slice(at, span.start), match: false });
    segments.push({ text: text.slice(span.start, span.end), match: true });
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), match: false });
  return segments;
}
