import { useCallback, useMemo, useState } from 'react';
import type { Manifest } from '../bundle/index.ts';
import { PAGE, parseDateQuery, useSearch, type DateTarget, type SortOrder } from '../features/search/index.ts';
import type { TagFilterState } from '../features/tag-filter/index.ts';
import type { Density } from '../lib/density.ts';
import { ordinalsOfDays } from '../lib/ordinal-days.ts';
import { daysOfRange } from '../lib/view-range.ts';
import type { ViewState } from './use-view-state.ts';

/**
 * The search as the shell wires it: the typed text (the URL's `q` follows it, and it follows
 * the URL on Back or a link), within the tag filter's matches and, if asked, the view.
 */
export function useSearchView(
  manifest: Manifest,
  density: Density,
  state: ViewState,
  filter: TagFilterState,
  focusOn: (key: string) => void,
) {
  const { view, range, setQuery, goToDays } = state;
  const urlQ = view.q ?? '';
  // `seen`: the URL's query at the last render; `writes`: ours since, not yet seen in the URL.
  const [typed, setTyped] = useState({ text: urlQ, seen: urlQ, writes: [] as string[] });
  const [order, setOrder] = useState<SortOrder>('relevance');
  const [onlyInView, setOnlyInView] = useState(false);
  const [count, setCount] = useState(PAGE);

  let text = typed.text;
  if (typed.seen !== urlQ) {
    // The URL's query moved: one of our writes arriving (typing outruns the router, which
    // applies navigations in a transition), or Back or a link, which wins.
    const ours = typed.writes.indexOf(urlQ);
    text = ours >= 0 ? typed.text : urlQ;
    setTyped({ text, seen: urlQ, writes: ours >= 0 ? typed.writes.slice(ours + 1) : [] });
  }
  const wrote = (next: string) =>
    setTyped((t) => ({ text: next, seen: t.seen, writes: [...t.writes.slice(-20), next.trim()] }));

  const onTextChange = useCallback(
    (next: string) => {
      wrote(next);
      setCount(PAGE);
      setQuery(next.trim());
    },
    [setQuery],
  );
  const onGoTo = useCallback(
    (target: DateTarget) => {
      wrote('');
      // A day opens in the panel, focus on its heading; a month or year is the timeline's to show.
      if (target.kind === 'day') goToDays(target.day, target.day + 1);
      else goToDays(target.firstDay, target.endDay);
      focusOn(target.kind === 'day' ? `day-${target.day}` : 'view');
    },
    [goToDays, focusOn],
  );

  const tagsActive = view.tags.length > 0;
  const [fromDay, toDay] = daysOfRange(range);
  const ordinalRange = useMemo(
    () => (onlyInView ? ordinalsOfDays(density, fromDay, toDay) : null),
    [onlyInView, density, fromDay, toDay],
  );
  const search = useSearch(manifest, density, text, {
    order,
    count,
    allowed: tagsActive ? filter.matched : null,
    ordinalRange,
  });
  return {
    text,
    dateLabel: parseDateQuery(text)?.label ?? null,
    onTextChange,
    onKeystroke: search.start,
    onGoTo,
    search,
    tagsActive,
    order,
    setOrder,
    onlyInView,
    setOnlyInView,
    showMore: () => setCount((n) => n + PAGE),
  };
}
