/**
 * Bytes on the wire, from the DevTools protocol: each finished response's encodedDataLength
 * (compressed size plus headers), with its wall-clock time so it can be compared with marks.
 */
import type { CDPSession } from 'playwright-core';

export interface ByteCounter {
  /** Bytes of responses finished at or before `epochMs` (wall clock, ms). */
  before(epochMs: number): number;
  total(): number;
  requests(): number;
}

export async function countBytes(cdp: CDPSession): Promise<ByteCounter> {
  const finished: Array<{ at: number; bytes: number }> = [];
  // CDP timestamps are monotonic seconds; requestWillBeSent carries both clocks, giving the offset.
  let offsetMs: number | null = null;
  cdp.on('Network.requestWillBeSent', (e) => {
    offsetMs ??= e.wallTime * 1000 - e.timestamp * 1000;
  });
  cdp.on('Network.loadingFinished', (e) => {
    finished.push({ at: e.timestamp * 1000 + (offsetMs ?? 0), bytes: e.encodedDataLength });
  });
  // A fresh browser context per run has an empty HTTP cache, like a first visit.
  await cdp.send('Network.enable');
  return {
    before: (epochMs) => finished.filter((f) => f.at <= epochMs).reduce((sum, f) => sum + f.bytes, 0),
    total: () => finished.reduce((sum, f) => sum + f.bytes, 0),
    requests: () => finished.length,
  };
}
