/**
 * Which day files of the previous build can be kept as they are. A day file depends only on its
 * own events' parsed content and linked parts (story split, tags, related entries), never on
 * corpus-wide numbering, so comparing those is enough to know it would serialise the same.
 */
import type { DayNumber } from '../bundle/index.ts';
import type { LinkedEvent } from './link.ts';

export interface DayOutput {
  events: readonly LinkedEvent[];
  /** The day file's path (content-hashed) in the output folder. */
  path: string;
}

export type DayOutputs = Map<DayNumber, DayOutput>;

export function sameDay(before: readonly LinkedEvent[], after: readonly LinkedEvent[]): boolean {
  return before.length === after.length && before.every((event, i) => sameDetail(event, after[i]));
}

/** Parsed events are kept between builds, so an unchanged file is the very same object. */
function sameDetail(a: LinkedEvent, b: LinkedEvent): boolean {
  if (a.parsed !== b.parsed || a.headlineStart !== b.headlineStart) return false;
  if (!sameList(a.storyPath, b.storyPath) || a.tags.size !== b.tags.size) return false;
  for (const tag of a.tags) if (!b.tags.has(tag)) return false;
  return a.related.every((entry, i) => entry.inCollection === b.related[i].inCollection && sameList(entry.contexts, b.related[i].contexts));
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((value, i) => value === b[i]));
}
