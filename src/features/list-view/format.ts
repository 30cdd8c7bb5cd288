import { utcFormat } from 'd3-time-format';
import { MS_PER_DAY } from '../../lib/time-range.ts';

const longDay = utcFormat('%A %-d %B %Y');
const numbers = new Intl.NumberFormat('en-US');

/** "Saturday 26 September 2015", as the panel writes a day. */
export function formatListDay(day: number): string {
  return longDay(new Date(day * MS_PER_DAY));
}

export function formatCount(n: number): string {
  return numbers.format(n);
}
