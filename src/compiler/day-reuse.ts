/**
 * Day files in a build session (the dev server): a day file depends only on its own events'
 * parsed content, and an unchanged file's parse is the very same object from build to build,
 * so a day whose events are the same objects keeps its file.
 */
import type { DayNumber, DaySection, Manifest } from '../bundle/index.ts';
import type { BuildSession } from './build-session.ts';
import { byDay, dayFile } from './day-file.ts';
import type { OutFile } from './hashed-file.ts';
import type { LinkedCorpus, LinkedEvent } from './link.ts';
import { bundleFiles } from './shard.ts';
import type { ShardReuse } from './shard-reuse.ts';
import type { ParsedEvent } from './types.ts';
import { OutputFolder } from './write-bundle.ts';

export interface DayOutput {
  events: readonly ParsedEvent[];
  /** The day page's sections: an unchanged page's parse is the same object from build to build. */
  sections?: DaySection[];
  /** The day file's path (content-hashed) in the output folder. */
  path: string;
}

export type DayOutputs = Map<DayNumber, DayOutput>;

/** The day files (kept where unchanged), then the corpus-wide files that point at them. */
export function* sessionFiles(
  corpus: LinkedCorpus<ParsedEvent>,
  previous: DayOutputs,
  next: DayOutputs,
  pages: ReadonlyMap<DayNumber, DaySection[]> = new Map(),
  shards?: ShardReuse,
): Generator<OutFile, Manifest> {
  yield* sessionDayFiles(corpus.events, previous, next, pages);
  return yield* bundleFiles(corpus, new Map([...next].map(([day, output]) => [day, output.path])), shards);
}

/** Day files the last build wrote to the same folder and that are still there. */
export function reusableDays(session: BuildSession, out: string): DayOutputs {
  const days: DayOutputs = new Map();
  if (!session.days || session.out !== out) return days;
  const folder = new OutputFolder(out);
  for (const [day, output] of session.days) if (folder.has(output.path)) days.set(day, output);
  return days;
}

/**
 * Every day's file, in day order: kept from `previous` where its events are unchanged, else
 * serialised. Records each in `next`.
 */
function* sessionDayFiles(
  events: readonly LinkedEvent<ParsedEvent>[],
  previous: DayOutputs,
  next: DayOutputs,
  pages: ReadonlyMap<DayNumber, DaySection[]>,
): Generator<OutFile> {
  for (const [day, dayEvents] of byDay(events.map((event) => event.parsed))) {
    const before = previous.get(day);
    const sections = pages.get(day);
    if (before && before.sections === sections && sameEvents(before.events, dayEvents)) {
      next.set(day, before);
      yield { path: before.path, content: null };
      continue;
    }
    const file = dayFile(day, dayEvents, sections);
    next.set(day, { events: dayEvents, sections, path: file.path });
    yield file;
  }
}

function sameEvents(a: readonly ParsedEvent[], b: readonly ParsedEvent[]): boolean {
  return a.length === b.length && a.every((event, i) => event === b[i]);
}
