import { useMemo } from 'react';
import type { Manifest, NewsPath } from '../bundle/index.ts';
import { useDayDetail } from '../lib/data/day-detail.ts';

const NONE: number[] = [];

/** The days of the open event's related events that are in the collection (the panel's query). */
export function useRelatedDays(manifest: Manifest, selection: NewsPath | null): number[] {
  const detail = useDayDetail(manifest, selection?.kind === 'event' ? selection.day : null);
  const id = selection?.kind === 'event' ? selection.id : null;
  return useMemo(() => {
    const event = id === null ? undefined : detail.data?.events.find((e) => e.id === id);
    return event ? event.related.filter((entry) => entry.inCollection).map((entry) => entry.day) : NONE;
  }, [detail.data, id]);
}
