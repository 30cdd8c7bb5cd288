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

function renderInlines(nodes: Inline[], links: PanelLinks): ReactNode[] {
  return nodes.map((node, i) => renderInline(node, i, links));
}

function renderInline(node: Inline, key: number, links: PanelLinks): ReactNode {
  switch (node.type) {
    case 'text':
      return node.value;
    case 'emphasis':
      return <em key={key}>{renderInlines(node.children, links)}</em>;
    case 'strong':
      return <strong key={key}>{renderInlines(node.children, links)}</strong>;
    case 'code':
      return <code key={key}>{node.value}</code>;
    case 'link':
      return renderLink(node.href, renderInlines(node.children, links), key, links);
  }
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
