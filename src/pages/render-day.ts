/** Pure: the files of one day (its page, its events' pages and oEmbed JSON), as path and content. */
import { dayPath, eventPath, type DayNumber } from '../bundle/index.ts';
import type { EventDetail } from '../lib/data/join-day.ts';
import { formatLongDate } from './dates.ts';
import { dayArticle, eventArticle } from './event-page.ts';
import { headTags } from './head.ts';
import { oembedOf, oembedPathOf } from './oembed.ts';
import type { Shell } from './shell.ts';
import type { Site } from './site.ts';
import type { TextFile } from './sitemap.ts';
import { plainText, summary } from './text.ts';

/** Which pages a build writes: `events` (day and event pages), `days` (day pages only) or `none`. */
export type PagesMode = 'events' | 'days' | 'none';
export const PAGES_MODES: readonly PagesMode[] = ['events', 'days', 'none'];

export interface DayInput {
  day: DayNumber;
  events: EventDetail[];
}

export interface DayPages {
  files: TextFile[];
  /** App paths of the pages written, for the sitemap. */
  paths: string[];
}

export function renderDay(shell: Shell, site: Site, mode: PagesMode, input: DayInput): DayPages {
  const files: TextFile[] = [];
  const paths: string[] = [];
  if (mode === 'none') return { files, paths };
  const path = dayPath(input.day);
  const date = formatLongDate(input.day);
  const head = headTags(site, {
    title: `${date}: ${input.events.length === 1 ? 'one event' : `${input.events.length} events`}`,
    description: summary(input.events.map((event) => event.title).join('; ')),
    path,
  });
  files.push({ path: `${path}.html`, content: shell.render(head, dayArticle(site, input.day, input.events)) });
  paths.push(path);
  if (mode === 'events') for (const event of input.events) paths.push(eventPages(shell, site, event, files));
  return { files, paths };
}

function eventPages(shell: Shell, site: Site, event: EventDetail, files: TextFile[]): string {
  const path = eventPath(event.id);
  const title = event.headline || event.title;
  const head = headTags(site, {
    title,
    description: summary(plainText(event.body)) || title,
    path,
    publishedDay: event.day,
    oembedPath: oembedPathOf(path),
  });
  files.push({ path: `${path}.html`, content: shell.render(head, eventArticle(site, event)) });
  files.push({ path: oembedPathOf(path), content: JSON.stringify(oembedOf(site, path, title)) });
  return path;
}
