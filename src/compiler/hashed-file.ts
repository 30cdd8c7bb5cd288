/** A bundle file as bytes under a content-hashed name. */
import { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';

export interface OutFile {
  /** Relative to the data root. */
  path: string;
  /** UTF-8 JSON; null for a file already in the output folder (kept from the last build, or
   *  written there by a parse worker). */
  content: Buffer | null;
}

export function contentHash(content: string | Buffer): string {
  return createHash('sha256').update(content).digest('hex').slice(0, 12);
}

/** Encoded once, then hashed and written as bytes (hashing and writing a string each encoded it). */
export function hashedFile(base: string, json: string): OutFile {
  const content = utf8(json);
  return { path: `${base}.${contentHash(content)}.json`, content };
}

let scratch = Buffer.allocUnsafe(1 << 20);

/**
 * Buffer.from(json), faster: Buffer.from measures the UTF-8 length in a pass of its own, which
 * for day files with non-Latin text (UTF-16 inside V8) cost more than JSON.stringify itself.
 */
function utf8(json: string): Buffer {
  if (scratch.length < json.length * 3) scratch = Buffer.allocUnsafe(json.length * 3);
  const length = scratch.write(json);
  const bytes = Buffer.allocUnsafe(length);
  scratch.copy(bytes, 0, 0, length);
  return bytes;
}
