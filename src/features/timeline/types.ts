import type { ScaleTime } from 'd3-scale';
import type { DayNumber, EventId } from '../../bundle/index.ts';
import type { Density } from '../../lib/density.ts';
import type { TimeRange } from '../../lib/time-range.ts';
import type { StoryLane } from './story-lanes.ts';

/** The events the app has loaded index shards for, in ordinal order. */
export interface TimelineEvents {
  ordinals: Uint32Array;
  days: Int32Array;
  ids: EventId[];
  titles: string[];
  headlineStarts: number[];
  /** 1 where the event matches the tag filter; null when no filter is active. */
  matches: Uint8Array | null;
  /** Inclusive day spans whose events are all present above. */
  loadedSpans: Array<[DayNumber, DayNumber]>;
}

export interface TimelineProps {
  /** The corpus span, for the base scale and the zoom bounds. */
  firstDay: DayNumber;
  lastDay: DayNumber;
  /** Every event, per day. */
  allDensity: Density;
  /** Only the events matching the filter; null when no filter is active. */
  matchDensity: Density | null;
  events: TimelineEvents;
  /**
   * The range to show. The timeline moves there whenever this differs from the range it
   * last reported through onRangeChange, so the app can drive it from the URL.
   */
  range: TimeRange;
  selectedId: EventId | null;
  /** 'live' while a gesture runs (at most once a frame), 'end' when it settles. */
  onRangeChange: (range: TimeRange, phase: 'live' | 'end') => void;
  onSelect: (id: EventId | null) => void;
  /**
   * Lists a day's events (the panel's day view): what "+N more" opens. Without it, "+N more"
   * zooms to that day instead.
   */
  onOpenDay?: (day: DayNumber) => void;
  /**
   * Identifies the active filter (e.g. 'all:Iran|Syria'). After the first frame painted with
   * the densities of a new key, the root element carries it as `data-painted-filter`, so tests
   * and benchmarks can tell when a filter change reached the screen.
   */
  filterKey?: string;
  /** What is in view, in words, for screen readers; the app updates it once a gesture settles. */
  description?: string;
  /** The colour theme in force: a change re-reads the palette from the CSS and repaints. */
  theme?: string;
  /** Story lanes (the last one the rest); when given they replace the density and the marks. */
  lanes?: StoryLane[] | null;
  /** Days of the open event's related events in the collection, marked on the timeline. */
  relatedDays?: DayNumber[];
  /** A story lane's label was clicked. */
  onOpenStory?: (story: number) => void;
}

/** One frame's view, from the viewport. */
export interface FrameView {
  scale: ScaleTime<number, number>;
  range: TimeRange;
  width: number;
}

export interface Hover {
  x: number;
  y: number;
  clientX: number;
  clientY: number;
}

/** A density bar: the days [fromDay, toDay) it counts. */
export interface DensityBar {
  fromDay: number;
  toDay: number;
  count: number;
}
