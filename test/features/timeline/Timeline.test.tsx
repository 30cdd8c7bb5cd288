// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { eventId } from '../../../src/bundle/index.ts';
import { Timeline, type TimelineProps } from '../../../src/features/timeline/index.ts';
import { densityFromDayCounts } from '../../../src/lib/density.ts';
import { MS_PER_DAY } from '../../../src/lib/time-range.ts';
import { corpusRange } from '../../../src/lib/view-range.ts';

const D = Date.UTC(2015, 8, 26) / MS_PER_DAY;
const titles = [
  'Iraqi Civil War (2014-present): Iraq says Iran, Russia and Syria are assisting it.',
  'A memorandum is signed calling for de-escalation.',
  'Storm reaches the coast.',
  'Parliament passes the budget.',
  'Talks resume in Geneva.',
  'Markets close higher.',
];
const days = [D, D, D, D + 1, D + 1, D + 2];
const ids = days.map((d, i) => eventId(d, `event-${i}`));

let frames: FrameRequestCallback[] = [];
function flushFrames() {
  act(() => {
    const pending = frames;
    frames = [];
    for (const callback of pending) callback(0);
  });
}

beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', () => {});
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(private callback: ResizeObserverCallback) {}
      observe() {
        this.callback([{ contentRect: { width: 1000, height: 500 } } as ResizeObserverEntry], this as never);
      }
      disconnect() {}
    },
  );
  // jsdom has no canvas: a context that accepts every call and measures 6 px per character.
  const context = new Proxy(
    {},
    {
      get: (_, name) => (name === 'measureText' ? (text: string) => ({ width: text.length * 6 }) : () => {}),
      set: () => true,
    },
  );
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(context as CanvasRenderingContext2D);
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function props(overrides: Partial<TimelineProps> = {}): TimelineProps {
  const counts = Array.from({ length: 21 }, (_, i) => days.filter((d) => d === D - 10 + i).length);
  return {
    firstDay: D - 10,
    lastDay: D + 10,
    allDensity: densityFromDayCounts(D - 10, counts),
    matchDensity: null,
    events: {
      ordinals: Uint32Array.from(days.keys()),
      days: Int32Array.from(days),
      ids,
      titles,
      headlineStarts: titles.map((t) => (t.startsWith('Iraqi') ? 'Iraqi Civil War (2014-present): '.length : 0)),
      matches: null,
      loadedSpans: [[D - 10, D + 10]],
    },
    range: { start: (D - 1) * MS_PER_DAY, end: (D + 4) * MS_PER_DAY },
    selectedId: null,
    onRangeChange: vi.fn(),
    onSelect: vi.fn(),
    ...overrides,
  };
}

