import { describe, expect, it } from 'vitest';
import { latestOnly } from '../../../src/features/search/latest-only.ts';

describe('latestOnly', () => {
  it('runs one job at a time, and of those queued meanwhile only the last', async () => {
    const queue = latestOnly();
    const ran: string[] = [];
    let finishFirst = () => {};
    const first = new Promise<void>((resolve) => (finishFirst = resolve));
    queue(async () => {
      ran.push('l');
      await first;
    });
    queue(async () => void ran.push('le'));
    queue(async () => void ran.push('leh'));
    expect(ran).toEqual(['l']);
    finishFirst();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(ran).toEqual(['l', 'leh']);
  });

  it('is idle only while no job runs or waits', async () => {
    const queue = latestOnly();
    expect(queue.idle()).toBe(true);
    let finish = () => {};
    queue(() => new Promise<void>((resolve) => (finish = resolve)));
    expect(queue.idle()).toBe(false);
    finish();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(queue.idle()).toBe(true);
  });
});
