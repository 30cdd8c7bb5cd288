/**
 * A build session's collecting (the dev server): every parse result is kept between builds, so
 * after an edit only the changed files are parsed, linking starts from the last build's links
 * and only the days whose events changed are serialised again.
 */
import type { DayNumber, DaySection } from '../bundle/index.ts';
import { sessionTerms } from './search/event-terms-cache.ts';
import type { Collected, CompileOptions } from './compile.ts';
import { isFresh, type ParseCache } from './cache.ts';
import { reusableDays, sessionFiles, type DayOutputs } from './day-reuse.ts';
import { share, type SharedStrings } from './intern.ts';
import type { LinkedCorpus } from './link.ts';
import { parseFiles } from './parse-files.ts';
import { findTree, withChanges, type CorpusTree } from './read-tree.ts';
import { linkFully, relink, type LinkState } from './relink.ts';
import { noFindings, tally } from './report.ts';
import { ShardReuse, type ShardMemory } from './shard-reuse.ts';
import { OutputFolder } from './write-bundle.ts';
import type { ParsedEvent, ParseOutcome } from './types.ts';

/** Kept by a long-lived process (the dev server) between builds. */
export interface BuildSession {
  cache: ParseCache;
  /** The tree as of the last build; dropped to force a fresh listing. */
  tree?: CorpusTree;
  /** Links of the last build, updated in place by the next. */
  link?: LinkState;
  /** Day files of the last build into `out`. */
  days?: DayOutputs;
  /** Index shards of the last build into `out`. */
  shards?: ShardMemory;
  out?: string;
}

export async function collectInSession(
  options: CompileOptions,
  session: BuildSession,
): Promise<Collected<ParsedEvent>> {
  // Without the last build's file list (first build, or a folder came or went) the reports may
  // not cover every change, so the tree is listed and linked afresh.
  const changed = session.tree !== undefined ? options.changed : undefined;
  const tree = changed ? withChanges(session.tree!, changed) : await findTree(options.src, options);
  const { cache } = session;
  const toParse = tree.files.filter((underNews) => !isFresh(tree, underNews, cache, options.changed));
  // What the reported files held before, so linking can start from the last build's links.
  const before = new Map<string, ParseOutcome | undefined>();
  for (const underNews of options.changed ?? []) before.set(underNews, cache.get(underNews)?.outcome);
  if (changed) {
    for (const underNews of changed) if (!tree.files.includes(underNews)) cache.delete(underNews);
  } else {
    const present = new Set(tree.files);
    for (const underNews of cache.keys()) if (!present.has(underNews)) cache.delete(underNews);
  }

  // Shared as batches arrive, so repeats never pile up (cached events were shared before).
  const pool: SharedStrings = new Map();
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
        if (outcome.kind === 'event') share(outcome.event, pool);
        outcomes.set(underNews, outcome);
        if (stamp) cache.set(underNews, { ...stamp, outcome });
        else cache.delete(underNews);
      });
      done += parsed.length;
      progress?.update(done, toParse.length);
    },
    { threads: options.threads ?? true, batchSize: options.batchSize, workerEntry: options.workerEntry },
  );
  progress?.end();

  const findings = noFindings();
  const events: ParsedEvent[] = [];
  const pages = new Map<DayNumber, DaySection[]>();
  for (const underNews of tree.files) {
    const outcome = outcomes.get(underNews) ?? cache.get(underNews)!.outcome;
    const event = tally(findings, outcome);
    if (event) events.push(event);
    else if (outcome.kind === 'dayPage' && outcome.page) pages.set(outcome.page.day, outcome.page.sections);
  }
  const changes = changed ? eventChanges(before, cache) : null;
  const days: DayOutputs = new Map();
  const folder = new OutputFolder(options.out);
  const shards = new ShardReuse(session.out === options.out ? session.shards : undefined, (path) => folder.has(path));
  return {
    tree,
    events,
    findings,
    parsedFiles: toParse.length,
    link: (all) => link(session, all, changes),
    files: (corpus) => sessionFiles(corpus, reusableDays(session, options.out), days, pages, shards),
    terms: (corpus) => sessionTerms(corpus.events),
    written: () => Object.assign(session, { tree, days, shards: shards.memory(), out: options.out }),
  };
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
