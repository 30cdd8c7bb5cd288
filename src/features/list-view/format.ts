import { formatDay } from '../../lib/dates.ts';

const numbers = new Intl.NumberFormat('en-US');

/** "Saturday 26 September 2015", as the panel writes a day. */
export const formatListDay = formatDay;

export function formatCount(n: number): string {
  return numbers.format(n);
}
