/** Dates as the panels and the static pages print them (calendar days in UTC). */
import type { DayNumber } from '../bundle/index.ts';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTH_NAMES: readonly string[] = [
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
  return `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** `26 Sep 2015` */
export function formatShortDate(day: DayNumber): string {
  const date = new Date(day * 86_400_000);
  return `${date.getUTCDate()} ${MONTH_NAMES[date.getUTCMonth()].slice(0, 3)} ${date.getUTCFullYear()}`;
}
