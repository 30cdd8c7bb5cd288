import type { DayNumber, EventId, StoryId } from '../../bundle/index.ts';

/** How the panel turns days and events into in-app hrefs; the app decides (query string, range). */
export interface PanelLinks {
  eventHref: (id: EventId, day: DayNumber) => string;
  dayHref: (day: DayNumber) => string;
  storyHref: (id: StoryId) => string;
}

export interface EventLink {
  id: EventId;
  day: DayNumber;
  title: string;
}

/** Only http(s) becomes a link: a tampered bundle's `javascript:` or `data:` URL stays text. */
export function isExternalHref(href: string): boolean {
  try {
    const { protocol } = new URL(href);
    return (protocol === 'http:' || protocol === 'https:') && /^https?:\/\//i.test(href);
  } catch {
    return false;
  }
}

export function domainOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
