/**
 * A one-off build's reading and parsing. Files are grouped by day into batches, and the thread
 * that parses a batch also writes its day files: a day file needs nothing from other days
 * (bundle/types.ts). Only what linking needs comes back to the main thread; bodies, sources and
 * related titles never cross threads.
 */
import type { DayNumber, DaySection } from '../bundle/index.ts';
import { classifyPath } from './corpus-path.ts';
import { byDay, dayFile } from './day-file.ts';
import { keepOnePerId } from './link.ts';
import { parseOne } from './parse-files.ts';
import type { CorpusTree } from './read-tree.ts';
import { noFindings, tally, type Findings } from './report.ts';
import { relatedCodec } from './thread-codec.ts';
import type { LinkInput, ParsedEvent } from './types.ts';
import type { Job } from './worker-pool.ts';
import { OutputFolder } from './write-bundle.ts';
import { eventTerms } from './search/event-terms.ts';
import { packTerms, type PackedTerms } from './search/packed-terms.ts';

export interface DayBatch {
  tree: Pick<CorpusTree, 'root' | 'newsDir'>;
  /** The output folder the day files go to. */
  out: string;
  /** Paths below newsDir: every file of each of its days. */
  files: string[];
}

export interface DayBatchResult {
  files: number;
  findings: Findings;
  /** The batch's day files, and whether this batch wrote them (else they were already there). */
  days: Array<{ day: DayNumber; path: string; written: boolean }>;
  /** The batch's events, one per id, in ordinal order. */
  events: LinkInput[];
  /** Their title and body terms, for the search index. */
  terms: PackedTerms;
}

export function compileDayBatch({ tree, out, files }: DayBatch): DayBatchResult {
  const findings = noFindings();
  const parsed: ParsedEvent[] = [];
  const pages = new Map<DayNumber, DaySection[]>();
  for (const underNews of files) {
    const outcome = parseOne(tree, underNews);
    const event = tally(findings, outcome);
    if (event) parsed.push(event);
    else if (outcome.kind === 'dayPage' && outcome.page) pages.set(outcome.page.day, outcome.page.sections);
  }
  const { kept, duplicates } = keepOnePerId(parsed);
  findings.duplicates = duplicates;
  const folder = new OutputFolder(out);
  const days: DayBatchResult['days'] = [];
  for (const [day, events] of byDay(kept)) {
    const file = dayFile(day, events, pages.get(day));
    days.push({ day, path: file.path, written: folder.putHashed(file) });
  }
  // Bodies and sources stay in the day files; of related entries only ids and contexts go on.
  const events = kept.map(({ body: _body, sources: _sources, related, ...linkFields }): LinkInput => ({
    ...linkFields,
    related: related.map((entry) => ({ id: entry.id, contexts: entry.contexts })),
  }));
  const terms = packTerms(kept.map((event) => ({ id: event.id, terms: eventTerms(event.title, event.body) })));
  return { files: files.length, findings, days, events, terms };
}

/** What a worker does with a day batch: only ids and contexts of related entries cross back. */
export const dayBatchJob: Job<DayBatch, DayBatchResult> = {
  name: 'days',
  run: compileDayBatch,
  codec: relatedCodec<DayBatchResult, LinkInput['related'][number]>((result) => result.events, {
    width: 2,
    write: (entry, values) => values.push(entry.id, entry.contexts),
    read: (values, at) => ({ id: values[at] as string, contexts: values[at + 1] as string }),
  }),
};

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
  // Files that cannot be events go anywhere; they fill the last batch first.
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
  // A day page goes with its day's events: their day file carries its sections.
  if (place.kind === 'event' || place.kind === 'dayPage') return place.day;
  if (place.kind !== 'outside') return null;
  const outcome = parseOne(tree, underNews);
  return outcome.kind === 'event' ? outcome.event.day : null;
}
