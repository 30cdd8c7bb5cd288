/**
 * Reads a date typed into the search field: `2008-09-15`, `15 Sep 2008`, `Sep 15, 2008`,
 * `Sept 2008`, `September 2008`, `2008-09` or `2008`. Pure; dates are calendar days in UTC.
 */
import { utcFormat } from 'd3-time-format';
import { dateFromDay, dayFromParts, type DayNumber } from '../../bundle/index.ts';

export type DateTarget =
  | { kind: 'day'; day: DayNumber; label: string }
  | { kind: 'month' | 'year'; firstDay: DayNumber; endDay: DayNumber; label: string };

/** Month names from d3's English locale, the one the timeline's axis uses. */
const MONTH_NAMES = Array.from({ length: 12 }, (_, m) => utcFormat('%B')(new Date(Date.UTC(2000, m, 1))));
const dayLabel = utcFormat('%-d %B %Y');

/** `sept`, `september`, `Sep.` -> 1-12; null for anything else. */
function monthOf(word: string): number | null {
  const name = word.toLowerCase().replace(/\.$/, '');
  if (name.length < 3) return null;
  const index = MONTH_NAMES.findIndex((month) => month.toLowerCase().startsWith(name.slice(0, 3)));
  if (index < 0) return null;
  return MONTH_NAMES[index].toLowerCase().startsWith(name) || name === 'sept' ? index + 1 : null;
}

const YEAR = '(\\d{4})';
const PATTERNS: Array<[RegExp, (m: RegExpMatchArray) => [number, number | null, number | null]]> = [
  [new RegExp(`^${YEAR}-(\\d{1,2})-(\\d{1,2})$`), (m) => [+m[1], +m[2], +m[3]]],
  [new RegExp(`^${YEAR}-(\\d{1,2})$`), (m) => [+m[1], +m[2], null]],
  [new RegExp(`^(\\d{1,2})\\s+([a-z.]+)\\s+${YEAR}$`, 'i'), (m) => [+m[3], monthOf(m[2]) ?? -1, +m[1]]],
  [new RegExp(`^([a-z.]+)\\s+(\\d{1,2}),?\\s+${YEAR}$`, 'i'), (m) => [+m[3], monthOf(m[1]) ?? -1, +m[2]]],
  [new RegExp(`^([a-z.]+)\\s+${YEAR}$`, 'i'), (m) => [+m[2], monthOf(m[1]) ?? -1, null]],
  [new RegExp(`^${YEAR}$`), (m) => [+m[1], null, null]],
];

export function parseDateQuery(text: string): DateTarget | null {
  const trimmed = text.trim();
  for (const [pattern, parts] of PATTERNS) {
    const match = pattern.exec(trimmed);
    if (!match) continue;
    const [year, month, day] = parts(match);
    if (year < 1000 || month === -1) return null;
    if (month === null) {
      return {
        kind: 'year',
        firstDay: dayFromParts(year, 1, 1)!,
        endDay: dayFromParts(year + 1, 1, 1)!,
        label: String(year),
      };
    }
    if (day === null) {
      const firstDay = dayFromParts(year, month, 1);
      if (firstDay === null) return null;
      const endDay = month === 12 ? dayFromParts(year + 1, 1, 1)! : dayFromParts(year, month + 1, 1)!;
      return { kind: 'month', firstDay, endDay, label: `${MONTH_NAMES[month - 1]} ${year}` };
    }
    const found = dayFromParts(year, month, day);
    if (found === null) return null;
    return {
      kind: 'day',
      day: found,
      label: dayLabel(dateFromDay(found)),
    };
  }
  return null;
}
