/** The markdown of event files and day pages, byte for byte in the upstream layout. */
import { dateFromDay, isoFromDay, type DayNumber } from '../bundle/index.ts';
import type { SourceLink } from './prose.ts';
import type { RelatedLink } from './related.ts';
import { monthOf } from './dates.ts';

export interface EventText {
  day: DayNumber;
  title: string;
  body: string[];
  sources: SourceLink[];
  related: RelatedLink[];
}

interface DayNames {
  iso: string;
  padded: string;
  unpadded: string;
}

const dayNames = new Map<DayNumber, DayNames>();

/** Memoised: formatting dates dominated generation time, and there are only ~11k days. */
function namesOf(day: DayNumber): DayNames {
  let names = dayNames.get(day);
  if (!names) {
    const iso = isoFromDay(day);
    const [y, m, d] = iso.split('-');
    names = { iso, padded: `news/${y}/${m}/${d}`, unpadded: `news/${y}/${m}/${Number(d)}` };
    dayNames.set(day, names);
  }
  return names;
}

export function isoDay(day: DayNumber): string {
  return namesOf(day).iso;
}

/** `news/2017/05/04` or, for an unpadded folder, `news/2017/05/4`. */
export function dayFolder(day: DayNumber, unpadded: boolean): string {
  const names = namesOf(day);
  return unpadded ? names.unpadded : names.padded;
}

/** Related links always use the unpadded day: `/news/2017/05/4/slug.md`. */
export function relatedHref(day: DayNumber, slug: string): string {
  return `/${dayFolder(day, true)}/${slug}.md`;
}

/** `### [2015-09-26](/news/2015/09/26/index.md)`; takes an ISO string to allow impossible dates. */
export function dateHeading(date: DayNumber | string): string {
  const iso = typeof date === 'string' ? date : isoDay(date);
  return `### [${iso}](/news/${iso.replaceAll('-', '/')}/index.md)`;
}

export function renderEvent(event: EventText): string {
  const parts = [dateHeading(event.day), '', `# ${event.title} `, ''];
  if (event.body.length > 0) parts.push(event.body.join('\n\n'), '', '');
  parts.push('### Source:', '', ...event.sources.map((s, i) => `${i + 1}. [${s.outlet}](${s.url})`));
  if (event.related.length > 0) {
    parts.push('', '### Related:', '');
    event.related.forEach((r, i) => {
      const context = r.contexts.length > 0 ? ` _Context: ${r.contexts.join(', ')}_` : '';
      parts.push(`${i + 1}. [${r.title} ](${relatedHref(r.day, r.slug)})${context}`);
    });
  }
  return `${parts.join('\n')}\n`;
}

/** The Current Events Portal's category headings, in the order its day pages use. */
export const PORTAL_CATEGORIES = [
  'Armed conflicts and attacks',
  'Arts and culture',
  'Business and economy',
  'Disasters and accidents',
  'Health and environment',
  'International relations',
  'Law and crime',
  'Politics and elections',
  'Science and technology',
  'Sports',
];

/** A category per event, fixed by its slug, so a day page lists events out of slug order. */
function categoryOf(slug: string): number {
  let sum = 0;
  for (let i = 0; i < slug.length; i++) sum = (sum * 31 + slug.charCodeAt(i)) % 1_000_003;
  return sum % PORTAL_CATEGORIES.length;
}

export function renderDayPage(day: DayNumber, events: ReadonlyArray<{ slug: string; title: string }>): string {
  const date = dateFromDay(day);
  const heading = `${monthOf(date)} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
  const parts = [dateHeading(day), '', `# ${heading}`];
  PORTAL_CATEGORIES.forEach((category, c) => {
    const listed = events.filter((e) => categoryOf(e.slug) === c);
    if (listed.length === 0) return;
    parts.push(
      '',
      `## ${category}`,
      '',
      ...listed.map((e, i) => `${i + 1}. [${e.title} ](${relatedHref(day, e.slug)})`),
    );
  });
  return `${parts.join('\n')}\n`;
}
