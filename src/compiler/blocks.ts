/**
 * One event file as a flat list of blocks with their line numbers, read by commonmark.js (the
 * CommonMark reference implementation). Its tree is mapped to a small inline type of our own,
 * so nothing downstream depends on the parser's node classes.
 */
import { Parser, type Node } from 'commonmark';
import { checkNesting, MAX_INLINE_DEPTH, withWorkBudget } from './complexity.ts';
import { withFastPaths } from './parser-fast-paths.ts';

/** Inline content as the compiler reads it; raw HTML and line breaks are already plain text. */
export type SourceInline =
  | { type: 'text'; value: string }
  | { type: 'code'; value: string }
  | { type: 'emphasis' | 'strong'; children: SourceInline[] }
  | { type: 'link'; url: string; children: SourceInline[] };

export type SourceBlock =
  | { kind: 'heading'; line: number; depth: number; inlines: SourceInline[] }
  | { kind: 'paragraph'; line: number; inlines: SourceInline[] }
  /** A list item's first paragraph; its other content follows as further blocks. */
  | { kind: 'item'; line: number; inlines: SourceInline[] }
  | { kind: 'code'; line: number; value: string }
  | { kind: 'html'; line: number; value: string };

// One parser per thread: it keeps no state between documents that matters to us.
const { parser, reset } = withWorkBudget(withFastPaths(new Parser()));

/**
 * Quotes and lists are flattened; thematic breaks dropped. Throws TooComplexError for a file
 * the parser would take minutes over (complexity.ts).
 */
export function parseBlocks(text: string): SourceBlock[] {
  checkNesting(text);
  reset();
  return collectBlocks(parser.parse(text));
}

function lineOf(node: Node): number {
  return node.sourcepos?.[0][0] ?? 1;
}

/** A walk, not recursion: lists and quotes may nest deeper than the stack. */
function collectBlocks(document: Node): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  const walker = document.walker();
  for (let step = walker.next(); step; step = walker.next()) {
    const { node, entering } = step;
    if (!entering) continue;
    const line = lineOf(node);
    switch (node.type) {
      case 'heading':
        blocks.push({ kind: 'heading', line, depth: node.level, inlines: inlinesOf(node) });
        break;
      case 'paragraph':
        // An item's first paragraph was taken as the item's own text.
        if (!isItemText(node)) blocks.push({ kind: 'paragraph', line, inlines: inlinesOf(node) });
        break;
      case 'item': {
        const first = node.firstChild;
        blocks.push({ kind: 'item', line, inlines: first && isItemText(first) ? inlinesOf(first) : [] });
        continue;
      }
      case 'code_block':
        blocks.push({ kind: 'code', line, value: (node.literal ?? '').replace(/\n$/, '') });
        break;
      case 'html_block':
        blocks.push({ kind: 'html', line, value: (node.literal ?? '').replace(/\n+$/, '') });
        break;
      default:
        continue; // the document, lists and quotes: go inside; thematic breaks: nothing to show
    }
    walker.resumeAt(node, false); // its inline content is read
  }
  return blocks;
}

function isItemText(node: Node): boolean {
  return node.type === 'paragraph' && node.parent?.type === 'item' && node.parent.firstChild === node;
}

/**
 * Appends text, joined to a text node just before it. A module-level function rather than a
 * closure per call: tsx keeps function names, and naming a new closure for every paragraph of
 * 150,000 files was a visible cost.
 */
export function appendText<N extends { type: string }>(out: N[], value: string): void {
  if (value === '') return;
  const last = out.at(-1) as (N & { value: string }) | undefined;
  if (last?.type === 'text') last.value += value;
  else out.push({ type: 'text', value } as unknown as N);
}

function inlinesOf(parent: Node, depth = 0): SourceInline[] {
  if (depth >= MAX_INLINE_DEPTH) return [{ type: 'text', value: textOf(parent) }];
  const out: SourceInline[] = [];
  for (let node = parent.firstChild; node; node = node.next) {
    switch (node.type) {
      case 'text':
      case 'html_inline':
        appendText(out, node.literal ?? '');
        break;
      case 'softbreak':
      case 'linebreak':
        appendText(out, '\n');
        break;
      case 'code':
        out.push({ type: 'code', value: node.literal ?? '' });
        break;
      case 'emph':
        out.push({ type: 'emphasis', children: inlinesOf(node, depth + 1) });
        break;
      case 'strong':
        out.push({ type: 'strong', children: inlinesOf(node, depth + 1) });
        break;
      case 'link':
        out.push({ type: 'link', url: node.destination ?? '', children: inlinesOf(node, depth + 1) });
        break;
      case 'image':
        // An image shows as its description; bodies carry no pictures.
        appendText(out, plainText(inlinesOf(node, depth + 1)));
        break;
      default:
        inlinesOf(node, depth + 1).forEach((child) =>
          child.type === 'text' ? appendText(out, child.value) : out.push(child),
        );
    }
  }
  return out;
}

/** The text inside a node however deep it nests, found by a walk rather than recursion. */
function textOf(parent: Node): string {
  let text = '';
  const walker = parent.walker();
  for (let step = walker.next(); step; step = walker.next()) {
    if (!step.entering || step.node === parent) continue;
    const { type, literal } = step.node;
    if (type === 'softbreak' || type === 'linebreak') text += '\n';
    else if (literal !== null && type !== 'code_block' && type !== 'html_block') text += literal;
  }
  return text;
}

export function plainText(nodes: readonly SourceInline[]): string {
  let text = '';
  for (const node of nodes) text += 'children' in node ? plainText(node.children) : node.value;
  return text;
}
