/**
 * Whether this page is an embed (`/embed/news/...` or `?embed=1`), decided once at start: the
 * app then drops the header, links to its full view and tells the parent frame its height.
 */
import { useEffect } from 'react';
import { embedLocation, HEIGHT_MESSAGE } from '../lib/embed.ts';

let embedded = false;

/** Takes the `/embed` prefix off the address so that the router sees an ordinary app path. */
export function enterEmbedMode(base: string): void {
  const place = embedLocation(window.location.pathname, window.location.search, base);
  embedded = place.embedded;
  if (place.path !== window.location.pathname) {
    const search = new URLSearchParams(window.location.search);
    search.set('embed', '1');
    window.history.replaceState(window.history.state, '', `${place.path}?${search}${window.location.hash}`);
  }
}

export function isEmbedded(): boolean {
  return embedded;
}

/** Posts `{ type: 'dateline:height', height }` to the parent frame whenever the page's height changes. */
export function useReportHeight(active: boolean): void {
  useEffect(() => {
    if (!active || window.parent === window) return;
    const root = document.documentElement;
    const report = () => window.parent.postMessage({ type: HEIGHT_MESSAGE, height: root.scrollHeight }, '*');
    const observer = new ResizeObserver(report);
    observer.observe(root);
    report();
    return () => observer.disconnect();
  }, [active]);
}