describe('Timeline', () => {
  it('is ready only after the first frame that painted events, and marks it once', () => {
    const mark = vi.spyOn(performance, 'mark');
    render(<Timeline {...props()} />);
    const root = screen.getByTestId('timeline');
    expect(root.dataset.ready).toBeUndefined();
    flushFrames();
    expect(root.dataset.ready).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    flushFrames();
    expect(mark.mock.calls.filter(([name]) => name === 'timeline-painted')).toHaveLength(1);
  });

  it('is never ready while the corpus is empty', () => {
    render(<Timeline {...props({ allDensity: densityFromDayCounts(D - 10, new Array(21).fill(0)) })} />);
    flushFrames();
    expect(screen.getByTestId('timeline').dataset.ready).toBeUndefined();
  });

  it('shows zoomed-in events as buttons named by their title; clicking one selects it', () => {
    const p = props();
    render(<Timeline {...p} />);
    flushFrames();
    fireEvent.click(screen.getByRole('button', { name: titles[3] }));
    expect(p.onSelect).toHaveBeenCalledWith(ids[3]);
    expect(screen.getByRole('button', { name: titles[0] }).textContent).toBe(
      'Iraq says Iran, Russia and Syria are assisting it.',
    );
  });

  it('shows the title and date of the event under the pointer', () => {
    render(<Timeline {...props()} />);
    flushFrames();
    const root = screen.getByTestId('timeline');
    // 200 px per day from D - 1: the first event's mark sits at x = 206 in the top lane.
    fireEvent.pointerMove(root.querySelector('.timeline-plot')!, { clientX: 206, clientY: 56, pointerType: 'mouse' });
    flushFrames();
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip.hidden).toBe(false);
    expect(tooltip.textContent).toBe(`${titles[0]}Saturday 26 September 2015`);
    fireEvent.pointerLeave(root.querySelector('.timeline-plot')!);
    flushFrames();
    expect(tooltip.hidden).toBe(true);
  });

  it('hides the tooltip when the event under it is clicked, so it does not cover what opens', () => {
    const p = props();
    render(<Timeline {...p} />);
    flushFrames();
    const plot = screen.getByTestId('timeline').querySelector('.timeline-plot')!;
    fireEvent.pointerMove(plot, { clientX: 206, clientY: 56, pointerType: 'mouse' });
    flushFrames();
    expect(screen.getByRole('tooltip').hidden).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: titles[0] }));
    flushFrames();
    expect(p.onSelect).toHaveBeenCalledWith(ids[0]);
    expect(screen.getByRole('tooltip', { hidden: true }).hidden).toBe(true);
  });

  it('highlights the label of the event under the pointer until the pointer leaves', () => {
    render(<Timeline {...props()} />);
    flushFrames();
    const plot = screen.getByTestId('timeline').querySelector('.timeline-plot')!;
    fireEvent.pointerMove(plot, { clientX: 206, clientY: 56, pointerType: 'mouse' });
    flushFrames();
    expect(screen.getByRole('button', { name: titles[0] }).className).toContain('timeline-label--hovered');
    expect(screen.getByRole('button', { name: titles[1] }).className).not.toContain('timeline-label--hovered');
    fireEvent.pointerLeave(plot);
    flushFrames();
    expect(screen.getByRole('button', { name: titles[0] }).className).not.toContain('timeline-label--hovered');
  });

  it('re-sizes the canvas backing store when the device pixel ratio changes without a resize', () => {
    const queries: Array<{ media: string; listeners: Set<() => void> }> = [];
    vi.stubGlobal('matchMedia', (media: string) => {
      const query = { media, matches: false, listeners: new Set<() => void>() };
      queries.push(query);
      return {
        ...query,
        addEventListener: (_: string, listener: () => void) => query.listeners.add(listener),
        removeEventListener: (_: string, listener: () => void) => query.listeners.delete(listener),
      };
    });
    render(<Timeline {...props()} />);
    flushFrames();
    const canvas = screen.getByTestId('timeline').querySelector('canvas')!;
    expect(canvas.width).toBe(1000);
    vi.stubGlobal('devicePixelRatio', 2);
    const watching = queries.filter((q) => q.media.startsWith('(resolution') && q.listeners.size > 0);
    expect(watching.map((q) => q.media)).toEqual(['(resolution: 1dppx)']);
    act(() => watching[0].listeners.forEach((listener) => listener()));
    flushFrames();
    expect(canvas.width).toBe(2000);
    expect(canvas.height).toBe(1000);
    // Now it watches for the next change, from 2.
    expect(queries.filter((q) => q.listeners.size > 0).map((q) => q.media)).toEqual(['(resolution: 2dppx)']);
  });

  it('notices a changed pixel ratio at the next frame even when no change event came', () => {
    render(<Timeline {...props()} />);
    const canvas = screen.getByTestId('timeline').querySelector('canvas')!;
    flushFrames();
    vi.stubGlobal('devicePixelRatio', 1.5);
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    flushFrames();
    expect(canvas.width).toBe(1500);
  });

  it('marks the selected event', () => {
    render(<Timeline {...props({ selectedId: ids[1] })} />);
    flushFrames();
    expect(screen.getByRole('button', { name: titles[1] }).className).toContain('timeline-label--selected');
    expect(screen.getByRole('button', { name: titles[2] }).className).not.toContain('timeline-label--selected');
  });

  it('zoom buttons report the new range around the centre when they settle', () => {
    const p = props();
    render(<Timeline {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    const [range, phase] = vi.mocked(p.onRangeChange).mock.calls[0];
    expect(phase).toBe('end');
    expect(range.end - range.start).toBeCloseTo(2.5 * MS_PER_DAY, -3);
    expect((range.start + range.end) / 2).toBeCloseTo((D + 1.5) * MS_PER_DAY, -3);
  });

  it('"Fit all" shows the whole corpus exactly as a first view without a range does', () => {
    const p = props();
    render(<Timeline {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Fit all' }));
    const fitted = vi.mocked(p.onRangeChange).mock.calls[0][0];
    const first = corpusRange(D - 10, D + 10);
    expect(fitted.start).toBeCloseTo(first.start, -3);
    expect(fitted.end).toBeCloseTo(first.end, -3);
  });

  it('draws events one by one in a view that reaches past the corpus, where there is nothing to load', () => {
    render(<Timeline {...props({ range: { start: (D + 1) * MS_PER_DAY, end: (D + 15) * MS_PER_DAY } })} />);
    flushFrames();
    expect(screen.getByRole('button', { name: titles[3] })).toBeDefined();
  });

  it('disables "Zoom in" at the closest zoom and "Zoom out" at the farthest', () => {
    const hour = 3_600_000;
    render(<Timeline {...props({ range: { start: D * MS_PER_DAY, end: D * MS_PER_DAY + hour } })} />);
    flushFrames();
    expect(screen.getByRole('button', { name: 'Zoom in' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Zoom out' })).toHaveProperty('disabled', false);
    fireEvent.click(screen.getByRole('button', { name: 'Fit all' }));
    for (let i = 0; i < 3; i++) fireEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
    flushFrames();
    expect(screen.getByRole('button', { name: 'Zoom in' })).toHaveProperty('disabled', false);
    expect(screen.getByRole('button', { name: 'Zoom out' })).toHaveProperty('disabled', true);
  });

  it("moves the view with the overview's Start and End range inputs", () => {
    const p = props();
    render(<Timeline {...p} />);
    flushFrames();
    const start = screen.getByRole('slider', { name: 'Start' });
    const end = screen.getByRole('slider', { name: 'End' });
    expect(start).toHaveProperty('value', String(D - 1));
    expect(end).toHaveProperty('value', String(D + 4));
    fireEvent.input(end, { target: { value: String(D + 8) } });
    expect(vi.mocked(p.onRangeChange).mock.lastCall).toEqual([
      { start: (D - 1) * MS_PER_DAY, end: (D + 8) * MS_PER_DAY },
      'end',
    ]);
  });

  it('moves a keyboard cursor through events in time order, announces it, and Enter selects it', () => {
    const p = props();
    render(<Timeline {...p} />);
    flushFrames();
    const root = screen.getByTestId('timeline');
    fireEvent.keyDown(root, { key: 'ArrowRight' });
    fireEvent.keyDown(root, { key: 'ArrowRight' });
    flushFrames();
    expect(root.querySelector('[aria-live]')!.textContent).toContain(titles[1]);
    expect(screen.getByRole('button', { name: titles[1] }).className).toContain('timeline-label--cursor');
    fireEvent.keyDown(root, { key: 'Enter' });
    expect(p.onSelect).toHaveBeenCalledWith(ids[1]);
    fireEvent.keyDown(root, { key: 'Escape' });
    expect(p.onSelect).toHaveBeenLastCalledWith(null);
  });

  it('+ and - zoom from the keyboard', () => {
    const p = props();
    render(<Timeline {...p} />);
    const root = screen.getByTestId('timeline');
    fireEvent.keyDown(root, { key: '-' });
    const [range] = vi.mocked(p.onRangeChange).mock.calls[0];
    expect(range.end - range.start).toBeCloseTo(10 * MS_PER_DAY, -3);
    expect(p.onRangeChange).toHaveBeenCalledTimes(1);
  });

  it('moves to a range the app sets, but not back to one it already reported', () => {
    const p = props();
    const { rerender } = render(<Timeline {...p} />);
    flushFrames();
    const far = { start: (D + 5) * MS_PER_DAY, end: (D + 9) * MS_PER_DAY };
    rerender(<Timeline {...p} range={far} />);
    flushFrames();
    expect(screen.queryByRole('button', { name: titles[0] })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    const [reported] = vi.mocked(p.onRangeChange).mock.calls[0];
    expect((reported.start + reported.end) / 2).toBeCloseTo((D + 7) * MS_PER_DAY, -3);
    // The app echoes what was reported, with float noise: the view stays put.
    rerender(<Timeline {...p} range={{ start: reported.start + 0.4, end: reported.end - 0.3 }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Zoom out' }));
    const [after] = vi.mocked(p.onRangeChange).mock.calls[1];
    expect((after.start + after.end) / 2).toBeCloseTo((D + 7) * MS_PER_DAY, -3);
  });

  it('does not jump back while the app still passes the range it had before a gesture', () => {
    const p = props();
    const { rerender } = render(<Timeline {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    rerender(<Timeline {...p} range={{ ...p.range }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    const [second] = vi.mocked(p.onRangeChange).mock.calls[1];
    expect(second.end - second.start).toBeCloseTo(1.25 * MS_PER_DAY, -3);
  });

  it('draws only the events inside the filter and tells when a filter reached the screen', () => {
    const base = props();
    const matches = Uint8Array.from([1, 0, 0, 0, 0, 0]);
    render(<Timeline {...base} events={{ ...base.events, matches }} filterKey="all:Iraq" />);
    flushFrames();
    expect(screen.getByTestId('timeline').dataset.paintedFilter).toBe('all:Iraq');
    expect(screen.getByRole('button', { name: titles[0] })).toBeTruthy();
    expect(screen.queryByRole('button', { name: titles[2] })).toBeNull();
  });

  it('paints no new frame when the app re-renders it with the same data, but does for a new filter', () => {
    const base = props();
    const { rerender } = render(<Timeline {...base} />);
    flushFrames();
    // The app re-renders on every keystroke in the search field, with new callbacks.
    rerender(<Timeline {...base} onSelect={vi.fn()} onRangeChange={vi.fn()} />);
    expect(frames).toHaveLength(0);
    const matches = Uint8Array.from([1, 0, 0, 0, 0, 0]);
    rerender(<Timeline {...base} events={{ ...base.events, matches }} filterKey="search:iraq" />);
    expect(frames).toHaveLength(1);
    flushFrames();
    expect(screen.getByTestId('timeline').dataset.paintedFilter).toBe('search:iraq');
  });

  it('under a filter, draws events one by one as soon as few enough match', () => {
    // 400 loaded events on one day are too many to label, unless only two of them match.
    const many = Array.from({ length: 400 }, (_, i) => i);
    const events = {
      ordinals: Uint32Array.from(many),
      days: Int32Array.from(many.map(() => D)),
      ids: many.map((i) => eventId(D, `e-${i}`)),
      titles: many.map((i) => `Event number ${i}`),
      headlineStarts: many.map(() => 0),
      matches: Uint8Array.from(many.map((i) => (i === 7 || i === 300 ? 1 : 0))),
      loadedSpans: [[D - 10, D + 10]] as Array<[number, number]>,
    };
    const counts = new Array(21).fill(0);
    counts[10] = 400;
    const matchCounts = new Array(21).fill(0);
    matchCounts[10] = 2;
    const base = props({ allDensity: densityFromDayCounts(D - 10, counts), events: { ...events, matches: null } });
    const { rerender } = render(<Timeline {...base} />);
    flushFrames();
    expect(screen.queryByRole('button', { name: 'Event number 7' })).toBeNull();
    rerender(
      <Timeline {...base} events={events} matchDensity={densityFromDayCounts(D - 10, matchCounts)} filterKey="all:x" />,
    );
    flushFrames();
    expect(screen.getByRole('button', { name: 'Event number 7' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Event number 300' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Event number 8' })).toBeNull();
  });

  it('draws density, not labels, where the events in view are not all loaded', () => {
    const base = props();
    render(<Timeline {...base} events={{ ...base.events, loadedSpans: [[D, D + 1]] }} />);
    flushFrames();
    expect(screen.queryByRole('button', { name: titles[0] })).toBeNull();
    expect(screen.getByTestId('timeline').dataset.ready).toBe('true');
  });
});
