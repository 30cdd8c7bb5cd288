/**
 * One event file as a flat list of blocks with their line numbers.
 *
 * CommonMark parsing (micromark, via mdast-util-from-markdown) costs ~4 ms for a typical 6 KB
 * event file, i.e. ten minutes for 150,000 files. Almost every line of a real file is one of a
 * few plain shapes, so `scanFast` reads those shapes directly and hands every block it cannot
 * prove it reads exactly as CommonMark would to the real parser (a whole file when its block
 * structure is unusual, one line when only that line's inline content is). The differential
 * test in test/compiler/blocks.test.ts holds the two paths to the same output.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { Nodes, PhrasingContent, RootContent } from 'mdast';

export type SourceBlock =
  | { kind: 'heading'; line: number; depth: number; inlines: PhrasingContent[] }
  | { kind: 'paragraph'; line: number; inlines: PhrasingContent[] }
  /** A list item's first paragraph; its other content follows as further blocks. */
  | { kind: 'item'; line: number; inlines: PhrasingContent[] }
  | { kind: 'code'; line: number; value: string }
  | { kind: 'html'; line: number; value: string };

export function parseBlocks(text: string): SourceBlock[] {
  return scanFast(text) ?? blocksFromMdast(fromMarkdown(text).children);
}

/** Blocks from the real parser; quotes and lists are flattened, breaks dropped. */
export function blocksFromMdast(nodes: RootContent[]): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  const visit = (node: RootContent | Nodes): void => {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'heading':
        blocks.push({ kind: 'heading', line, depth: node.depth, inlines: node.children });
        break;
      case 'paragraph':
        blocks.push({ kind: 'paragraph', line, inlines: node.children });
        break;
      case 'list':
        node.children.forEach(visit);
        break;
      case 'listItem': {
        const [first, ...rest] = node.children;
        if (first?.type === 'paragraph') {
          blocks.push({ kind: 'item', line, inlines: first.children });
          rest.forEach(visit);
        } else {
          blocks.push({ kind: 'item', line, inlines: [] });
          node.children.forEach(visit);
        }
        break;
      }
      case 'blockquote':
        node.children.forEach(visit);
        break;
      case 'code':
        blocks.push({ kind: 'code', line, value: node.value });
        break;
      case 'html':
        blocks.push({ kind: 'html', line, value: node.value });
        break;
      default:
        break; // thematic breaks, definitions: nothing to show
    }
  };
  nodes.forEach(visit);
  return blocks;
}

