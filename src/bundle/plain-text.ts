import type { Block, Inline } from './types.ts';

/** The words of a body, without its markup. */
export function plainText(blocks: readonly Block[]): string {
  return blocks.map((block) => inlineText(block.children)).join('\n');
}

/** Walks with its own stack: a hostile body may nest thousands of levels deep. */
function inlineText(nodes: readonly Inline[]): string {
  const parts: string[] = [];
  const pending: Inline[] = [...nodes].reverse();
  for (let node = pending.pop(); node; node = pending.pop()) {
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) pending.push(node.children[i]!);
    else parts.push(node.value);
  }
  return parts.join('');
}
