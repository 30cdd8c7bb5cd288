/**
 * How days, event ids and URL paths are formed. The compiler and the app both import
 * this module, so an event id means the same thing on both sides.
 */

/** Whole days since 1970-01-01 UTC: the only date unit in the bundle. */
export type DayNumber = number;

/** `YYYY-MM-DD/slug`, with the day always zero-padded. */
export type EventId = string;

const MS_PER_DAY = 86_400_000;

export function dayFromParts(year: number, month: number, day: number): DayNumber | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return daysFromCivil(year, month, day);
}

function daysInMonth(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

// Calendar arithmetic on the proleptic Gregorian calendar in 400-year eras of 146,097 days,
// counting years from March so that the leap day comes last. The compiler converts millions of
// dates, and going through Date objects and toISOString was a measurable part of a build.
const DAYS_PER_ERA = 146_097;
/** Days from 0000-03-01 to 1970-01-01. */
const EPOCH_SHIFT = 719_468;

function daysFromCivil(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * DAYS_PER_ERA + dayOfEra - EPOCH_SHIFT;
}

function civilFromDays(days: DayNumber): { year: number; month: number; day: number } {
  const shifted = days + EPOCH_SHIFT;
  const era = Math.floor(shifted / DAYS_PER_ERA);
  const dayOfEra = shifted - era * DAYS_PER_ERA;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return {
    year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1,
  };
}

/** `2015-09-26` (also `2015-9-6`) to a day number; null when it is not a calendar day. */
export function dayFromIso(iso: string): DayNumber | null {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(iso.trim());
  if (!match) return null;
  return dayFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Days recur: every related link names one, and a corpus spans some thousands. */
const isoOfDay = new Map<DayNumber, string>();

/** `2015-09-26`; years 0 to 9999, the only ones a corpus path can name. */
export function isoFromDay(day: DayNumber): string {
  let iso = isoOfDay.get(day);
  if (iso === undefined) {
    const date = civilFromDays(day);
    iso = `${String(date.year).padStart(4, '0')}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
    if (isoOfDay.size < 100_000) isoOfDay.set(day, iso);
  }
  return iso;
}

export function dateFromDay(day: DayNumber): Date {
  return new Date(day * MS_PER_DAY);
}

export function eventId(day: DayNumber, slug: string): EventId {
  return `${isoFromDay(day)}/${slug}`;
}

export function splitEventId(id: EventId): { day: DayNumber; slug: string } | null {
  const slash = id.indexOf('/');
  if (slash < 0) return null;
  const day = dayFromIso(id.slice(0, slash));
  const slug = id.slice(slash + 1);
  if (day === null || !isValidSlug(slug)) return null;
  return { day, slug };
}

/** Slugs come from file names; anything that could escape a path or URL is refused. */
export function isValidSlug(slug: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._~-]*$/.test(slug) && !slug.includes('..') && slug.length <= 255;
}

/** The canonical app path of a day: `/news/2017/05/04`. */
export function dayPath(day: DayNumber): string {
  return `/news/${isoFromDay(day).replaceAll('-', '/')}`;
}

/** The canonical app path of an event: `/news/2017/05/04/slug`. */
export function eventPath(id: EventId): string {
  const parts = splitEventId(id);
  if (!parts) throw new Error(`not an event id: ${id}`);
  return `${dayPath(parts.day)}/${parts.slug}`;
}

export type NewsPath = { kind: 'day'; day: DayNumber } | { kind: 'event'; day: DayNumber; slug: string; id: EventId };

/**
 * Reads a corpus link or an app path: `/news/2017/05/4/slug.md`, `/news/2017/05/04/slug`,
 * `/news/2015/09/26/index.md` and `/news/2015/09/26` all work; padding is normalised.
 * Returns null for anything else, including impossible dates.
 */
export function parseNewsPath(path: string): NewsPath | null {
  const match = /^\/?news\/(\d{4})\/(\d{1,2})\/(\d{1,2})(?:\/([^/?#]*))?\/?$/.exec(path);
  if (!match) return null;
  const day = dayFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
  if (day === null) return null;
  let slug = match[4] ?? '';
  if (slug.endsWith('.md')) slug = slug.slice(0, -3);
  if (slug === '' || slug === 'index') return { kind: 'day', day };
  if (!isValidSlug(slug)) return null;
  return { kind: 'event', day, slug, id: eventId(day, slug) };
}
