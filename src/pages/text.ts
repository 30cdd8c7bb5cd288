/** Plain text of an event's body, for descriptions and previews. */
import type { Block, Inline } from '../bundle/index.ts';

export function plainText(blocks: Block[]): string {
  return blocks
    .map((block) => inlineText(block.children))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function inlineText(nodes: Inline[]): string {
  return nodes.map((node) => ('value' in node ? node.value : inlineText(node.children))).join('');
}

/** The start of `text`, cut at a word boundary with an ellipsis when it is longer than `max`. */
export function summary(text: string, max = 200): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}
