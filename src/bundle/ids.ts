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
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  // Date.UTC rolls 2015-02-30 over to March; a real calendar day round-trips.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return Math.round(ms / MS_PER_DAY);
}

/** `2015-09-26` (also `2015-9-6`) to a day number; null when it is not a calendar day. */
export function dayFromIso(iso: string): DayNumber | null {
  const match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(iso.trim());
  if (!match) return null;
  return dayFromParts(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function isoFromDay(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function dateFromDay(day: DayNumber): Date {
  return new Date(day * MS_PER_DAY);
}

/** The day a UTC instant falls on. */
export function dayFromDate(date: Date): DayNumber {
  return Math.floor(date.getTime() / MS_PER_DAY);
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

export type NewsPath =
  | { kind: 'day'; day: DayNumber }
  | { kind: 'event'; day: DayNumber; slug: string; id: EventId };

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
