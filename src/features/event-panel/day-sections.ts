/** A day's events under the day page's category headings. Pure. */
import type { DaySection } from '../../bundle/index.ts';

export interface DayGroup<E> {
  /** '' for events the page lists before any heading, or when the day has no page. */
  heading: string;
  events: E[];
}

/**
 * In the page's order; events the page does not list follow under "Other" in slug order.
 * Without a page, one untitled group in slug order (the events as given).
 */
export function groupBySections<E extends { slug: string }>(events: E[], sections: DaySection[] | null): DayGroup<E>[] {
  if (!sections) return [{ heading: '', events }];
  const bySlug = new Map(events.map((event) => [event.slug, event]));
  const groups: DayGroup<E>[] = [];
  for (const section of sections) {
    const listed = section.slugs.flatMap((slug) => {
      const event = bySlug.get(slug);
      bySlug.delete(slug);
      return event ? [event] : [];
    });
    if (listed.length > 0) groups.push({ heading: section.heading, events: listed });
  }
  const rest = events.filter((event) => bySlug.has(event.slug));
  if (rest.length > 0) groups.push({ heading: groups.length > 0 ? 'Other' : '', events: rest });
  return groups;
}
