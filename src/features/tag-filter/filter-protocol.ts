/** Messages between useTagFilter and filter.worker.ts. */
import type { MatchMode } from '../../lib/url-state.ts';

export interface FilterRequest {
  requestId: number;
  mode: MatchMode;
  /** Delta-encoded postings, one list per selected tag. */
  postings: number[][];
  firstDay: number;
  /** The corpus's per-day prefix sums (Density.prefix). */
  dayPrefix: Uint32Array;
}

export interface FilterResponse {
  requestId: number;
  /** Matched ordinals, ascending. */
  ordinals: Uint32Array;
  /** Prefix sums of matched events per day (a Density over the same days). */
  matchPrefix: Uint32Array;
}
