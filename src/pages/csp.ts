/**
 * The Content Security Policy of the built site: only this origin's scripts, styles, data and
 * workers, plus the one inline script (by its hash, computed from the built HTML).
 */
import { createHash } from 'node:crypto';

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** `'sha256-...'` for every inline script of the page. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)].map(
    (match) => `'sha256-${createHash('sha256').update(match[1], 'utf8').digest('base64')}'`,
  );
}

/** `frameAncestors` is left out of the meta form: browsers ignore it there (and say so). */
export function contentSecurityPolicy(scriptHashes: string[], frameAncestors?: string): string {
  const directives = [
    `default-src 'self'`,
    `script-src ${["'self'", ...scriptHashes].join(' ')}`,
    `style-src 'self'`,
    `img-src 'self' data:`,
    `connect-src 'self'`,
    `worker-src 'self'`,
    `object-src 'none'`,
    `base-uri 'none'`,
  ];
  if (frameAncestors) directives.push(`frame-ancestors ${frameAncestors}`);
  return directives.join('; ');
}

/** Inserted right after `<meta charset>`, before anything the policy governs. */
export function withCspMeta(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  if (!charset) throw new Error('index.html needs a <meta charset> to put the policy after');
  const at = charset.index + charset[0].length;
  return `${html.slice(0, at)}\n    ${meta}${html.slice(at)}`;
}

/**
 * `_headers` as Netlify and Cloudflare Pages read it. Both join the headers of every rule a path
 * matches into one list of policies, all enforced; so the full policy goes on every path and a
 * second policy, `frame-ancestors 'none'`, only on the paths that must not be framed: the embed
 * paths (`/embed/...`) may then be framed anywhere.
 */
export function headersFile(scriptHashes: string[], base: string): string {
  const noFraming = `  Content-Security-Policy: frame-ancestors 'none'\n`;
  return [
    `${base}*\n  Content-Security-Policy: ${contentSecurityPolicy(scriptHashes)}\n  X-Content-Type-Options: nosniff\n`,
    `${base}\n${noFraming}`,
    `${base}news/*\n${noFraming}`,
  ].join('');
}
