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
