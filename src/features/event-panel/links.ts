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

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** `Saturday 26 September 2015`, spelled out by hand so it reads the same in every ICU build. */
export function formatLongDate(day: DayNumber): string {
  const date = new Date(day * 86_400_000);
  return `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** `26 Sep 2015` */
export function formatShortDate(day: DayNumber): string {
  const date = new Date(day * 86_400_000);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()].slice(0, 3)} ${date.getUTCFullYear()}`;
}

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
