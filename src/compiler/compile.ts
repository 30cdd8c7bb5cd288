/**
 * One build: read and parse every file, link the corpus, write the bundle.
 *
 * A one-off build (the CLI) parses day by day on worker threads that write the day files
 * themselves (day-batches.ts), then links what they send back and writes the corpus-wide files.
 * A build session (the dev server) keeps every parse result instead, so that after an edit it
 * parses only the changed files and rewrites only their days.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isoFromDay, type DayNumber, type Manifest } from '../bundle/index.ts';
import { contentHashOf, type ParseCache } from './cache.ts';
import { dayBatchJob, planDayBatches, unpackDayBatch, type DayBatch, type PackedDayBatch } from './day-batches.ts';
import { sessionDayFiles, type DayOutputs } from './day-reuse.ts';
import type { OutFile } from './hashed-file.ts';
import { linkCorpus, type LinkedCorpus } from './link.ts';
import { linkFully, relink, type LinkState } from './relink.ts';
import type { Progress } from './progress.ts';
import { BATCH, parseFiles } from './parse-files.ts';
import { findTree, SourceError, withChanges, type CorpusTree } from './read-tree.ts';
import type { Report } from './report.ts';
import { bundleFiles } from './shard.ts';
import type { LinkInput, ParsedEvent, ParseOutcome, Problem } from './types.ts';
import { runBatches } from './worker-pool.ts';
import { writeBundle, type WriteStats } from './write-bundle.ts';

export interface CompileOptions {
  src: string;
  out: string;
  progress?: (tree: CorpusTree) => Progress;
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

/**
 * Kept by a long-lived process (the dev server) between builds, so that after an edit only the
 * changed files are parsed and only the days whose events changed are serialised again.
 */
