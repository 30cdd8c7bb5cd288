/** Reading one corpus file without trusting what the name points at. */
import { Buffer } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

export interface FileRead {
  /** Empty when the file is over the limit: it is never read. */
  bytes: Uint8Array;
  size: number;
  mtimeMs: number;
}

/**
 * Reads a regular file of at most `limit` bytes. The listing kept only regular files, but a name
 * can change between listing and reading, so the open file itself is checked: opening a FIFO
 * does not wait for a writer, and a device or anything over the limit is never read, so a link
 * to /dev/zero cannot grow the build without end.
 */
export function readCorpusFile(path: string, limit: number): FileRead {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new Error('not a regular file');
    const read: FileRead = { bytes: new Uint8Array(0), size: stat.size, mtimeMs: stat.mtimeMs };
    if (stat.size > limit) return read;
    const bytes = Buffer.allocUnsafe(stat.size);
    let length = 0;
    for (let n = 1; n > 0 && length < stat.size; length += n) n = readSync(fd, bytes, length, stat.size - length, null);
    read.bytes = bytes.subarray(0, length);
    return read;
  } finally {
    closeSync(fd);
  }
}
