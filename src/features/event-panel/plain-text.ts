import type { Block, Inline } from '../../bundle/index.ts';

/** The words of a body, without its markup. */
export function plainText(blocks: readonly Block[]): string {
  return blocks.map((block) => inlineText(block.children)).join('\n');
}

function inlineText(nodes: readonly Inline[]): string {
  return nodes.map((node) => ('children' in node ? inlineText(node.children) : node.value)).join('');
}
