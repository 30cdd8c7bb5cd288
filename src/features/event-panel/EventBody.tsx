import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { parseNewsPath, type Block, type Inline } from '../../bundle/index.ts';
import { isExternalHref, type PanelLinks } from './links.ts';

interface EventBodyProps {
  blocks: Block[];
  links: PanelLinks;
}

/** Body nodes become React elements; text is only ever text, so corpus markup can never run. */
export function EventBody({ blocks, links }: EventBodyProps) {
  if (blocks.length === 0) return null;
  return (
    <div className="event-body">
      {blocks.map((block, i) => (
        <p key={i}>{renderInlines(block.children, links)}</p>
      ))}
    </div>
  );
}

/**
 * The compiler flattens nesting beyond 16 levels, but a bundle is read as it is found: deeper
 * than this, the rest shows as its plain text rather than overflowing React's stack.
 */
const MAX_DEPTH = 32;

function renderInlines(nodes: Inline[], links: PanelLinks, depth = 0): ReactNode[] {
  if (depth >= MAX_DEPTH) return [plainText(nodes)];
  return nodes.map((node, i) => renderInline(node, i, links, depth + 1));
}

function renderInline(node: Inline, key: number, links: PanelLinks, depth: number): ReactNode {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'emphasis':
      return <em key={key}>{renderInlines(node.children, links, depth)}</em>;
    case 'strong':
      return <strong key={key}>{renderInlines(node.children, links, depth)}</strong>;
    case 'code':
      return <code key={key}>{node.value}</code>;
    case 'link':
      return renderLink(node.href, renderInlines(node.children, links, depth), key, links);
  }
}

/** The text of nodes nested to any depth, by a loop rather than recursion. */
function plainText(nodes: Inline[]): string {
  let text = '';
  const stack = [...nodes].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    if ('value' in node) text += node.value;
    else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return text;
}

function renderLink(href: string, children: ReactNode[], key: number, links: PanelLinks): ReactNode {
  const internal = parseNewsPath(href);
  if (internal?.kind === 'event')
    return (
      <Link key={key} to={links.eventHref(internal.id, internal.day)}>
        {children}
      </Link>
    );
  if (internal?.kind === 'day')
    return (
      <Link key={key} to={links.dayHref(internal.day)}>
        {children}
      </Link>
    );
  if (isExternalHref(href)) {
    return (
      <a key={key} href={href} target="_blank" rel="noopener noreferrer">
        {children}
      </a>
    );
  }
  // Anything else (javascript:, relative paths) keeps its words but loses the link.
  return <span key={key}>{children}</span>;
}