export interface BuildSession {
  cache: ParseCache;
  /** The tree as of the last build; dropped to force a fresh listing. */
  tree?: CorpusTree;
  /** Links of the last build, updated in place by the next. */
  link?: LinkState;
  /** Day files of the last build into `out`. */
  days?: DayOutputs;
  out?: string;
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

export async function compile(options: CompileOptions): Promise<CompileResult> {
  return options.session ? compileInSession(options, options.session) : compileOnce(options);
}

async function compileOnce(options: CompileOptions): Promise<CompileResult> {
  const started = performance.now();
  const tree = await findTree(options.src);
  const base = { root: tree.root, newsDir: tree.newsDir };
  const batches = planDayBatches(base, tree.files, options.batchSize ?? BATCH).map((files): DayBatch => ({
    tree: base,
    out: options.out,
    files,
  }));

  const progress = options.progress?.(tree);
  progress?.phase('reading, parsing and writing days');
  const inputs: LinkInput[] = [];
  const problems = { rejected: [] as Problem[], duplicates: [] as Problem[], warnings: [] as Problem[] };
  const dayFiles = new Map<DayNumber, string>();
  const dayStats = { written: 0, unchanged: 0 };
  const interned: SharedStrings = new Map();
  let dayPages = 0;
  let done = 0;
  const onBatch = (packed: PackedDayBatch) => {
    const result = unpackDayBatch(packed);
    for (const { day, path, written } of result.days) {
      if (dayFiles.has(day))
        throw new Error(`${isoFromDay(day)} was parsed twice: a file changed during the build; run it again`);
      dayFiles.set(day, path);
      dayStats[written ? 'written' : 'unchanged']++;
    }
    for (const event of result.events) inputs.push(share(event, interned));
    problems.rejected.push(...result.rejected);
    problems.duplicates.push(...result.duplicates);
    problems.warnings.push(...result.warnings);
    dayPages += result.dayPages;
    done += result.files;
    progress?.update(done, tree.files.length);
  };
  await runBatches('days', dayBatchJob, batches, tree.files.length, onBatch, {
    threads: options.threads ?? true,
    workerEntry: options.workerEntry,
  });
  progress?.end();
  if (inputs.length === 0) throw new SourceError(`no events found in ${tree.newsDir} (${tree.files.length} files)`);

  const parsed = performance.now();
  const corpus = linkCorpus(inputs);
  const linked = performance.now();
  const { manifest, stats } = writeBundle(options.out, bundleFiles(corpus, dayFiles), dayFiles.values());
  stats.written += dayStats.written;
  stats.unchanged += dayStats.unchanged;
  const written = performance.now();
  const report = reportOf(
    tree,
    corpus,
    { ...problems, duplicates: [...problems.duplicates, ...corpus.duplicates] },
    dayPages,
  );
  const timings = {
    readAndParse: (parsed - started) / 1000,
    link: (linked - parsed) / 1000,
    write: (written - linked) / 1000,
  };
  return { report, manifest, stats, parsedFiles: tree.files.length, timings };
}

async function compileInSession(options: CompileOptions, session: BuildSession): Promise<CompileResult> {
  const started = performance.now();
  // Without the last build's file list (first build, or a folder came or went) the reports may
  // not cover every change, so the tree is listed and linked afresh.
  const incremental = session.tree !== undefined && options.changed !== undefined;
  const tree = incremental ? withChanges(session.tree!, options.changed!) : await findTree(options.src);
  const { cache } = session;
  const toParse = tree.files.filter((underNews) => !isFresh(tree, underNews, cache, options.changed));
  // What the reported files held before, so linking can start from the last build's links.
  const before = new Map<string, ParseOutcome | undefined>();
  for (const underNews of options.changed ?? []) before.set(underNews, cache.get(underNews)?.outcome);
  if (incremental) {
    for (const underNews of options.changed!) if (!tree.files.includes(underNews)) cache.delete(underNews);
  } else {
    const present = new Set(tree.files);
    for (const underNews of cache.keys()) if (!present.has(underNews)) cache.delete(underNews);
  }

  // Shared as batches arrive, so repeats never pile up (cached events were shared before).
  const interned: SharedStrings = new Map();
  const progress = options.progress?.({ ...tree, files: toParse });
  progress?.phase('reading and parsing');
  let done = 0;
  /** This build's parse outcomes; the cache holds those of readable files for later. */
  const outcomes = new Map<string, ParseOutcome>();
  await parseFiles(
    tree,
    toParse,
    ({ first, parsed }) => {
      parsed.forEach(({ outcome, stamp }, offset) => {
        const underNews = toParse[first + offset];
        if (outcome.kind === 'event') share(outcome.event, interned);
        outcomes.set(underNews, outcome);
        if (stamp) cache.set(underNews, { ...stamp, outcome });
        else cache.delete(underNews);
      });
      done += parsed.length;
      progress?.update(done, toParse.length);
    },
    { threads: options.threads ?? true, stamps: true, batchSize: options.batchSize, workerEntry: options.workerEntry },
  );
  progress?.end();

  const events: ParsedEvent[] = [];
  const rejected: Problem[] = [];
  const warnings: Problem[] = [];
  let dayPages = 0;
  for (const underNews of tree.files) {
    const outcome = outcomes.get(underNews) ?? cache.get(underNews)!.outcome;
    warnings.push(...outcome.warnings);
    if (outcome.kind === 'event') events.push(outcome.event);
    else if (outcome.kind === 'dayPage') dayPages++;
    else rejected.push(outcome.problem);
  }
  if (events.length === 0) throw new SourceError(`no events found in ${tree.newsDir} (${tree.files.length} files)`);

  const parsed = performance.now();
  const corpus = link(session, events, incremental ? eventChanges(before, cache) : null);
  const linked = performance.now();
  const days: DayOutputs = new Map();
  const { manifest, stats } = writeBundle(options.out, sessionFiles(corpus, reusableDays(session, options.out), days));
  const written = performance.now();
  Object.assign(session, { tree, days, out: options.out });
  const report = reportOf(tree, corpus, { rejected, duplicates: corpus.duplicates, warnings }, dayPages);
  const timings = {
    readAndParse: (parsed - started) / 1000,
    link: (linked - parsed) / 1000,
    write: (written - linked) / 1000,
  };
  return { report, manifest, stats, parsedFiles: toParse.length, timings };
}

function reportOf(
  tree: CorpusTree,
  corpus: LinkedCorpus,
  problems: Pick<Report, 'rejected' | 'duplicates' | 'warnings'>,
  dayPages: number,
): Report {
  const byPlace = (a: Problem, b: Problem) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
  return {
    files: tree.files.length,
    events: corpus.events.length,
    dayPages,
    rejected: problems.rejected.sort(byPlace),
    duplicates: problems.duplicates.sort(byPlace),
    warnings: problems.warnings.sort(byPlace),
    outsideLinks: corpus.outsideLinks,
  };
}

/** The day files (kept where unchanged), then the corpus-wide files that point at them. */
function* sessionFiles(
  corpus: LinkedCorpus<ParsedEvent>,
  previous: DayOutputs,
  next: DayOutputs,
): Generator<OutFile, Manifest> {
  yield* sessionDayFiles(corpus.events, previous, next);
  return yield* bundleFiles(corpus, new Map([...next].map(([day, output]) => [day, output.path])));
}

/** Whole-corpus linking, or, when told what changed, only what the change reaches. */
function link(
  session: BuildSession,
  events: ParsedEvent[],
  changes: { removed: ParsedEvent[]; added: ParsedEvent[] } | null,
): LinkedCorpus<ParsedEvent> {
  const state = (session.link && changes && relink(session.link, changes.removed, changes.added)) || linkFully(events);
  session.link = state;
  return state.corpus;
}

/** Events that left or entered the reported files (an edit is both); unchanged ones are skipped. */
function eventChanges(
  before: Map<string, ParseOutcome | undefined>,
  cache: ParseCache,
): { removed: ParsedEvent[]; added: ParsedEvent[] } {
  const removed: ParsedEvent[] = [];
  const added: ParsedEvent[] = [];
  for (const [underNews, old] of before) {
    const now = cache.get(underNews)?.outcome;
    if (now === old) continue;
    if (old?.kind === 'event') removed.push(old.event);
    if (now?.kind === 'event') added.push(now.event);
  }
  return { removed, added };
}

/** Day files the last build wrote to the same folder and that are still there. */
function reusableDays(session: BuildSession, out: string): DayOutputs {
  const days: DayOutputs = new Map();
  if (!session.days || session.out !== out) return days;
  for (const [day, output] of session.days) if (existsSync(join(out, output.path))) days.set(day, output);
  return days;
}

/** A cached result still holds if the file's mtime and size, or else its content, are unchanged. */
function isFresh(tree: CorpusTree, underNews: string, cache: ParseCache, changed?: ReadonlySet<string>): boolean {
  const entry = cache.get(underNews);
  if (!entry) return false;
  if (changed && !changed.has(underNews)) return true;
  const path = `${tree.newsDir}/${underNews}`;
  try {
    const { mtimeMs, size } = statSync(path);
    if (mtimeMs === entry.mtimeMs && size === entry.size) return true;
    if (contentHashOf(readFileSync(path)) !== entry.hash) return false;
    cache.set(underNews, { ...entry, mtimeMs, size });
    return true;
  } catch {
    return false;
  }
}

/** One copy of each id (and contexts text); an id keeps the first related title seen for it. */
export type SharedStrings = Map<string, { value: string; title?: string }>;

/**
 * Each related id and title is repeated in every event that links to it; keep one copy. An
 * event's own id joins the same pool, so linking finds a target by comparing one string with
 * itself. Titles are looked up by their id, which spares hashing every title.
 */
export function share<E extends LinkInput>(event: E, pool: SharedStrings): E {
  event.id = pooled(event.id, pool).value;
  for (const entry of event.related as Array<E['related'][number] & { title?: string }>) {
    const target = pooled(entry.id, pool);
    entry.id = target.value;
    if (entry.title !== undefined) {
      target.title ??= entry.title;
      if (entry.title === target.title) entry.title = target.title;
    }
    entry.contexts = pooled(entry.contexts, pool).value;
  }
  return event;
}

function pooled(value: string, pool: SharedStrings): { value: string; title?: string } {
  let known = pool.get(value);
  if (!known) pool.set(value, (known = { value }));
  return known;
}
