/** What a file's place in the tree says about it, before its content is read. */
import { dayFromParts, isValidSlug, type DayNumber } from '../bundle/index.ts';

export type CorpusPath =
  /** `day` is null when the page is not in a dated folder. */
  | { kind: 'dayPage'; day: DayNumber | null }
  | { kind: 'event'; day: DayNumber; slug: string | null; canonicalFolder: boolean }
  /** In a dated folder that is not a calendar day, e.g. `2015/02/30/`. */
  | { kind: 'impossibleDate'; folder: string }
  /** A markdown file outside `news/YYYY/MM/D/`: its date and slug must come from its content. */
  | { kind: 'outside' }
  | { kind: 'notMarkdown' };

/** `underNews` is the path below the `news/` folder, with `/` separators. */
export function classifyPath(underNews: string): CorpusPath {
  if (!underNews.toLowerCase().endsWith('.md')) return { kind: 'notMarkdown' };
  const match = /^(\d{4})\/(\d{1,2})\/(\d{1,2})\/([^/]+)\.md$/i.exec(underNews);
  if (!match)
    return underNews.endsWith('/index.md') || underNews === 'index.md'
      ? { kind: 'dayPage', day: null }
      : { kind: 'outside' };
  const [, year, month, date, name] = match;
  const day = dayFromParts(Number(year), Number(month), Number(date));
  if (name === 'index') return { kind: 'dayPage', day };
  if (day === null) return { kind: 'impossibleDate', folder: `${year}/${month}/${date}` };
  return {
    kind: 'event',
    day,
    slug: isValidSlug(name) ? name : null,
    canonicalFolder: month.length === 2 && date.length === 2,
  };
}
