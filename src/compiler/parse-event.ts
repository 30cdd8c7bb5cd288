/** One file's bytes to an event, a day page, or a reason it was rejected. Pure. */
import {
  dayFromIso,
  eventId,
  isoFromDay,
  isValidSlug,
  parseNewsPath,
  type DayNumber,
  type Source,
} from '../bundle/index.ts';
import { parseBlocks, plainText, type SourceBlock, type SourceInline } from './blocks.ts';
import { MAX_BODY_CHARS, isWellFormedUrl, toBody } from './body.ts';
import { TooComplexError } from './complexity.ts';
import { collectCommaNames } from './contexts.ts';
import { classifyPath } from './corpus-path.ts';
import { readDayPage } from './day-page.ts';
import { decodeFile, invalidUtf8Warning } from './decode.ts';
import { eventSpellings } from './event-spellings.ts';
import { slugFromTitle } from './slug.ts';
import type { ParseOutcome, ParsedRelated, Problem } from './types.ts';

/** Event files are a few KB; anything this large is not one and would only slow the build. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

const SECTION = /^(sources?|related)\s*:?$/i;
const ISO_DATE = /^\d{4}-\d{1,2}-\d{1,2}$/;

/**
 * @param file path relative to the corpus root, e.g. `news/2015/09/26/slug.md`
 * @param underNews the same path below the `news/` folder, e.g. `2015/09/26/slug.md`
 * @param size the file's size: a file over MAX_FILE_BYTES is not read, so its bytes are empty
 */
export function parseEventFile(file: string, underNews: string, bytes: Uint8Array, size = bytes.length): ParseOutcome {
  const problems = new FileProblems(file);
  const { warnings } = problems;

  const place = classifyPath(underNews);
  if (place.kind === 'notMarkdown') return problems.reject(1, 'not a markdown (.md) file, so it cannot be an event');
  if (place.kind === 'dayPage') return dayPageOutcome(place.day, bytes, warnings);
  if (place.kind === 'impossibleDate') return problems.reject(1, `the folder ${place.folder} is not a calendar date`);
  if (size > MAX_FILE_BYTES) {
    return problems.reject(1, `the file is ${(size / 1048576).toFixed(1)} MB; an event file is a few KB`);
  }
  if (bytes.length === 0) return problems.reject(1, 'the file is empty');

  const { text, invalidUtf8Line } = decodeFile(bytes);
  if (invalidUtf8Line !== null) warnings.push(invalidUtf8Warning(file, invalidUtf8Line));
  if (text.trim() === '') return problems.reject(1, 'the file has only blank lines');

  let blocks: SourceBlock[];
  try {
    blocks = parseBlocks(text);
  } catch (error) {
    if (error instanceof TooComplexError) return problems.reject(error.line, error.message);
    throw error;
  }
  const titleIndex = blocks.findIndex((b) => b.kind === 'heading' && b.depth === 1);
  if (titleIndex < 0) return problems.reject(1, 'no title: an event needs a `# Title` heading');
  const titleBlock = blocks[titleIndex] as Extract<SourceBlock, { kind: 'heading' }>;
  const title = detached(plainText(titleBlock.inlines).trim());
  if (title === '') return problems.reject(titleBlock.line, 'the `#` title heading is empty');

  // The date heading: `### [2015-09-26](/news/2015/09/26/index.md)` before the title.
  const dateBlock = blocks
    .slice(0, titleIndex)
    .find(
      (b): b is Extract<SourceBlock, { kind: 'heading' }> =>
        b.kind === 'heading' && ISO_DATE.test(plainText(b.inlines).trim()),
    );
  const headingText = dateBlock ? plainText(dateBlock.inlines).trim() : null;
  const headingDay = headingText === null ? null : dayFromIso(headingText);

  let day: number;
  let slug: string;
  let canonicalFolder = false;
  if (place.kind === 'event') {
    // The folder is the event's identity (links point at it); the heading only checks it.
    day = place.day;
    canonicalFolder = place.canonicalFolder;
    if (!dateBlock)
      problems.warn(1, `no date heading (\`### [YYYY-MM-DD](...)\`); using the folder's date ${isoFromDay(day)}`);
    else if (headingDay === null)
      problems.warn(
        dateBlock.line,
        `the date heading ${headingText} is not a calendar date; using the folder's date ${isoFromDay(day)}`,
      );
    else if (headingDay !== day)
      problems.warn(
        dateBlock.line,
        `the date heading says ${headingText} but the file is in the folder for ${isoFromDay(day)}; using the folder's date`,
      );
    if (place.slug !== null) slug = place.slug;
    else {
      slug = slugFromTitle(title);
      problems.warn(1, `the file name cannot be used as an id; using "${slug}", made from the title`);
    }
  } else {
    if (!dateBlock)
      return problems.reject(1, 'outside news/YYYY/MM/D/ and without a date heading, so the event has no date');
    if (headingDay === null)
      return problems.reject(dateBlock.line, `the date heading ${headingText} is not a calendar date`);
    day = headingDay;
    slug = slugFromTitle(title);
    problems.warn(1, `not in a news/YYYY/MM/D/ folder; dated by its heading and named "${slug}" from its title`);
  }
  if (!isValidSlug(slug))
    return problems.reject(titleBlock.line, 'no usable id: neither the file name nor the title gives a slug');

  // Sections after the title: body until `### Source:`, then sources and related lists.
  let section: 'body' | 'sources' | 'related' | 'unknown' = 'body';
  const bodyBlocks: SourceBlock[] = [];
  const sources: Source[] = [];
  const related: ParsedRelated[] = [];
  for (const block of blocks.slice(titleIndex + 1)) {
    if (block.kind === 'heading' && block.depth > 1) {
      const name = SECTION.exec(plainText(block.inlines).trim())?.[1].toLowerCase();
      if (name) {
        section = name === 'related' ? 'related' : 'sources';
        continue;
      }
      if (section !== 'body') {
        section = 'unknown';
        problems.warn(block.line, `the section "${plainText(block.inlines).trim()}" is not understood; it was skipped`);
        continue;
      }
    }
    if (section === 'body') bodyBlocks.push(block);
    else if (section === 'sources') readSource(block, sources, problems);
    else if (section === 'related') readRelated(block, related, problems);
  }
  const { body, truncated } = toBody(bodyBlocks);
  if (truncated)
    problems.warn(
      bodyBlocks[0]?.line ?? titleBlock.line,
      `the body is longer than ${MAX_BODY_CHARS} characters; it was cut there`,
    );

  return {
    kind: 'event',
    event: {
      file,
      id: eventId(day, slug),
      day,
      slug,
      canonicalFolder,
      title,
      body,
      sources,
      related,
      relatedCommaNames: relatedCommaNames(related),
      ...eventSpellings(body, related),
    },
    warnings,
  };
}

