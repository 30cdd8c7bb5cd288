/** What a build found, as one summary line for people and a JSON report for tools. */
import type { Problem } from './types.ts';

export interface Report {
  files: number;
  events: number;
  dayPages: number;
  rejected: Problem[];
  duplicates: Problem[];
  warnings: Problem[];
  outsideLinks: number;
}

export function summaryLine(report: Report, seconds: number): string {
  return (
    `compiled ${report.events} events from ${report.files} files (${report.dayPages} day pages, ` +
    `${report.rejected.length} rejected, ${report.warnings.length} warnings, ` +
    `${report.outsideLinks} related links outside the collection) in ${seconds.toFixed(1)} s`
  );
}

/** Every file is accounted for exactly once; a build that breaks this has lost a file. */
export function accountsForEveryFile(report: Report): boolean {
  return report.files === report.events + report.dayPages + report.rejected.length + report.duplicates.length;
}

export function problemLine(kind: string, problem: Problem): string {
  return `${kind}: ${problem.file}:${problem.line}: ${problem.message}`;
}
