import type { DayNumber, EventId } from '../../bundle/index.ts';

/** How the panel turns days and events into in-app hrefs; the app decides (query string, range). */
export interface PanelLinks {
  eventHref: (id: EventId, day: DayNumber) => string;
  dayHref: (day: DayNumber) => string;
}

export interface EventLink {
  id: EventId;
  day: DayNumber;
  title: string;
}

export { formatLongDate, formatShortDate } from '../../lib/format-date.ts';

export function isExternalHref(href: string): boolean {
  return /^https?:\/\//i.test(href);
}

export function domainOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
