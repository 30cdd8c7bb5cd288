/** Where the static pages live: the app's base path and, when known, the absolute site URL. */
export interface Site {
  /** The app's base path, with a trailing slash (`/`, `/dateline/`). */
  base: string;
  /** `https://example.org` (no trailing slash); null when the build was not told. */
  url: string | null;
}

/** An app path (`/news/...`) under the base: what links on the pages point at. */
export function sitePath(site: Site, path: string): string {
  // Called for every link of every page: no regex.
  return (site.base.endsWith('/') ? site.base.slice(0, -1) : site.base) + path;
}

/** An absolute URL when the site URL is known, else the path (previews then cannot resolve it). */
export function absoluteUrl(site: Site, path: string): string {
  return (site.url ?? '') + sitePath(site, path);
}

/** `https://example.org/` to `https://example.org`: the origin only, as the base path comes from
 *  Vite's `base`. Throws when it is not an http(s) URL. */
export function normaliseSiteUrl(raw: string): string {
  const url = new URL(raw);
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`the site URL must be http(s): ${raw}`);
  return url.origin;
}
