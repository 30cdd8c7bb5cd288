/**
 * One event file as a flat list of blocks with their line numbers, read by commonmark.js (the
 * CommonMark reference implementation). Its tree is mapped to a small inline type of our own,
 * so nothing downstream depends on the parser's node classes.
 */
import { Parser, type Node } from 'commonmark';
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
const parser = withFastPaths(new Parser());

/** Quotes and lists are flattened; thematic breaks dropped. */
export function parseBlocks(text: string): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  for (let node = parser.parse(text).firstChild; node; node = node.next) visitBlock(node, blocks);
  return blocks;
}

function lineOf(node: Node): number {
  return node.sourcepos?.[0][0] ?? 1;
}

function visitBlock(node: Node, blocks: SourceBlock[]): void {
  const line = lineOf(node);
  switch (node.type) {
    case 'heading':
      blocks.push({ kind: 'heading', line, depth: node.level, inlines: inlinesOf(node) });
      break;
    case 'paragraph':
      blocks.push({ kind: 'paragraph', line, inlines: inlinesOf(node) });
      break;
    case 'item': {
      let child = node.firstChild;
      if (child?.type === 'paragraph') {
        blocks.push({ kind: 'item', line, inlines: inlinesOf(child) });
        child = child.next;
      } else blocks.push({ kind: 'item', line, inlines: [] });
      for (; child; child = child.next) visitBlock(child, blocks);
      break;
    }
    case 'list':
    case 'block_quote':
      for (let child = node.firstChild; child; child = child.next) visitBlock(child, blocks);
      break;
    case 'code_block':
      blocks.push({ kind: 'code', line, value: (node.literal ?? '').replace(/\n$/, '') });
      break;
    case 'html_block':
      blocks.push({ kind: 'html', line, value: (node.literal ?? '').replace(/\n+$/, '') });
      break;
    default:
      break; // thematic breaks: nothing to show
  }
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

function inlinesOf(parent: Node): SourceInline[] {
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
        out.push({ type: 'emphasis', children: inlinesOf(node) });
        break;
      case 'strong':
        out.push({ type: 'strong', children: inlinesOf(node) });
        break;
      case 'link':
        out.push({ type: 'link', url: node.destination ?? '', children: inlinesOf(node) });
        break;
      case 'image':
        // An image shows as its description; bodies carry no pictures.
        appendText(out, plainText(inlinesOf(node)));
        break;
      default:
        inlinesOf(node).forEach((child) => (child.type === 'text' ? appendText(out, child.value) : out.push(child)));
    }
  }
  return out;
}

export function plainText(nodes: readonly SourceInline[]): string {
  let text = '';
  for (const node of nodes) text += 'children' in node ? plainText(node.children) : node.value;
  return text;
}
