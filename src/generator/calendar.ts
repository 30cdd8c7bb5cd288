/**
 * Which days carry events and how many: 10-30 a day, more in busy weeks. Small corpora use
 * whole weeks scattered over 1995-2025 so bursts still look like bursts.
 */
import { dayFromParts, type DayNumber } from '../bundle/index.ts';
import { Random } from './random.ts';
import { FIRST_YEAR, LAST_YEAR } from './stories.ts';

export interface DayPlan {
  day: DayNumber;
  count: number;
}

const FIRST_DAY = dayFromParts(FIRST_YEAR, 1, 1) as DayNumber;
const LAST_DAY = dayFromParts(LAST_YEAR, 12, 31) as DayNumber;
/** Below this many events per day on average, leave days empty instead of thinning them. */
const MIN_MEAN_PER_DAY = 14;
const BUSY_WEEK_SHARE = 0.07;
const BUSY_WEEK_FACTOR = 2.5;

export function planDays(totalEvents: number, random: Random): DayPlan[] {
  if (totalEvents <= 0) return [];
  const span = LAST_DAY - FIRST_DAY + 1;
  const mean = Math.max(MIN_MEAN_PER_DAY, totalEvents / span);
  const activeCount = Math.min(span, Math.max(1, Math.round(totalEvents / mean)));
  const days = chooseDays(span, activeCount, random);
  const busyWeek = new Map<number, boolean>();
  const weights = days.map((offset) => {
    const week = Math.floor(offset / 7);
    if (!busyWeek.has(week)) busyWeek.set(week, random.chance(BUSY_WEEK_SHARE));
    return random.int(10, 30) * (busyWeek.get(week) ? BUSY_WEEK_FACTOR : 1);
  });
  const scale = totalEvents / weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.max(1, Math.floor(w * scale)));
  let sum = counts.reduce((a, b) => a + b, 0);
  while (sum < totalEvents) {
    counts[random.int(0, counts.length - 1)]++;
    sum++;
  }
  while (sum > totalEvents) {
    const i = random.int(0, counts.length - 1);
    if (counts[i] > 1) {
      counts[i]--;
      sum--;
    }
  }
  return days.map((offset, i) => ({ day: FIRST_DAY + offset, count: counts[i] }));
}

/** Day offsets from FIRST_DAY, ascending: all days, or whole random weeks until enough. */
function chooseDays(span: number, activeCount: number, random: Random): number[] {
  if (activeCount >= span) return Array.from({ length: span }, (_, i) => i);
  const weeks = random.shuffle(Array.from({ length: Math.ceil(span / 7) }, (_, i) => i));
  const chosen: number[] = [];
  for (const week of weeks) {
    for (let d = week * 7; d < Math.min(span, week * 7 + 7) && chosen.length < activeCount; d++) chosen.push(d);
    if (chosen.length >= activeCount) break;
  }
  return chosen.sort((a, b) => a - b);
}

export function randomCorpusDay(random: Random): DayNumber {
  return random.int(FIRST_DAY, LAST_DAY);
}
