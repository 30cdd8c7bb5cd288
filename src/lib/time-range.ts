/** A visible span of time in UTC milliseconds, end exclusive. */
export interface TimeRange {
  start: number;
  end: number;
}

export const MS_PER_DAY = 86_400_000;
