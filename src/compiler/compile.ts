/**
 * One build: collect (read and parse every file), link the corpus, write the bundle.
 *
 * A one-off build (the CLI) collects day by day on worker threads that write the day files
 * themselves (collect-once.ts). A build session (the dev server) keeps every parse result
 * instead, so that after an edit it parses only the changed files, links only what the change
 * reaches and rewrites only their days (build-session.ts). Both end in the same link and write.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest } from '../bundle/index.ts';
import { collectInSession, type BuildSession } from './build-session.ts';
import { collectOnce } from './collect-once.ts';
import type { OutFile } from './hashed-file.ts';
import type { LinkedCorpus } from './link.ts';
import type { Progress } from './progress.ts';
import { SourceError, type CorpusTree } from './read-tree.ts';
import { reportOf, type Findings, type Report } from './report.ts';
import type { LinkInput } from './types.ts';
import { writeBundle, type WriteStats } from './write-bundle.ts';
import { searchFiles, withSearch, type SearchTerms } from './search/search-files.ts';

export type { BuildSession } from './build-session.ts';

export interface CompileOptions {
  src: string;
  out: string;
  progress?: (tree: CorpusTree) => Progress;
  /** Follow symbolic links to files inside the news folder (read-tree.ts). */
  followSymlinks?: boolean;
  /** Parse big trees in worker threads (default true; needs tsx); `always` for small ones too. */
  threads?: boolean | 'always';
  /** Files per parse batch (tests make it small to spread a small tree over the workers). */
  batchSize?: number;
  workerEntry?: URL;
  /** What earlier builds in this process left behind; read and updated in place. */
  session?: BuildSession;
  /**
   * Paths below `news/` known to have changed since the session's last build (the dev server's
   * watcher knows); every other file is trusted without listing the tree or a stat.
   */
  changed?: ReadonlySet<string>;
}

export interface CompileResult {
  report: Report;
  manifest: Manifest;
  stats: WriteStats;
  /** Files parsed this time (the rest came from the cache). */
  parsedFiles: number;
  /** Seconds spent per step, for --verbose and the benchmarks. A one-off build writes the day
   *  files while it reads and parses, so `write` is then the corpus-wide files only. */
  timings: { readAndParse: number; link: number; write: number };
}

/** What collecting gathered, and how the rest of the build links and writes it. */
export interface Collected<E extends LinkInput> {
  tree: CorpusTree;
  events: E[];
  findings: Findings;
  parsedFiles: number;
  link(events: E[]): LinkedCorpus<E>;
  /** The bundle's files still to write, day files first; the manifest is the return value. */
  files(corpus: LinkedCorpus<E>): Generator<OutFile, Manifest>;
  /** Each event's title and body terms for the search index (its tags come from the corpus). */
  terms(corpus: LinkedCorpus<E>): SearchTerms;
  /** Day files already written (by the parse workers), and how many of them were new. */
  placed?: { paths: Iterable<string>; written: number; unchanged: number };
  /** Called once the bundle is in place. */
  written?(): void;
}

export async function compile(options: CompileOptions): Promise<CompileResult> {
  const started = performance.now();
  const collected = options.session ? await collectInSession(options, options.session) : await collectOnce(options);
  return linkAndWrite(options.out, collected, started);
}

async function linkAndWrite<E extends LinkInput>(
  out: string,
  collected: Collected<E>,
  started: number,
): Promise<CompileResult> {
  const { tree, events, placed } = collected;
  if (events.length === 0) throw new SourceError(`no events found in ${tree.newsDir} (${tree.files.length} files)`);
  const parsed = performance.now();
  const corpus = collected.link(events);
  const linked = performance.now();
  const search = searchFiles(corpus.events, collected.terms(corpus), (path) => existsSync(join(out, path)));
  const { manifest, stats } = writeBundle(out, withSearch(collected.files(corpus), search), placed?.paths);
  stats.written += placed?.written ?? 0;
  stats.unchanged += placed?.unchanged ?? 0;
  collected.written?.();
  const written = performance.now();
  return {
    // Entries the listing left out (links, FIFOs, unreadable folders) are rejected files too.
    report: reportOf(tree.files.length + tree.skipped.length, corpus, {
      ...collected.findings,
      rejected: [...collected.findings.rejected, ...tree.skipped],
    }),
    manifest,
    stats,
    parsedFiles: collected.parsedFiles,
    timings: {
      readAndParse: (parsed - started) / 1000,
      link: (linked - parsed) / 1000,
      write: (written - linked) / 1000,
    },
  };
}
