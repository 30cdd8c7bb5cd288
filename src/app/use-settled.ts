import { useEffect, useState } from 'react';

/**
 * `value` once it has held still for `delayMs`, for a live region: a run of zoom keys is
 * announced once, where it ends. Starts empty, so loading the page announces nothing.
 */
export function useSettled(value: string, delayMs: number): string {
  const [settled, setSettled] = useState({ value: '', seen: value });
  useEffect(() => {
    if (value === settled.seen) return;
    const timer = setTimeout(() => setSettled({ value, seen: value }), delayMs);
    return () => clearTimeout(timer);
  }, [value, settled.seen, delayMs]);
  return settled.value;
}
