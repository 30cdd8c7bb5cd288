/** One build: read and parse every file, link the corpus, write the bundle. */
import type { Manifest } from '../bundle/index.ts';
import { linkCorpus } from './link.ts';
import { parseEventFile } from './parse-event.ts';
import type { Progress } from './progress.ts';
import { findTree, readEach, reportPath, SourceError, type CorpusTree } from './read-tree.ts';
import type { Report } from './report.ts';
import { bundleFiles } from './shard.ts';
import type { ParsedEvent, Problem } from './types.ts';
import { writeBundle, type WriteStats } from './write-bundle.ts';

export interface CompileOptions {
  src: string;
  out: string;
  progress?: (tree: CorpusTree) => Progress;
}

export interface CompileResult {
  report: Report;
  manifest: Manifest;
  stats: WriteStats;
}

const READ_CONCURRENCY = 32;

export async function compile(options: CompileOptions): Promise<CompileResult> {
  const tree = await findTree(options.src);
  const progress = options.progress?.(tree);
  const events: ParsedEvent[] = [];
  const rejected: Problem[] = [];
  const warnings: Problem[] = [];
  let dayPages = 0;
  let done = 0;

  progress?.phase('reading');
  await readEach(tree, READ_CONCURRENCY, (index, bytes, error) => {
    const file = reportPath(tree, tree.files[index]);
    if (!bytes) rejected.push({ file, line: 1, message: `the file cannot be read: ${error?.message}` });
    else {
      const outcome = parseEventFile(file, tree.files[index], bytes);
      warnings.push(...outcome.warnings);
      if (outcome.kind === 'event') events.push(outcome.event);
      else if (outcome.kind === 'dayPage') dayPages++;
      else rejected.push(outcome.problem);
    }
    progress?.update(++done, tree.files.length);
  });
  progress?.end();
  if (events.length === 0) throw new SourceError(`no events found in ${tree.newsDir} (${tree.files.length} files)`);

  const corpus = linkCorpus(events);
  const { manifest, stats } = writeBundle(options.out, bundleFiles(corpus));
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
  return { report, manifest, stats };
}
