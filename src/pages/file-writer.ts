/**
 * Writes many small files with several in flight: a build writes one or two files per event, and
 * each write waits on the disk far longer than rendering the page takes.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { TextFile } from './sitemap.ts';

const IN_FLIGHT = 32;

export class FileWriter {
  files = 0;
  bytes = 0;
  private readonly pending = new Set<Promise<void>>();
  private readonly madeDirs = new Map<string, Promise<unknown>>();

  constructor(private readonly root: string) {}

  /** Resolves once the file is queued; call `done` for all of them to be on disk. */
  async write(file: TextFile): Promise<void> {
    while (this.pending.size >= IN_FLIGHT) await Promise.race(this.pending);
    const target = join(this.root, file.path);
    const dir = dirname(target);
    let made = this.madeDirs.get(dir);
    if (!made) this.madeDirs.set(dir, (made = mkdir(dir, { recursive: true })));
    const job = made.then(() => writeFile(target, file.content)).finally(() => this.pending.delete(job));
    this.pending.add(job);
    this.files++;
    this.bytes += Buffer.byteLength(file.content);
  }

  async done(): Promise<void> {
    await Promise.all(this.pending);
  }
}
