// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { dayFromIso } from '../../src/bundle/index.ts';
import { useViewState, type ViewState } from '../../src/app/use-view-state.ts';
import { makeManifest, makeTags } from '../support/bundle.ts';

const firstDay = dayFromIso('2015-01-01')!;
const manifest = makeManifest({
  eventCount: 3,
  firstDay,
  lastDay: firstDay + 364,
  dayCounts: new Array<number>(365).fill(0),
  tags: makeTags(['Iran']),
});

const utc = (y: number, m: number, d: number, h = 0) => Date.UTC(y, m - 1, d, h);

function setup(url: string) {
  const state: { current: ViewState | null } = { current: null };
  function Probe() {
    state.current = useViewState(manifest);
    return null;
  }
  const router = createMemoryRouter([{ path: '*', element: <Probe /> }], { initialEntries: [url] });
  render(<RouterProvider router={router} />);
  return { router, view: () => state.current! };
}

afterEach(cleanup);

describe('useViewState', () => {
  it('takes the range from the URL, or a week around the selected day', () => {
    expect(setup('/?from=2015-09-01&to=2015-10-01').view().range).toEqual({
      start: utc(2015, 9, 1),
      end: utc(2015, 10, 1),
    });
    const { range } = setup('/news/2015/09/26/some-event').view();
    expect(range.end - range.start).toBe(7 * 86_400_000);
    expect(range.start).toBeLessThan(utc(2015, 9, 26));
  });

  it('writes a settled range with replace, keeping the exact range instead of the rounded one', async () => {
    const { router, view } = setup('/news/2015/09/26/some-event?tag=Iran');
    const exact = { start: utc(2015, 9, 20, 5), end: utc(2015, 9, 30, 7) };
    await act(() => view().commitRange(exact));
    expect(router.state.historyAction).toBe('REPLACE');
    expect(router.state.location.pathname).toBe('/news/2015/09/26/some-event');
    expect(router.state.location.search).toBe('?tag=Iran&from=2015-09-20&to=2015-10-01');
    expect(view().range).toEqual(exact);
  });

  it('pushes tag changes and follows the URL back', async () => {
    const { router, view } = setup('/?from=2015-09-01&to=2015-10-01');
    await act(() => view().addTag('Iran'));
    expect(router.state.historyAction).toBe('PUSH');
    expect(view().view.tags).toEqual(['Iran']);
    await act(() => view().commitRange({ start: utc(2015, 3, 1), end: utc(2015, 4, 1) }));
    await act(() => router.navigate(-1));
    expect(view().view.tags).toEqual([]);
    expect(view().range).toEqual({ start: utc(2015, 9, 1), end: utc(2015, 10, 1) });
  });

  it('builds event links that bring an outside event into view at the same zoom', () => {
    const { view } = setup('/?from=2015-09-01&to=2015-09-11');
    const href = view().eventHref('2015-03-05/far-away', dayFromIso('2015-03-05')!);
    const url = new URL(href, 'http://localhost');
    expect(url.pathname).toBe('/news/2015/03/05/far-away');
    const from = Date.parse(url.searchParams.get('from')!);
    const to = Date.parse(url.searchParams.get('to')!);
    expect(from).toBeLessThanOrEqual(utc(2015, 3, 5));
    expect(to).toBeGreaterThan(utc(2015, 3, 6) - 1);
    expect(to - from).toBeLessThanOrEqual(11 * 86_400_000);
  });

  it('leaves the range in the URL alone when the filter or match mode changes', async () => {
    const { router, view } = setup('/?tag=Iran');
    await act(() => view().setMatch('any'));
    expect(router.state.location.search).toBe('?tag=Iran&match=any');
    await act(() => view().removeTag('Iran'));
    expect(router.state.location.search).toBe('?match=any');
  });

  it('opens a day in the panel, keeping the view', async () => {
    const { router, view } = setup('/?from=2015-09-01&to=2015-10-01');
    await act(() => view().openDay(dayFromIso('2015-09-15')!));
    expect(router.state.location.pathname).toBe('/news/2015/09/15');
    expect(router.state.location.search).toBe('?from=2015-09-01&to=2015-10-01');
  });

  it('rewrites a URL with bad parameters to the cleaned one, keeping the problems on show', async () => {
    const { router, view } = setup('/?from=2015-13-45&to=banana&match=some&tag=Iran&tag=Atlantis');
    await act(async () => {});
    expect(router.state.historyAction).toBe('REPLACE');
    expect(router.state.location.search).toBe('?tag=Iran');
    expect(view().view.problems).toHaveLength(4);
  });
});
