/** Shapes passed between the compiler's steps (not part of the bundle contract). */
import type { Block, DayNumber, DaySection, EventId, Source } from '../bundle/index.ts';

/** Something wrong with one file, for the report: path relative to the corpus root, 1-based line. */
export interface Problem {
  file: string;
  line: number;
  message: string;
}

export interface ParsedRelated {
  id: EventId;
  day: DayNumber;
  title: string;
  /** The `_Context: ..._` text as written; split once the corpus's names are known. */
  contexts: string;
}

export interface ParsedEvent {
  file: string;
  id: EventId;
  day: DayNumber;
  slug: string;
  /** The file sits in a zero-padded day folder; wins over an unpadded copy of the same event. */
  canonicalFolder: boolean;
  title: string;
  body: Block[];
  sources: Source[];
  related: ParsedRelated[];
  /** Story names with a comma that the related titles show (see collectCommaNames). */
  relatedCommaNames: string[];
  /** Words of the body and related titles that the upstream ASCII folding changes (`Iğdır`),
   *  which restore the titles' folded words for display (display-titles.ts). */
  spellings: string[];
  /** Titles as written of the related entries that `spellings` respell, by position (absent when
   *  none): the ones outside the collection are shown respelled (shard.ts). */
  foldedRelated?: Record<number, string>;
}

/**
 * What linking needs of an event: no body, sources or related titles. A parse worker that writes
 * the day files itself sends only this to the main thread.
 */
export interface LinkInput extends Pick<
  ParsedEvent,
  'file' | 'id' | 'day' | 'slug' | 'canonicalFolder' | 'title' | 'relatedCommaNames' | 'spellings' | 'foldedRelated'
> {
  related: Array<Pick<ParsedRelated, 'id' | 'contexts'>>;
}

export type ParseOutcome =
  | { kind: 'event'; event: ParsedEvent; warnings: Problem[] }
  /** `page` is null for a day page outside a dated folder (it groups nothing). */
  | { kind: 'dayPage'; page: DayPage | null; warnings: Problem[] }
  | { kind: 'rejected'; problem: Problem; warnings: Problem[] };

/** What a day page says: its day's events grouped under the Portal's headings. */
export interface DayPage {
  day: DayNumber;
  sections: DaySection[];
}
