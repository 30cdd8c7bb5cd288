/** The readable part of an event's page and a day's page: semantic HTML that works with JavaScript off. */
import { isoFromDay, type DayNumber } from '../bundle/index.ts';
import type { EventDetail, RelatedEntry } from '../lib/data/join-day.ts';
import { bodyHtml } from './body-html.ts';
import { formatLongDate, shortTimeTag } from './dates.ts';
import { escapeHtml } from '../lib/escape-html.ts';
import { dayHref, eventHref } from './page-paths.ts';
import type { Site } from './site.ts';

export function eventArticle(site: Site, event: EventDetail): string {
  const parts = [`<article class="static-event">`];
  if (event.storyPath.length > 0)
    parts.push(`<p class="story-path">Story: ${event.storyPath.map(escapeHtml).join(' › ')}</p>`);
  parts.push(
    `<h1>${escapeHtml(event.headline || event.title)}</h1>`,
    `<p class="event-date">${dateLink(site, event.day, formatLongDate(event.day))}</p>`,
    bodyHtml(site, event.body),
  );
  if (event.tags.length > 0)
    parts.push(section('Tags', `<ul>${event.tagLabels.map((label) => `<li>${escapeHtml(label)}</li>`).join('')}</ul>`));
  if (event.sources.length > 0) {
    const items = event.sources.map(
      (source) =>
        `<li><a href="${escapeHtml(source.url)}" rel="noopener noreferrer">${escapeHtml(source.outlet)}</a></li>`,
    );
    parts.push(section('Sources', `<ul>${items.join('')}</ul>`));
  }
  if (event.related.length > 0)
    parts.push(section('Related', `<ol>${event.related.map((entry) => relatedItem(site, entry)).join('')}</ol>`));
  parts.push(`</article>`);
  return parts.join('\n');
}

/** In the collection: a link to its page; outside it: its title, marked as such. */
function relatedItem(site: Site, entry: RelatedEntry): string {
  const title = entry.inCollection
    ? `<a href="${eventHref(site, entry.id, entry.day)}">${escapeHtml(entry.title)}</a>`
    : `${escapeHtml(entry.title)} <small>(not in this collection)</small>`;
  return `<li>${shortTimeTag(entry.day)} ${title}</li>`;
}

export function dayArticle(site: Site, day: DayNumber, events: EventDetail[]): string {
  const items = events.map(
    (event) => `<li><a href="${eventHref(site, event.id, event.day)}">${escapeHtml(event.title)}</a></li>`,
  );
  return [
    `<article class="static-day">`,
    `<h1><time datetime="${isoFromDay(day)}">${formatLongDate(day)}</time></h1>`,
    `<p>${events.length === 1 ? 'One event' : `${events.length} events`} on this day.</p>`,
    `<ul>${items.join('')}</ul>`,
    `</article>`,
  ].join('\n');
}

export function notFoundArticle(site: Site): string {
  return [
    `<article class="static-not-found">`,
    `<h1>Page not found</h1>`,
    `<p>There is no page at this address. Events live at addresses like <code>/news/2015/09/26/some-event</code>, and a whole day at <code>/news/2015/09/26</code>.</p>`,
    `<p><a href="${escapeHtml(site.base)}">Go to the timeline overview</a></p>`,
    `</article>`,
  ].join('\n');
}

function dateLink(site: Site, day: DayNumber, text: string): string {
  return `<a href="${dayHref(site, day)}"><time datetime="${isoFromDay(day)}">${text}</time></a>`;
}

function section(heading: string, content: string): string {
  const id = `${heading.toLowerCase()}-heading`;
  return `<section aria-labelledby="${id}"><h2 id="${id}">${heading}</h2>${content}</section>`;
}
