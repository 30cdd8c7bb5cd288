import { utcFormat } from 'd3-time-format';
import { dateFromDay, type DayNumber } from '../../bundle/index.ts';

const shortDate = utcFormat('%-d %b %Y');

/** `26 Sep 2015` */
export function formatDay(day: DayNumber): string {
  return shortDate(dateFromDay(day));
}

/** `1 event`, `2,000 events` */
export function countEvents(n: number): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? 'event' : 'events'}`;
}
