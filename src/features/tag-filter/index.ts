export { ActiveTags } from './ActiveTags.tsx';
export { MatchCount } from './MatchCount.tsx';
export { TagPicker } from './TagPicker.tsx';
export { filterKeyOf, useTagFilter, type TagFilterState } from './use-tag-filter.ts';
export { matchFlags } from './filter-math.ts';
export { usePrefetchTagPostings, useTagIntent } from './use-prefetch-tag-postings.ts';