const ATX = /^(#{1,6})(?:[ ]+(.*))?$/;
const ORDERED_ITEM = /^\d{1,9}\. (\S.*)$/;
const LOOKS_LIKE_ITEM = /^\d{1,9}[.)]/;
/** A first character that could open a block other than a paragraph. */
const OTHER_BLOCK_START = /^[ \t=\-*+>_`~<|]/;
const DEFINITION = /^(?:\d{1,9}[.)] +)?\[[^\]]*\]:/;

/** `*Name* said` is a paragraph; `* item`, `***` and `_ _ _` are not. */
function startsWithEmphasis(line: string): boolean {
  return /^[*_]+[^\s*_]/.test(line);
}

type LineKind = 'blank' | 'heading' | 'paragraph' | 'item';

/** Null when the file's block structure needs the real parser. */
export function scanFast(text: string): SourceBlock[] | null {
  if (text.includes('\t')) return null;
  const lines = text.split('\n');
  const blocks: SourceBlock[] = [];
  let previous: LineKind = 'blank';
  for (let index = 0; index < lines.length; index++) {
    const raw = lines[index];
    const line = index + 1;
    if (/^ *$/.test(raw)) {
      previous = 'blank';
      continue;
    }
    if (DEFINITION.test(raw)) return null;
    if (raw.startsWith('#')) {
      const match = ATX.exec(raw);
      const content = trimSpaces(match?.[2] ?? '');
      if (!match || content === '' || content.endsWith('#')) return null;
      blocks.push({ kind: 'heading', line, depth: match[1].length, inlines: inlines(content, raw) });
      previous = 'heading';
    } else if (OTHER_BLOCK_START.test(raw) && !startsWithEmphasis(raw)) {
      return null;
    } else if (LOOKS_LIKE_ITEM.test(raw)) {
      const match = ORDERED_ITEM.exec(raw);
      // An item right after a paragraph line may or may not interrupt it; let the parser decide.
      if (!match || previous === 'paragraph') return null;
      blocks.push({ kind: 'item', line, inlines: inlines(trimSpaces(match[1]), raw) });
      previous = 'item';
    } else {
      // A second line would continue the paragraph or item before it (lazily): not a plain shape.
      if (previous === 'paragraph' || previous === 'item') return null;
      blocks.push({ kind: 'paragraph', line, inlines: inlines(trimSpaces(raw), raw) });
      previous = 'paragraph';
    }
  }
  return blocks;
}

/** Characters that may start inline syntax: escapes, code, emphasis, links, HTML, entities. */
const INLINE_SYNTAX = /[\\`*_[\]<]|&#?[A-Za-z0-9]+;/;
/** Underscores and stars are literal inside a destination; escapes, entities and code are not. */
const URL_SYNTAX = /[\\`<[\]\s]|&#?[A-Za-z0-9]+;/;
/** Where an emphasis may open and close without CommonMark's flanking rules doubting it. */
const OPENS_AFTER = new Set([undefined, ' ', '(', '\u201c', '\u2018', '"', "'"]);
const CLOSES_BEFORE = new Set([undefined, ' ', '.', ',', ';', ':', '!', '?', ')', '\u201d', '\u2019', '"', "'", '\u2014', '\u2013', '-']);

/** CommonMark trims spaces (not other Unicode whitespace) from the end of a line. */
function trimSpaces(text: string): string {
  return text.replace(/ +$/, '');
}

function inlines(content: string, line: string): PhrasingContent[] {
  return fastInlines(content) ?? inlinesFromParser(line);
}

/**
 * Plain text with `[label](url)` links and `*x*`, `_x_`, `**x**` spans whose label or content
 * is itself plain. Null for anything else (nesting, code, escapes, entities, HTML, a delimiter
 * that might not pair), which the real parser then reads.
 */
export function fastInlines(content: string): PhrasingContent[] | null {
  if (!INLINE_SYNTAX.test(content)) return [{ type: 'text', value: content }];
  const nodes: PhrasingContent[] = [];
  let text = '';
  const flush = () => {
    if (text !== '') nodes.push({ type: 'text', value: text });
    text = '';
  };
  const special = /[[*_\\`\]<&]/g;
  for (let i = 0; i < content.length; ) {
    special.lastIndex = i;
    const found = special.exec(content);
    const at = found ? found.index : content.length;
    text += content.slice(i, at);
    if (!found) break;
    const char = content[at];
    const span = char === '[' ? readLink(content, at) : char === '*' || char === '_' ? readEmphasis(content, at) : undefined;
    if (span === null) return null;
    if (span) {
      flush();
      nodes.push(span.node);
      i = span.end;
    } else if (char === '&' && !/^&#?[A-Za-z0-9]+;/.test(content.slice(at, at + 40))) {
      text += char;
      i = at + 1;
    } else {
      return null;
    }
  }
  flush();
  return nodes;
}

interface Span {
  node: PhrasingContent;
  end: number;
}

function readLink(content: string, start: number): Span | null {
  if (content[start - 1] === '!') return null;
  const close = content.indexOf(']', start);
  if (close < 0 || content[close + 1] !== '(') return null;
  const label = content.slice(start + 1, close);
  if (INLINE_SYNTAX.test(label)) return null;
  let depth = 0;
  let end = close + 2;
  for (; end < content.length; end++) {
    const char = content[end];
    if (char === '(') depth++;
    else if (char === ')' && depth-- === 0) break;
  }
  const url = content.slice(close + 2, end);
  if (end >= content.length || URL_SYNTAX.test(url)) return null;
  return {
    node: { type: 'link', url, title: null, children: label === '' ? [] : [{ type: 'text', value: label }] },
    end: end + 1,
  };
}

function readEmphasis(content: string, start: number): Span | null {
  const char = content[start];
  const run = content[start + 1] === char ? 2 : 1;
  const first = content[start + run];
  if (!OPENS_AFTER.has(content[start - 1]) || first === undefined || first === char || /\s/.test(first)) return null;
  const close = content.indexOf(char, start + run);
  if (close < 0) return null;
  const inner = content.slice(start + run, close);
  const after = close + run;
  if (content.slice(close, after) !== char.repeat(run) || content[after] === char) return null;
  if (INLINE_SYNTAX.test(inner) || /\s$/.test(inner) || !CLOSES_BEFORE.has(content[after])) return null;
  const children: PhrasingContent[] = [{ type: 'text', value: inner }];
  return { node: run === 1 ? { type: 'emphasis', children } : { type: 'strong', children }, end: after };
}

/** The real parser on one self-contained line (a heading, an item or a one-line paragraph). */
function inlinesFromParser(line: string): PhrasingContent[] {
  const [block] = blocksFromMdast(fromMarkdown(line).children);
  return block && 'inlines' in block ? block.inlines : [];
}
