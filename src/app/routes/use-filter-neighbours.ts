import { bisectLeft, bisectRight } from 'd3-array';
import type { Manifest } from '../../bundle/index.ts';
import type { EventLink } from '../../features/event-panel/index.ts';
import { useOrdinalEvents, type OrdinalEvent } from '../../lib/data/ordinal-events.ts';

export interface FilterNeighbours {
  previous: EventLink | null;
  next: EventLink | null;
}

/** The matches either side of an event, by ordinal; null when no filter is active. */
export function useFilterNeighbours(
  manifest: Manifest,
  matched: Uint32Array | null,
  ordinal: number,
): FilterNeighbours | null {
  const before = matched ? bisectLeft(matched, ordinal) - 1 : -1;
  const after = matched ? bisectRight(matched, ordinal) : -1;
  const wanted = matched ? [before >= 0 ? matched[before] : -1, after < matched.length ? matched[after] : -1] : [];
  const [previous, next] = useOrdinalEvents(
    manifest,
    wanted.filter((o) => o >= 0),
  ).reduce<Array<OrdinalEvent | undefined>>(
    (out, event) => {
      // Put each found event back in its slot: the filter dropped the missing ones.
      if (event) out[event.ordinal === wanted[0] ? 0 : 1] = event;
      return out;
    },
    [undefined, undefined],
  );
  if (!matched) return null;
  return { previous: previous ? toLink(previous) : null, next: next ? toLink(next) : null };
}

function toLink(event: OrdinalEvent): EventLink {
  return { id: event.id, day: event.day, title: event.title };
}
