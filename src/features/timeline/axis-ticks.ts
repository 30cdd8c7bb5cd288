import type { ScaleTime } from 'd3-scale';
import { utcDay, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { utcFormat } from 'd3-time-format';

export interface Tick {
  ms: number;
  label: string;
}

export interface AxisTicks {
  /** The fine row: decades, years, months, days or hours. */
  minor: Tick[];
  /** The row above, naming the enclosing period (year above months, month above days). */
  major: Tick[];
}

interface Level {
  /** Smallest tick step this level formats. */
  minStep: number;
  minor: (d: Date) => string;
  major: { interval: TimeInterval; format: (d: Date) => string } | null;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

// Coarsest first: the first level whose minStep the tick step reaches wins.
const LEVELS: Level[] = [
  { minStep: 3650 * DAY, minor: utcFormat('%Y'), major: null },
  { minStep: 365 * DAY, minor: utcFormat('%Y'), major: { interval: utcYear.every(10)!, format: (d) => `${utcFormat('%Y')(d)}s` } },
  { minStep: 28 * DAY, minor: utcFormat('%b'), major: { interval: utcYear, format: utcFormat('%Y') } },
  { minStep: DAY, minor: utcFormat('%-d'), major: { interval: utcMonth, format: utcFormat('%B %Y') } },
  { minStep: 0, minor: utcFormat('%H:%M'), major: { interval: utcDay, format: utcFormat('%a %-d %B %Y') } },
];

/** About one tick per `spacing` px; labels chosen by the step between ticks. */
export function axisTicks(scale: ScaleTime<number, number>, spacing = 90): AxisTicks {
  const [r0, r1] = scale.range();
  const dates = scale.ticks(Math.max(2, Math.round(Math.abs(r1 - r0) / spacing)));
  const step = dates.length > 1 ? +dates[1] - +dates[0] : DAY;
  const level = LEVELS.find((l) => step >= l.minStep * 0.9) ?? LEVELS[LEVELS.length - 1];
  const minor = dates.map((d) => ({ ms: +d, label: level.minor(d) }));
  const major: Tick[] = [];
  if (level.major) {
    const [d0, d1] = scale.domain();
    const { interval, format } = level.major;
    // The period the view starts in, then every boundary inside it.
    const first = interval.floor(d0);
    major.push({ ms: +first, label: format(first) });
    for (const d of interval.range(interval.offset(first, 1), d1)) major.push({ ms: +d, label: format(d) });
  }
  return { minor, major };
}
