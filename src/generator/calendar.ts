/**
 * Which days carry events and how many: 10-30 a day, two or three times that in busy weeks.
 * When the corpus is too small to fill every day, whole weeks are left out, more often in
 * early years, as the real record thins out going back.
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
const MIN_PER_DAY = 10;
const MAX_PER_DAY = 30;
const BUSY_WEEK_SHARE = 0.07;
const BUSY_WEEK_FACTOR = 2.5;
/** Mean events on an active day, busy weeks included. */
const MEAN_PER_DAY = ((MIN_PER_DAY + MAX_PER_DAY) / 2) * (1 + BUSY_WEEK_SHARE * (BUSY_WEEK_FACTOR - 1));
/** How much likelier a week of the last year is kept than one of the first. */
const RECENCY = 4;

export function planDays(totalEvents: number, random: Random): DayPlan[] {
  if (totalEvents <= 0) return [];
  const span = LAST_DAY - FIRST_DAY + 1;
  const activeCount = Math.min(span, Math.max(1, Math.round(totalEvents / MEAN_PER_DAY)));
  const days = chooseDays(span, activeCount, random);
  const busyWeek = new Map<number, boolean>();
  const weights = days.map((offset) => {
    const week = Math.floor(offset / 7);
    if (!busyWeek.has(week)) busyWeek.set(week, random.chance(BUSY_WEEK_SHARE));
    return random.int(MIN_PER_DAY, MAX_PER_DAY) * (busyWeek.get(week) ? BUSY_WEEK_FACTOR : 1);
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

/**
 * Day offsets from FIRST_DAY, ascending: every day, or whole weeks drawn without replacement
 * with weights rising towards the present (keys u^(1/w), largest first: Efraimidis-Spirakis).
 */
function chooseDays(span: number, activeCount: number, random: Random): number[] {
  if (activeCount >= span) return Array.from({ length: span }, (_, i) => i);
  const weekCount = Math.ceil(span / 7);
  const weeks = Array.from({ length: weekCount }, (_, week) => {
    const weight = 1 + ((RECENCY - 1) * week) / Math.max(1, weekCount - 1);
    return { week, key: Math.pow(random.next(), 1 / weight) };
  }).sort((a, b) => b.key - a.key);
  const chosen: number[] = [];
  for (const { week } of weeks) {
    for (let d = week * 7; d < Math.min(span, week * 7 + 7) && chosen.length < activeCount; d++) chosen.push(d);
    if (chosen.length >= activeCount) break;
  }
  return chosen.sort((a, b) => a - b);
}

export function randomCorpusDay(random: Random): DayNumber {
  return random.int(FIRST_DAY, LAST_DAY);
}
