import type { TimelineProps } from './types.ts';
import { isSpanLoaded } from './visible-slice.ts';

export type TimelineMode = 'density' | 'marks';

/** Zoomed in means: every event in view loaded, and at most this many per px of width. */
const MARKS_PER_PX = 0.25;
/** ...but a phone still gets labels for this many. */
const MIN_MARKS = 120;
/** Most events walked per frame when zoomed in. */
const MAX_SLICE = 20_000;

export interface ModeInputs {
  /** Every event of the visible days is loaded. */
  loaded: boolean;
  /** Events that would be drawn one by one (only the matches under a filter). */
  drawn: number;
  /** Loaded events in the visible days, all walked per frame. */
  sliceLength: number;
  width: number;
}

/** Draw events one by one, or density bars. */
export function chooseMode({ loaded, drawn, sliceLength, width }: ModeInputs): TimelineMode {
  const fewEnough = drawn <= Math.max(MIN_MARKS, width * MARKS_PER_PX);
  return loaded && fewEnough && sliceLength <= MAX_SLICE ? 'marks' : 'density';
}

/** Every event of the visible days is loaded; days outside the corpus have none to load. */
export function isCorpusSpanLoaded(props: TimelineProps, startDay: number, endDay: number): boolean {
  const from = Math.max(startDay, props.firstDay);
  const to = Math.min(endDay, props.lastDay + 1);
  return to <= from || isSpanLoaded(props.events.loadedSpans, from, to - 1e-9);
}
