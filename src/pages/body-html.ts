/** An event body's nodes as HTML; every text and href escaped, links only to http(s) or to the collection. */
import { dayPath, eventPath, parseNewsPath, type Block, type Inline } from '../bundle/index.ts';
import { escapeHtml } from '../lib/escape-html.ts';
import { sitePath, type Site } from './site.ts';

export function bodyHtml(site: Site, blocks: Block[]): string {
  return blocks.map((block) => `<p>${inlinesHtml(site, block.children)}</p>`).join('\n');
}

function inlinesHtml(site: Site, nodes: Inline[]): string {
  return nodes.map((node) => inlineHtml(site, node)).join('');
}

function inlineHtml(site: Site, node: Inline): string {
  switch (node.type) {
    case 'text':
      return escapeHtml(node.value);
    case 'code':
      return `<code>${escapeHtml(node.value)}</code>`;
    case 'emphasis':
      return `<em>${inlinesHtml(site, node.children)}</em>`;
    case 'strong':
      return `<strong>${inlinesHtml(site, node.children)}</strong>`;
    case 'link':
      return linkHtml(site, node.href, inlinesHtml(site, node.children));
  }
}

function linkHtml(site: Site, href: string, inner: string): string {
  const internal = parseNewsPath(href);
  if (internal)
    return `<a href="${escapeHtml(sitePath(site, internal.kind === 'event' ? eventPath(internal.id) : dayPath(internal.day)))}">${inner}</a>`;
  if (/^https?:\/\//i.test(href)) return `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${inner}</a>`;
  // Anything else keeps its words but not the link, as in the app.
  return inner;
}
