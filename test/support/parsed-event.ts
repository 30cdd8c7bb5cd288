/** Typed fixtures for compiler tests: parse results as parse-event.ts makes them. */
import { dayFromIso, eventId } from '../../src/bundle/index.ts';
import { collectCommaNames } from '../../src/compiler/contexts.ts';
import type { ParsedEvent, ParsedRelated } from '../../src/compiler/types.ts';

/** An event of `date` (YYYY-MM-DD) named `slug`, in its padded day folder unless told otherwise. */
export function makeParsedEvent(
  date: string,
  slug: string,
  {
    title = `${slug}.`,
    related = [],
    folder = date.replaceAll('-', '/'),
  }: Partial<{
    title: string;
    related: ParsedRelated[];
    folder: string;
  }> = {},
): ParsedEvent {
  const day = dayFromIso(date)!;
  return {
    file: `news/${folder}/${slug}.md`,
    id: eventId(day, slug),
    day,
    slug,
    canonicalFolder: !/\/\d$/.test(folder),
    title,
    body: [],
    sources: [],
    related,
    relatedCommaNames: [...collectCommaNames(related.map((r) => r.title))],
    spellings: [],
  };
}

/** A related entry pointing at `slug` of `date`; its title is the slug unless given. */
export function makeRelated(date: string, slug: string, contexts: string, title = slug): ParsedRelated {
  const day = dayFromIso(date)!;
  return { id: eventId(day, slug), day, title, contexts };
}
