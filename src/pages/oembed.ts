/** oEmbed (https://oembed.com) for one page: a `rich` embed whose HTML is the embed iframe. */
import { EMBED_SIZE, embedSnippet } from '../lib/embed.ts';
import { SITE_NAME } from './head.ts';
import { absoluteUrl, type Site } from './site.ts';

export interface OEmbed {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
}

/** `path` is the app path of the page (`/news/...`); its iframe shows `/embed/news/...`. */
export function oembedOf(site: Site, path: string, title: string): OEmbed {
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: SITE_NAME,
    provider_url: absoluteUrl(site, '/'),
    html: embedSnippet(absoluteUrl(site, `/embed${path}`), `${title} (${SITE_NAME})`),
    width: EMBED_SIZE.width,
    height: EMBED_SIZE.height,
  };
}

/** The oEmbed file beside a page: `/news/2015/09/26/slug` to `/news/2015/09/26/slug.oembed.json`. */
export function oembedPathOf(path: string): string {
  return `${path}.oembed.json`;
}
