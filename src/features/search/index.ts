export { SearchField, SEARCH_FIELD } from './SearchField.tsx';
export { SearchResults } from './SearchResults.tsx';
export { useSearch, FIRST_PAGE, MORE_PAGE, type SearchState } from './use-search.ts';
export { parseDateQuery, type DateTarget } from './date-query.ts';
export type { SortOrder } from './rank.ts';
