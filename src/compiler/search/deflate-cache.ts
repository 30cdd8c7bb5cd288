/**
 * Raw DEFLATE (RFC 1951) at level 9, as the app inflates the index's files (search-format.ts),
 * remembering the last build's results by a hash of their input: after an edit in the dev server
 * most term shards and overflow files hold the same bytes as before, and deflating them all
 * again was much of rebuilding the index. Same input, same bytes out, whether deflated or kept.
 */
import type { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';

let previous = new Map<string, Buffer>();
let current = new Map<string, Buffer>();

const keyOf = (raw: Uint8Array | string) => createHash('sha256').update(raw).digest('base64');

export function deflated(raw: Uint8Array | string): Buffer {
  const key = keyOf(raw);
  const out = current.get(key) ?? previous.get(key) ?? deflateRawSync(raw, { level: 9 });
  current.set(key, out);
  return out;
}

/** A file this build found already on disk: remembered still, so a later build that needs it again does not deflate it. */
export function stillUsed(raw: Uint8Array | string): void {
  const key = keyOf(raw);
  const out = current.get(key) ?? previous.get(key);
  if (out) current.set(key, out);
}

/** Once a build's index is made: what it did not deflate or reuse is forgotten. */
export function forgetUnused(): void {
  previous = current;
  current = new Map();
}
