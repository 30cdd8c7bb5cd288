import type { ScaleTime } from 'd3-scale';
import { utcDay, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { utcFormat } from 'd3-time-format';

/** One row of the axis: where its ticks are, and ways to name them, longest first. */
export interface AxisRow {
  ms: number[];
  formats: Array<(d: Date) => string>;
  /** Ticks that start a day: each label is centred on the day it names. */
  days: boolean;
}

export interface AxisTicks {
  /** The fine row: decades, years, months, days or hours. */
  minor: AxisRow;
  /** The row below, naming the enclosing period (decade under years, ..., month under days, day under hours). */
  major: AxisRow;
}

interface Level {
  /** Smallest tick step this level formats. */
  minStep: number;
  minor: Array<(d: Date) => string>;
  major: { interval: TimeInterval; formats: Array<(d: Date) => string> } | null;
}

const DAY = 86_400_000;
const MAX_HOURS_SPAN = 2 * DAY;
const f = utcFormat;
const decade = (d: Date) => `${f('%Y')(d)}s`;
const monthInitial = (d: Date) => f('%b')(d).charAt(0);
const months = { interval: utcMonth, formats: [f('%B %Y'), f('%b %Y')] };

const days = { interval: utcDay, formats: [f('%A %-d %B %Y'), f('%a %-d %b %Y'), f('%-d %b')] };

// Coarsest first: the first level whose minStep the tick step reaches wins. Below a day the
// ticks are hours (the day's events are spread across it), with the day named under them.
const LEVELS: Level[] = [
  { minStep: 3650 * DAY, minor: [f('%Y')], major: null },
  { minStep: 365 * DAY, minor: [f('%Y'), f('’%y')], major: { interval: utcYear.every(10)!, formats: [decade] } },
  { minStep: 28 * DAY, minor: [f('%B'), f('%b'), monthInitial], major: { interval: utcYear, formats: [f('%Y')] } },
  { minStep: DAY, minor: [f('%A %-d'), f('%a %-d'), f('%-d')], major: months },
  { minStep: 0, minor: [f('%H:%M')], major: days },
];

/** About one tick per `spacing` px; the formats suit the step between ticks. */
export function axisTicks(scale: ScaleTime<number, number>, spacing = 90): AxisTicks {
  const [r0, r1] = scale.range();
  const [d0, d1] = scale.domain();
  let dates = scale.ticks(Math.max(2, Math.round(Math.abs(r1 - r0) / spacing)));
  const step = dates.length > 1 ? +dates[1] - +dates[0] : DAY;
  let level = LEVELS.find((l) => step >= l.minStep * 0.9) ?? LEVELS[LEVELS.length - 1];
  // Hours only once the view is about a day: a few wide days read better as days.
  if (level.minStep === 0 && +d1 - +d0 > MAX_HOURS_SPAN) {
    level = LEVELS[LEVELS.length - 2];
    dates = [utcDay.floor(d0), ...utcDay.range(utcDay.offset(utcDay.floor(d0), 1), d1)];
  }
  const major: number[] = [];
  if (level.major) {
    const { interval } = level.major;
    // The period the view starts in, then every boundary inside it.
    const first = interval.floor(d0);
    major.push(+first);
    for (const d of interval.range(interval.offset(first, 1), d1)) major.push(+d);
  }
  return {
    minor: { ms: dates.map(Number), formats: level.minor, days: level.minStep === DAY },
    major: { ms: major, formats: level.major?.formats ?? [], days: false },
  };
}
