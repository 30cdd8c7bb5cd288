/** A markdown event file of September 2015, parsed as the compiler parses it. */
import { parseEventFile } from '../../src/compiler/parse-event.ts';
import type { ParsedEvent } from '../../src/compiler/types.ts';

/** The event of 2015-09-`day` named `slug`; `related` is the list under `### Related:`. */
export function parsedFile(day: number, slug: string, title: string, body: string, related = ''): ParsedEvent {
  const date = `2015-09-${String(day).padStart(2, '0')}`;
  const relatedSection = related === '' ? '' : `### Related:\n\n${related}\n`;
  const text = `### [${date}](/news/2015/09/${day}/index.md)\n\n# ${title} \n\n${body}\n\n${relatedSection}`;
  const outcome = parseEventFile(
    `news/2015/09/${day}/${slug}.md`,
    `2015/09/${day}/${slug}.md`,
    new TextEncoder().encode(text),
  );
  if (outcome.kind !== 'event') throw new Error('not an event');
  return outcome.event;
}
