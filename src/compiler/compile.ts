/** One build: read and parse every file, link the corpus, write the bundle. */
import type { Manifest } from '../bundle/index.ts';
import { linkCorpus } from './link.ts';
import type { Progress } from './progress.ts';
import { parseFiles } from './parse-files.ts';
import { findTree, SourceError, type CorpusTree } from './read-tree.ts';
import type { Report } from './report.ts';
import { bundleFiles } from './shard.ts';
import type { ParsedEvent, Problem } from './types.ts';
import { writeBundle, type WriteStats } from './write-bundle.ts';

export interface CompileOptions {
  src: string;
  out: string;
  progress?: (tree: CorpusTree) => Progress;
  /** Parse big trees in worker threads (default true; needs tsx). */
  threads?: boolean;
}

export interface CompileResult {
  report: Report;
  manifest: Manifest;
  stats: WriteStats;
  /** Seconds spent per step, for --verbose and the benchmarks. */
  timings: { readAndParse: number; link: number; write: number };
}


export async function compile(options: CompileOptions): Promise<CompileResult> {
  const started = performance.now();
  const tree = await findTree(options.src);
  const progress = options.progress?.(tree);
  const events: ParsedEvent[] = [];
  const rejected: Problem[] = [];
  const warnings: Problem[] = [];
  const interned = new Map<string, string>();
  let dayPages = 0;
  let done = 0;

  progress?.phase('reading and parsing');
  await parseFiles(tree, ({ outcomes }) => {
    outcomes.forEach((outcome) => {
      warnings.push(...outcome.warnings);
      if (outcome.kind === 'event') events.push(share(outcome.event, interned));
      else if (outcome.kind === 'dayPage') dayPages++;
      else rejected.push(outcome.problem);
          });
    done += outcomes.length;
    progress?.update(done, tree.files.length);
  }, { threads: options.threads ?? true });
  progress?.end();
  if (events.length === 0) throw new SourceError(`no events found in ${tree.newsDir} (${tree.files.length} files)`);

  const parsed = performance.now();
  const corpus = linkCorpus(events);
  const linked = performance.now();
  const { manifest, stats } = writeBundle(options.out, bundleFiles(corpus));
  const written = performance.now();
  const byPlace = (a: Problem, b: Problem) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
  const report: Report = {
    files: tree.files.length,
    events: corpus.events.length,
    dayPages,
    rejected: rejected.sort(byPlace),
    duplicates: corpus.duplicates.sort(byPlace),
    warnings: warnings.sort(byPlace),
    outsideLinks: corpus.outsideLinks,
  };
  const timings = { readAndParse: (parsed - started) / 1000, link: (linked - parsed) / 1000, write: (written - linked) / 1000 };
  return { report, manifest, stats, timings };
}

/** Each related title is repeated in every event that links to it; keep one copy. */
function share(event: ParsedEvent, interned: Map<string, string>): ParsedEvent {
  const one = (value: string) => {
    const known = interned.get(value);
    if (known !== undefined) return known;
    interned.set(value, value);
    return value;
  };
  for (const entry of event.related) {
    entry.id = one(entry.id);
    entry.title = one(entry.title);
    entry.contexts = one(entry.contexts);
  }
  return event;
}
