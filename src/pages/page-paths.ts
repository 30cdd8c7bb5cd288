/**
 * Links of the pages to days and events, escaped for an attribute, each day's path made once per
 * thread: every related entry links to an event, and eventPath parses and checks the id's date
 * every time. Escaped piece by piece, as escaping a joined string would copy it first; a day's
 * path is digits and slashes.
 */
import { dayPath, eventPath, isoFromDay, type DayNumber, type EventId } from '../bundle/index.ts';
import { escapeHtml } from '../lib/escape-html.ts';
import { sitePath, type Site } from './site.ts';

const dayPaths = new Map<DayNumber, string>();

function dayPathOnce(day: DayNumber): string {
  let path = dayPaths.get(day);
  if (path === undefined) dayPaths.set(day, (path = dayPath(day)));
  return path;
}

let rootOf: { site: Site; root: string } | undefined;

/** `escapeHtml(sitePath(site, dayPath(day)))` */
export function dayHref(site: Site, day: DayNumber): string {
  if (rootOf?.site !== site) rootOf = { site, root: escapeHtml(sitePath(site, '')) };
  return rootOf.root + dayPathOnce(day);
}

/** `escapeHtml(sitePath(site, eventPath(id)))` for an event on `day`. */
export function eventHref(site: Site, id: EventId, day: DayNumber): string {
  const iso = isoFromDay(day);
  // As the compiler writes ids: `2015-09-26/slug`, the day's path and then the slug.
  if (id.startsWith(iso) && id.charCodeAt(iso.length) === SLASH)
    return dayHref(site, day) + escapeHtml(id.slice(iso.length));
  return escapeHtml(sitePath(site, eventPath(id)));
}

const SLASH = 0x2f;
