/** Month and weekday names as the generated text spells them (d3-time-format's English). */
import { utcFormat } from 'd3-time-format';
import { dateFromDay, type DayNumber } from '../bundle/index.ts';

const monthName = utcFormat('%B');
const weekdayName = utcFormat('%A');

/** January to December. */
export const MONTH_NAMES: readonly string[] = Array.from({ length: 12 }, (_, month) =>
  monthName(new Date(Date.UTC(2000, month, 1))),
);

export function monthOf(date: Date): string {
  return monthName(date);
}

export function weekdayOf(day: DayNumber): string {
  return weekdayName(dateFromDay(day));
}