/**
 * The problems found in one file. A class, not closures made per file: tsx keeps function names,
 * and naming two fresh closures for each of 150,000 files cost about a second.
 */
class FileProblems {
  readonly warnings: Problem[] = [];

  constructor(private readonly file: string) {}

  warn(line: number, message: string): void {
    this.warnings.push({ file: this.file, line, message });
  }

  reject(line: number, message: string): ParseOutcome {
    return { kind: 'rejected', problem: { file: this.file, line, message }, warnings: this.warnings };
  }
}

function firstLink(nodes: readonly SourceInline[]): { index: number; url: string; text: string } | null {
  const index = nodes.findIndex((n) => n.type === 'link');
  if (index < 0) return null;
  const link = nodes[index] as Extract<SourceInline, { type: 'link' }>;
  return { index, url: link.url, text: plainText(link.children).trim() };
}

function readSource(block: SourceBlock, sources: Source[], problems: FileProblems): void {
  if (block.kind !== 'item') return;
  const link = firstLink(block.inlines);
  if (!link) return problems.warn(block.line, 'a source without a link; it was skipped');
  const url = link.url.trim();
  if (!/^https?:\/\//i.test(url) || !isWellFormedUrl(url)) {
    return problems.warn(
      block.line,
      `the source link ${JSON.stringify(url.slice(0, 200))} is not an http(s) URL; it was skipped`,
    );
  }
  sources.push({ outlet: link.text || new URL(url).hostname, url });
}

/** A day page never fails the build: at worst it groups nothing. */
function dayPageOutcome(day: DayNumber | null, bytes: Uint8Array, warnings: Problem[]): ParseOutcome {
  if (day === null || bytes.length > MAX_FILE_BYTES) return { kind: 'dayPage', page: null, warnings };
  return { kind: 'dayPage', page: { day, sections: readDayPage(decodeFile(bytes).text, day) }, warnings };
}

function readRelated(block: SourceBlock, related: ParsedRelated[], problems: FileProblems): void {
  if (block.kind !== 'item') return;
  const link = firstLink(block.inlines);
  const target = link ? parseNewsPath(link.url.trim()) : null;
  if (!link || target?.kind !== 'event') {
    const what = link ? JSON.stringify(link.url.slice(0, 200)) : 'nothing';
    return problems.warn(
      block.line,
      `a related entry links to ${what}, not to an event (/news/YYYY/MM/D/slug.md); it was skipped`,
    );
  }
  const after = plainText(block.inlines.slice(link.index + 1));
  const contexts =
    /Context:\s*([\s\S]*)$/i
      .exec(after)?.[1]
      .replace(/[_*\s]+$/, '')
      .trim() ?? '';
  related.push({ id: detached(target.id), day: target.day, title: detached(link.text), contexts });
}

/**
 * A copy of the text that stands alone. Text cut from a parse is a view of the string it came
 * from: a heading's of the whole file, a related link's of its whole list item. A worker keeps a
 * batch's events until it sends them, and with views an event held 15.4 KB instead of 7.8, which
 * every garbage collection in the meantime copied (bench/README.md).
 */
function detached(text: string): string {
  return (' ' + text).slice(1);
}

/** Found here, on the parse workers, so that linking need not scan 1.5 million related titles for them. */
function relatedCommaNames(related: readonly ParsedRelated[]): string[] {
  return [...collectCommaNames(related.map((entry) => entry.title))];
}
