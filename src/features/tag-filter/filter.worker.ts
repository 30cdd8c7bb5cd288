/// <reference lib="webworker" />
import { densityFromDayCounts } from '../../lib/density.ts';
import { combinePostings, decodeDeltas, matchedDayCounts } from './filter-math.ts';
import type { FilterRequest, FilterResponse } from './filter-protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<FilterRequest>) => {
  const { requestId, mode, postings, firstDay, dayPrefix } = event.data;
  const ordinals = combinePostings(postings.map(decodeDeltas), mode);
  const { prefix } = densityFromDayCounts(firstDay, matchedDayCounts(ordinals, dayPrefix));
  const response: FilterResponse = { requestId, ordinals, matchPrefix: prefix };
  scope.postMessage(response, [ordinals.buffer, prefix.buffer]);
};
