/**
 * The pages' dates, each day formatted once per thread: a related entry or a date link names a day
 * that thousands of other pages name too, and d3's formatter was the pages' costliest call.
 */
import { isoFromDay, type DayNumber } from '../bundle/index.ts';
import { formatDay, formatShortDay } from '../lib/dates.ts';

function formattedOnce(format: (day: number) => string): (day: DayNumber) => string {
  const known = new Map<DayNumber, string>();
  return (day) => {
    let text = known.get(day);
    if (text === undefined) known.set(day, (text = format(day)));
    return text;
  };
}

/** `Saturday 26 September 2015` */
export const formatLongDate = formattedOnce(formatDay);
/** `<time datetime="2015-09-26">26 Sep 2015</time>`, as related entries show their day. */
export const shortTimeTag = formattedOnce((day) => `<time datetime="${isoFromDay(day)}">${formatShortDay(day)}</time>`);
