import { data, redirect, type LoaderFunctionArgs } from 'react-router';
import { dayPath, eventPath, parseNewsPath } from '../../bundle/index.ts';

/**
 * Canonical paths only: `/news/2017/05/4/slug.md` redirects (replacing history) to
 * `/news/2017/05/04/slug`; impossible dates are a 404.
 */
export function newsLoader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const selection = parseNewsPath(url.pathname);
  if (!selection) throw data('Not found', { status: 404 });
  const canonical = selection.kind === 'event' ? eventPath(selection.id) : dayPath(selection.day);
  if (canonical !== url.pathname) throw redirect(`${canonical}${url.search}`);
  return null;
}
