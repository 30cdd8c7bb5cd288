import { describe, expect, it } from 'vitest';
import { dateFromDay } from '../../src/bundle/index.ts';
import { planDays } from '../../src/generator/calendar.ts';
import { Random } from '../../src/generator/random.ts';

describe('planDays', () => {
  it('places exactly the requested events, 10-30 on an ordinary day and more in busy weeks', () => {
    const plan = planDays(150_000, new Random(1));
    const counts = plan.map((d) => d.count).sort((a, b) => a - b);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(150_000);
    expect(counts[Math.floor(counts.length * 0.1)]).toBeGreaterThanOrEqual(9);
    expect(counts[Math.floor(counts.length * 0.9)]).toBeLessThanOrEqual(32);
    expect(counts[counts.length - 1]).toBeGreaterThan(40);
  });

  it('keeps days within 1995-2025, ascending, thinner in early years', () => {
    const plan = planDays(50_000, new Random(2));
    const years = plan.map((d) => dateFromDay(d.day).getUTCFullYear());
    expect(Math.min(...years)).toBeGreaterThanOrEqual(1995);
    expect(Math.max(...years)).toBeLessThanOrEqual(2025);
    expect(plan.every((d, i) => i === 0 || d.day > plan[i - 1].day)).toBe(true);
    const early = years.filter((y) => y < 2000).length;
    const late = years.filter((y) => y > 2020).length;
    expect(late).toBeGreaterThan(2 * early);
  });

  it('fills every day when the corpus is large enough', () => {
    const plan = planDays(1_000_000, new Random(3));
    expect(plan.length).toBe(11_323);
    expect(plan.reduce((a, d) => a + d.count, 0)).toBe(1_000_000);
  });
});
