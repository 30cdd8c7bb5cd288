/**
 * A day file: what one day's markdown files say, nothing that needs the rest of the corpus (that
 * is in the index shards). So it can be written by whichever thread parsed the day. Pure.
 */
import {
  BUNDLE_VERSION,
  isoFromDay,
  type DayEvent,
  type DayFile,
  type DayNumber,
  type DaySection,
} from '../bundle/index.ts';
import { hashedFile, type OutFile } from './hashed-file.ts';
import type { ParsedEvent } from './types.ts';

/** `events` are the day's events in ordinal order, one per id; `sections` the day page's, if any. */
export function dayFile(day: DayNumber, events: readonly ParsedEvent[], sections?: DaySection[]): OutFile {
  const detail: DayFile = { version: BUNDLE_VERSION, day, events: events.map(dayEvent) };
  if (sections) detail.sections = sections;
  const iso = isoFromDay(day);
  return hashedFile(`days/${iso.slice(0, 4)}/${iso.slice(5)}`, JSON.stringify(detail));
}

function dayEvent(event: ParsedEvent): DayEvent {
  return {
    id: event.id,
    day: event.day,
    slug: event.slug,
    title: event.title,
    body: event.body,
    sources: event.sources,
    related: event.related,
    file: event.file,
  };
}

/** Consecutive runs of events with the same day. */
export function* byDay<E extends { day: DayNumber }>(events: readonly E[]): Generator<[DayNumber, E[]]> {
  for (let start = 0; start < events.length;) {
    let end = start + 1;
    while (end < events.length && events[end].day === events[start].day) end++;
    yield [events[start].day, events.slice(start, end)];
    start = end;
  }
}
