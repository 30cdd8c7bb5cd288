/**
 * A one-off build's reading and parsing. Files are grouped by day into batches, and the thread
 * that parses a batch also writes its day files: a day file needs nothing from other days
 * (bundle/types.ts). Only what linking needs comes back to the main thread; bodies, sources and
 * related titles never cross threads.
 */
import type { DayNumber } from '../bundle/index.ts';
import { classifyPath } from './corpus-path.ts';
import { byDay, dayFile } from './day-file.ts';
import { keepOnePerId } from './link.ts';
import { parseOne } from './parse-files.ts';
import type { CorpusTree } from './read-tree.ts';
import type { LinkInput, ParsedEvent, Problem } from './types.ts';
import { OutputFolder } from './write-bundle.ts';

export interface DayBatch {
  tree: Pick<CorpusTree, 'root' | 'newsDir'>;
  /** The output folder the day files go to. */
  out: string;
  /** Paths below newsDir: every file of each of its days. */
  files: string[];
}

export interface DayBatchResult {
  files: number;
  dayPages: number;
  rejected: Problem[];
  duplicates: Problem[];
  warnings: Problem[];
  /** The batch's day files, and whether this batch wrote them (else they were already there). */
  days: Array<{ day: DayNumber; path: string; written: boolean }>;
  /** The batch's events, one per id, in ordinal order. */
  events: LinkInput[];
}

export function compileDayBatch({ tree, out, files }: DayBatch): DayBatchResult {
  const result: DayBatchResult = {
    files: files.length,
    dayPages: 0,
    rejected: [],
    duplicates: [],
    warnings: [],
    days: [],
    events: [],
  };
  const parsed: ParsedEvent[] = [];
  for (const underNews of files) {
    const outcome = parseOne(tree, underNews);
    result.warnings.push(...outcome.warnings);
    if (outcome.kind === 'event') parsed.push(outcome.event);
    else if (outcome.kind === 'dayPage') result.dayPages++;
    else result.rejected.push(outcome.problem);
  }
  const { kept, duplicates } = keepOnePerId(parsed);
  result.duplicates = duplicates;
  const folder = new OutputFolder(out);
  for (const [day, events] of byDay(kept)) {
    const file = dayFile(day, events);
    result.days.push({ day, path: file.path, written: folder.putHashed(file) });
  }
  result.events = kept.map(
    ({ file, id, day, slug, canonicalFolder, title, relatedCommaNames, related }): LinkInput => ({
      file,
      id,
      day,
      slug,
      canonicalFolder,
      title,
      relatedCommaNames,
      related: related.map((entry) => ({ id: entry.id, contexts: entry.contexts })),
    }),
  );
  return result;
}

/**
 * Whole days per batch, at least `size` files each (the last may be smaller), in day order.
 * A file outside `news/YYYY/MM/D/` is dated by its heading, so it is parsed here to find its
 * day, and again in its batch; such files are rare (each one is warned about).
 */
export function planDayBatches(
  tree: Pick<CorpusTree, 'root' | 'newsDir'>,
  files: readonly string[],
  size: number,
): string[][] {
  const filesOfDay = new Map<DayNumber, string[]>();
  const undated: string[] = [];
  for (const underNews of files) {
    const day = dayOfFile(tree, underNews);
    if (day === null) undated.push(underNews);
    else if (filesOfDay.has(day)) filesOfDay.get(day)!.push(underNews);
    else filesOfDay.set(day, [underNews]);
  }
  const batches: string[][] = [];
  let batch: string[] = [];
  for (const day of [...filesOfDay.keys()].sort((a, b) => a - b)) {
    batch.push(...filesOfDay.get(day)!);
    if (batch.length >= size) {
      batches.push(batch);
      batch = [];
    }
  }
  // Day pages and files that cannot be events go anywhere; they fill the last batch first.
  for (const underNews of undated) {
    batch.push(underNews);
    if (batch.length >= size) {
      batches.push(batch);
      batch = [];
    }
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

function dayOfFile(tree: Pick<CorpusTree, 'root' | 'newsDir'>, underNews: string): DayNumber | null {
  const place = classifyPath(underNews);
  if (place.kind === 'event') return place.day;
  if (place.kind !== 'outside') return null;
  const outcome = parseOne(tree, underNews);
  return outcome.kind === 'event' ? outcome.event.day : null;
}

/**
 * A batch result as it crosses between threads: related entries as one flat array. A
 * structured clone writes every key of every object, and 1.5 million entries were most of what
 * the main thread spent receiving a big tree.
 */
export interface PackedDayBatch {
  /** Its events' related lists are empty... */
  result: DayBatchResult;
  /** ...and travel here: how many entries each event had, */
  counts: number[];
  /** and the id and contexts of every entry, in order. */
  related: string[];
}

/** What a worker does with a day batch. */
export function dayBatchJob(batch: DayBatch): PackedDayBatch {
  const result = compileDayBatch(batch);
  const counts: number[] = [];
  const related: string[] = [];
  for (const event of result.events) {
    counts.push(event.related.length);
    for (const entry of event.related) related.push(entry.id, entry.contexts);
    event.related = [];
  }
  return { result, counts, related };
}

export function unpackDayBatch({ result, counts, related }: PackedDayBatch): DayBatchResult {
  let at = 0;
  result.events.forEach((event, i) => {
    for (let n = counts[i]; n > 0; n--, at += 2) event.related.push({ id: related[at], contexts: related[at + 1] });
  });
  return result;
}
