/** What a range of the timeline holds, in one sentence for screen readers. */
import { utcFormat } from 'd3-time-format';
import { formatDay } from './dates.ts';
import { countInDays, type Density } from './density.ts';
import { MS_PER_DAY, type TimeRange } from './time-range.ts';

const numbers = new Intl.NumberFormat('en-US');
const dayMonthYear = utcFormat('%-d %B %Y');
const dayMonth = utcFormat('%-d %B');
const dayOnly = utcFormat('%-d');
const monthYear = utcFormat('%B %Y');
const year = utcFormat('%Y');

const dateOf = (day: number) => new Date(day * MS_PER_DAY);

/**
 * The whole days mostly in view, [fromDay, toDay): a range from 31 August 13:00 to 1 October
 * 02:00 is September.
 */
export function daysMostlyInView(range: TimeRange): [number, number] {
  const fromDay = Math.round(range.start / MS_PER_DAY);
  return [fromDay, Math.max(fromDay + 1, Math.round(range.end / MS_PER_DAY))];
}

/** "September 2015", "2015", "3–9 September 2015", "3 March 2003 – 9 June 2015". */
export function nameDays(fromDay: number, toDay: number): string {
  const first = dateOf(fromDay);
  const last = dateOf(toDay - 1);
  const end = dateOf(toDay);
  if (toDay - fromDay === 1) return formatDay(fromDay);
  const sameYear = first.getUTCFullYear() === last.getUTCFullYear();
  const sameMonth = sameYear && first.getUTCMonth() === last.getUTCMonth();
  if (first.getUTCDate() === 1 && end.getUTCDate() === 1) {
    if (sameYear && first.getUTCMonth() === 0 && end.getUTCMonth() === 0) return year(first);
    if (sameMonth) return monthYear(first);
  }
  if (sameMonth) return `${dayOnly(first)}–${dayMonthYear(last)}`;
  if (sameYear) return `${dayMonth(first)} – ${dayMonthYear(last)}`;
  return `${dayMonthYear(first)} – ${dayMonthYear(last)}`;
}

/** The day with the most events in [fromDay, toDay) (the first of equals), or null when none has any. */
export function busiestDay(density: Density, fromDay: number, toDay: number): number | null {
  let best: number | null = null;
  let most = 0;
  for (let day = fromDay; day < toDay; day++) {
    const count = countInDays(density, day, day + 1);
    if (count > most) [best, most] = [day, count];
  }
  return best;
}

/**
 * "September 2015: 428 events, busiest 16 September"; under a filter the density is the
 * matches' and the events are "matching". Wide views take one pass over their days.
 */
export function describeRange(density: Density, range: TimeRange, filtered = false): string {
  const [fromDay, toDay] = daysMostlyInView(range);
  const count = countInDays(density, fromDay, toDay);
  const noun = `${filtered ? 'matching ' : ''}${count === 1 ? 'event' : 'events'}`;
  const head = `${nameDays(fromDay, toDay)}: ${count === 0 ? 'no' : numbers.format(count)} ${noun}`;
  if (count === 0 || toDay - fromDay === 1) return head;
  const busiest = busiestDay(density, fromDay, toDay)!;
  const sameYear = dateOf(fromDay).getUTCFullYear() === dateOf(toDay - 1).getUTCFullYear();
  return `${head}, busiest ${(sameYear ? dayMonth : dayMonthYear)(dateOf(busiest))}`;
}
