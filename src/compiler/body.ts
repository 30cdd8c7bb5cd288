/**
 * Markdown inline content to the bundle's safe representation. Nothing here produces HTML:
 * raw HTML becomes visible text, and only http(s) and canonical `/news/...` links survive.
 */
import { dayPath, eventPath, parseNewsPath, type Block, type Inline } from '../bundle/index.ts';
import { appendText, type SourceBlock, type SourceInline } from './blocks.ts';

/** Bodies are a few paragraphs; beyond this the file is broken, not long. */
export const MAX_BODY_CHARS = 20_000;

export function safeHref(url: string): string | null {
  const href = url.trim();
  if (/^https?:\/\//i.test(href)) return isWellFormedUrl(href) ? href : null;
  if (href.startsWith('/news/')) {
    const path = parseNewsPath(href);
    if (!path) return null;
    return path.kind === 'day' ? dayPath(path.day) : eventPath(path.id);
  }
  return null;
}

export function isWellFormedUrl(href: string): boolean {
  // White space and control characters have no place in a URL as written.
  // eslint-disable-next-line no-control-regex
  if (/[\s\x00-\x1f\x7f]/.test(href)) return false;
  try {
    const url = new URL(href);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

export function toInlines(nodes: readonly SourceInline[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        appendText(out, node.value);
        break;
      case 'code':
        out.push({ type: 'code', value: node.value });
        break;
      case 'emphasis':
      case 'strong':
        out.push({ type: node.type, children: toInlines(node.children) });
        break;
      case 'link': {
        const href = safeHref(node.url);
        const children = toInlines(node.children);
        if (href) out.push({ type: 'link', href, children });
        else children.forEach((child) => (child.type === 'text' ? appendText(out, child.value) : out.push(child)));
        break;
      }
    }
  }
  return out;
}

function inlineLength(inlines: readonly Inline[]): number {
  return inlines.reduce((sum, node) => sum + ('value' in node ? node.value.length : inlineLength(node.children)), 0);
}

/**
 * Every body block, whatever its markdown kind, becomes a paragraph. Past MAX_BODY_CHARS the
 * paragraph that crosses it is cut there and the rest is left out.
 */
export function toBody(blocks: readonly SourceBlock[]): { body: Block[]; truncated: boolean } {
  const body: Block[] = [];
  let length = 0;
  for (const block of blocks) {
    const children: Inline[] =
      'inlines' in block
        ? toInlines(block.inlines)
        : [{ type: block.kind === 'code' ? 'code' : 'text', value: block.value }];
    if (children.length === 0) continue;
    length += inlineLength(children);
    if (length > MAX_BODY_CHARS) {
      const kept = cutInlines(children, MAX_BODY_CHARS - (length - inlineLength(children)));
      if (kept.length > 0) body.push({ type: 'paragraph', children: kept });
      return { body, truncated: true };
    }
    body.push({ type: 'paragraph', children });
  }
  return { body, truncated: false };
}

/** The first `budget` characters of the nodes' text, keeping their markup. */
function cutInlines(nodes: readonly Inline[], budget: number): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    if (budget <= 0) break;
    if ('value' in node) {
      // Never half a surrogate pair at the cut.
      let end = Math.min(node.value.length, budget);
      if (end < node.value.length && /[\uD800-\uDBFF]/.test(node.value[end - 1])) end--;
      if (end > 0) out.push({ ...node, value: node.value.slice(0, end) });
      budget -= node.value.length;
    } else {
      const children = cutInlines(node.children, budget);
      if (children.length > 0) out.push({ ...node, children });
      budget -= inlineLength(node.children);
    }
  }
  return out;
}
