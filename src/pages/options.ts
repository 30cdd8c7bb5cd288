/** `--site-url` / `DATELINE_SITE_URL` and `--pages` / `DATELINE_PAGES`, checked once for the build. */
import { PAGES_MODES, type PagesMode } from './render-day.ts';
import { normaliseSiteUrl } from './site.ts';

export interface PagesSettings {
  siteUrl: string | null;
  mode: PagesMode;
}

/** Throws a message meant for the terminal when a value is wrong. */
export function pagesSettings(env: Record<string, string | undefined>): PagesSettings {
  const rawMode = env.DATELINE_PAGES || 'events';
  if (!PAGES_MODES.includes(rawMode as PagesMode))
    throw new Error(`--pages must be one of ${PAGES_MODES.join(', ')}, not "${rawMode}"`);
  const rawUrl = env.DATELINE_SITE_URL?.trim();
  return { siteUrl: rawUrl ? normaliseSiteUrl(rawUrl) : null, mode: rawMode as PagesMode };
}

export const NO_SITE_URL_WARNING =
  'no site URL: link previews, oEmbed and the sitemap need absolute links; build with --site-url https://your.site (or DATELINE_SITE_URL)';
