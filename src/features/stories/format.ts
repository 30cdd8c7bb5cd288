/** `26 Sep 2015`: the app's one short day format. */
export { formatShortDay as formatDay } from '../../lib/dates.ts';

/** `1 event`, `2,000 events` */
export function countEvents(n: number): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? 'event' : 'events'}`;
}
