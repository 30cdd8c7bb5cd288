import type { useTagFilter } from '../features/tag-filter/index.ts';
import type { useSearchView } from './use-search-view.ts';
import type { useStoryFocus } from './use-story-focus.ts';

/**
 * What the timeline and list highlight, in order of precedence: an open story's events, a
 * search's matches (already within the tags), else the tag filter's.
 */
export function chooseHighlight(
  storyFocus: ReturnType<typeof useStoryFocus>,
  search: ReturnType<typeof useSearchView>,
  filter: ReturnType<typeof useTagFilter>,
) {
  // A filter whose postings failed to load is not applied, not even its previous result.
  const applied = filter.status !== 'off' && filter.status !== 'error';
  const searched = search.search.answer && search.search.status !== 'off' ? search.search : null;
  const storyOpen = storyFocus.story !== null && storyFocus.story !== undefined;
  const highlight = storyOpen
    ? {
        matched: storyFocus.members,
        density: storyFocus.memberDensity,
        // Only once there is something to paint: tests and the benchmark wait for this key.
        key: storyFocus.memberDensity ? `story:${storyFocus.story}` : undefined,
      }
    : searched
      ? { matched: searched.answer!.matched, density: searched.matchDensity, key: `search:${searched.shownText}` }
      : {
          matched: applied ? filter.matched : null,
          density: applied ? filter.matchDensity : null,
          key: applied ? filter.filterKey : undefined,
        };
  return { highlight, applied, storyOpen };
}
