import { useMemo } from 'react';
import type { DayNumber } from '../../bundle/index.ts';
import type { Density } from '../../lib/density.ts';
import { formatDay } from './format.ts';
import { storyBins } from './story-bins.ts';

interface DensityChartProps {
  members: Uint32Array;
  density: Density;
  firstDay: DayNumber;
  lastDay: DayNumber;
  /** The whole days in view, [from, to): shaded when they cover only part of the story. */
  daysInView: [number, number];
}

const WIDTH = 300;
const HEIGHT = 48;
const BINS = 60;

/** When the story was active: its events binned over its span, as a row of bars. */
export function DensityChart({ members, density, firstDay, lastDay, daysInView }: DensityChartProps) {
  const bins = useMemo(
    () => storyBins(members, density, firstDay, lastDay, BINS),
    [members, density, firstDay, lastDay],
  );
  const peak = bins.reduce((best, bin) => (bin.count > best.count ? bin : best), bins[0]);
  const barWidth = WIDTH / bins.length;
  const daysPerBin = bins[0].toDay - bins[0].fromDay;
  const x = (day: number) => Math.min(Math.max(((day - firstDay) / daysPerBin) * barWidth, 0), WIDTH);
  const [viewFrom, viewTo] = [x(daysInView[0]), x(daysInView[1])];
  const partial = viewFrom > 0 || viewTo < bins.length * barWidth;
  const description =
    `${members.length} events from ${formatDay(firstDay)} to ${formatDay(lastDay)}; ` +
    `busiest ${formatDay(peak.fromDay)} to ${formatDay(peak.toDay - 1)} with ${peak.count}.` +
    (partial ? ` The shaded part is in view.` : '');
  return (
    <svg className="story-density" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={description}>
      {partial && (
        <rect
          className="story-density-window"
          x={viewFrom}
          width={Math.max(viewTo - viewFrom, 1)}
          y={0}
          height={HEIGHT}
        />
      )}
      {bins.map((bin, i) =>
        bin.count === 0 ? null : (
          <rect
            key={bin.fromDay}
            x={i * barWidth}
            width={Math.max(barWidth - 1, 1)}
            y={HEIGHT - Math.max((bin.count / peak.count) * HEIGHT, 2)}
            height={Math.max((bin.count / peak.count) * HEIGHT, 2)}
          />
        ),
      )}
    </svg>
  );
}
