/** The `<head>` tags that make a page a preview when shared: title, description, Open Graph, Twitter, oEmbed. */
import { isoFromDay, type DayNumber } from '../bundle/index.ts';
import { escapeHtml } from '../lib/escape-html.ts';
import { absoluteUrl, type Site } from './site.ts';

export const SITE_NAME = 'Dateline';

export interface PageMeta {
  title: string;
  description: string;
  /** The app path (`/news/2015/09/26/slug`); canonical and og:url. */
  path: string;
  /** Event pages are articles published on their day. */
  publishedDay?: DayNumber;
  /** The page's oEmbed JSON, as an app path. */
  oembedPath?: string;
}

export function headTags(site: Site, meta: PageMeta): string {
  const url = escapeHtml(absoluteUrl(site, meta.path));
  const title = escapeHtml(meta.title);
  const description = escapeHtml(meta.description);
  const tags = [
    `<title>${title}</title>`,
    `<meta name="description" content="${description}" />`,
    `<link rel="canonical" href="${url}" />`,
    `<meta property="og:site_name" content="${SITE_NAME}" />`,
    `<meta property="og:type" content="${meta.publishedDay === undefined ? 'website' : 'article'}" />`,
    `<meta property="og:title" content="${title}" />`,
    `<meta property="og:description" content="${description}" />`,
    `<meta property="og:url" content="${url}" />`,
  ];
  if (meta.publishedDay !== undefined)
    tags.push(`<meta property="article:published_time" content="${isoFromDay(meta.publishedDay)}" />`);
  tags.push(
    `<meta name="twitter:card" content="summary" />`,
    `<meta name="twitter:title" content="${title}" />`,
    `<meta name="twitter:description" content="${description}" />`,
  );
  if (meta.oembedPath)
    tags.push(
      `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(absoluteUrl(site, meta.oembedPath))}" title="${title}" />`,
    );
  return tags.join('\n    ');
}
