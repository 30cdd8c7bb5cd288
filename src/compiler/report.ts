/** What a build found, as one summary line for people and a JSON report for tools. */
import type { LinkedCorpus } from './link.ts';
import { farOutliers } from './outliers.ts';
import type { ParsedEvent, ParseOutcome, Problem } from './types.ts';

export interface Report {
  files: number;
  events: number;
  dayPages: number;
  rejected: Problem[];
  duplicates: Problem[];
  warnings: Problem[];
  outsideLinks: number;
}

/** What the files said besides their events, gathered as they are parsed. */
export type Findings = Pick<Report, 'dayPages' | 'rejected' | 'duplicates' | 'warnings'>;

export function noFindings(): Findings {
  return { dayPages: 0, rejected: [], duplicates: [], warnings: [] };
}

/** Adds one file's outcome to the findings; returns its event, if it is one. */
export function tally(findings: Findings, outcome: ParseOutcome): ParsedEvent | undefined {
  findings.warnings.push(...outcome.warnings);
  if (outcome.kind === 'event') return outcome.event;
  if (outcome.kind === 'dayPage') findings.dayPages++;
  else findings.rejected.push(outcome.problem);
  return undefined;
}

export function addFindings(into: Findings, more: Findings): void {
  into.dayPages += more.dayPages;
  into.rejected.push(...more.rejected);
  into.duplicates.push(...more.duplicates);
  into.warnings.push(...more.warnings);
}

/** The report of a build of `files` files; linking's duplicates join the parse's. */
export function reportOf(files: number, corpus: LinkedCorpus, findings: Findings): Report {
  const byPlace = (a: Problem, b: Problem) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line);
  return {
    files,
    events: corpus.events.length,
    dayPages: findings.dayPages,
    rejected: findings.rejected.sort(byPlace),
    duplicates: [...findings.duplicates, ...corpus.duplicates].sort(byPlace),
    warnings: [...findings.warnings, ...farOutliers(corpus.events.map((event) => event.parsed))].sort(byPlace),
    outsideLinks: corpus.outsideLinks,
  };
}

export function summaryLine(report: Report, seconds: number): string {
  return (
    `compiled ${report.events} events from ${report.files} files (${report.dayPages} day pages, ` +
    `${report.rejected.length} rejected, ${report.warnings.length} warnings, ` +
    `${report.outsideLinks} related links outside the collection) in ${seconds.toFixed(1)} s`
  );
}

export function problemLine(kind: string, problem: Problem): string {
  return escapeControls(`${kind}: ${problem.file}:${problem.line}: ${problem.message}`);
}

/**
 * A file name may hold any character but `/`; printed as it is, an escape sequence in it could
 * rewrite the terminal. Control characters and bidirectional overrides become `\u{...}` escapes.
 */
export function escapeControls(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex
    /[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => `\\u{${c.charCodeAt(0).toString(16)}}`,
  );
}
