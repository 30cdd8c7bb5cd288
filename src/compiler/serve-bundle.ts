/**
 * The dev server's answer for `<base>data/...`: files read from the output folder as they are
 * now. Vite serves `public/` from what its watcher reported, and the watcher ignores the output
 * folder (a rebuild must not trigger itself), so a shard written after start-up was answered
 * with index.html. Anything not in the bundle is a 404, never the app.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MANIFEST } from './write-bundle.ts';

/** Bundle paths are plain: `days/2015/09-26.0123456789ab.json`; nothing hidden, nothing above. */
const BUNDLE_PATH = /^(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*\.json$/;

export function serveBundle(out: string, prefix: string) {
  return (request: IncomingMessage, response: ServerResponse, next: () => void): void => {
    const url = request.url ?? '';
    if (!url.startsWith(prefix) || (request.method !== 'GET' && request.method !== 'HEAD')) return next();
    const path = url.slice(prefix.length).split(/[?#]/)[0];
    const answer = (status: number, type: string, body: Buffer | string, cache = 'no-cache') => {
      response.writeHead(status, { 'Content-Type': type, 'Cache-Control': cache });
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    if (!BUNDLE_PATH.test(path) || path.includes('..')) return answer(404, 'text/plain', 'not in the bundle\n');
    readFile(join(out, path)).then(
      (body) =>
        // Hashed names never change content; the manifest is the one name that does.
        answer(200, 'application/json', body, path === MANIFEST ? 'no-cache' : 'public, max-age=31536000, immutable'),
      () => answer(404, 'text/plain', 'not in the bundle\n'),
    );
  };
}
