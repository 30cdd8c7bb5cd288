import type { TagEntry } from '../../bundle/index.ts';

/** Type-ahead over tag names: names starting with the query first, then containing it; busiest first. */
export function searchTags(tags: TagEntry[], query: string, exclude: string[], limit = 30): TagEntry[] {
  const needle = query.trim().toLowerCase();
  const starts: TagEntry[] = [];
  const contains: TagEntry[] = [];
  for (const tag of tags) {
    if (exclude.includes(tag.name)) continue;
    const at = needle === '' ? 0 : tag.name.toLowerCase().indexOf(needle);
    if (at === 0) starts.push(tag);
    else if (at > 0) contains.push(tag);
    if (starts.length >= limit) break;
  }
  // manifest.tags is already sorted by count, so each group keeps that order.
  return [...starts, ...contains].slice(0, limit);
}
