/**
 * Embeds: `/embed/news/...` (or any path with `?embed=1`) shows the timeline and the panel without
 * the header, for an iframe on another site. The snippet is shared by the app's "Copy embed code"
 * and the static pages' oEmbed JSON.
 */
import { escapeHtml } from './escape-html.ts';

export const EMBED_PREFIX = '/embed';
export const EMBED_SIZE = { width: 640, height: 560 };
/** The message an embed posts to its parent whenever its height changes. */
export const HEIGHT_MESSAGE = 'dateline:height';

/** The embed URL of an app URL: `https://x.org/news/2015/09/26/a?tag=b` to `https://x.org/embed/news/2015/09/26/a?tag=b`. */
export function embedUrlOf(appUrl: string, base = '/'): string {
  const url = new URL(appUrl);
  const root = base.replace(/\/$/, '');
  const path = url.pathname.startsWith(root) ? url.pathname.slice(root.length) : url.pathname;
  url.pathname = `${root}${EMBED_PREFIX}${path.startsWith('/') ? path : `/${path}`}`;
  url.searchParams.delete('embed');
  return url.href;
}

/** The `<iframe>` to paste into another page; the title names the frame for screen readers. */
export function embedSnippet(embedUrl: string, title: string): string {
  return `<iframe src="${escapeHtml(embedUrl)}" title="${escapeHtml(title)}" width="${EMBED_SIZE.width}" height="${EMBED_SIZE.height}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}

/** Where the app is embedded, and the app path it shows once the `/embed` prefix is taken off. */
export function embedLocation(pathname: string, search: string, base = '/'): { embedded: boolean; path: string } {
  const root = base.replace(/\/$/, '');
  const path = pathname.startsWith(root) ? pathname.slice(root.length) : pathname;
  if (path === EMBED_PREFIX || path.startsWith(`${EMBED_PREFIX}/`))
    return { embedded: true, path: `${root}${path.slice(EMBED_PREFIX.length) || '/'}` };
  return { embedded: new URLSearchParams(search).get('embed') === '1', path: pathname };
}
