import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, headersFile, inlineScriptHashes, withCspMeta } from '../../src/pages/csp.ts';

const SCRIPT = "\n      document.documentElement.classList.add('js');\n    ";
const HTML = `<!doctype html><html><head><meta charset="UTF-8" /><title>x</title><script>${SCRIPT}</script><script type="module" crossorigin src="/assets/app.js"></script></head><body></body></html>`;

describe('the Content Security Policy', () => {
  it('hashes each inline script exactly as the browser does (SHA-256 of its text, base64) and skips scripts with src', () => {
    const expected = createHash('sha256').update(SCRIPT).digest('base64');
    expect(inlineScriptHashes(HTML)).toEqual([`'sha256-${expected}'`]);
  });

  it('allows only this origin, the hashed script and data: images, and no plugins or base element', () => {
    expect(contentSecurityPolicy(["'sha256-abc'"])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-abc'; style-src 'self'; img-src 'self' data:; connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'",
    );
    expect(contentSecurityPolicy([], "'none'")).toMatch(/; frame-ancestors 'none'$/);
  });

  it('puts the meta tag right after <meta charset>, before any script', () => {
    const html = withCspMeta(HTML, "default-src 'self'");
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeGreaterThan(html.indexOf('<meta charset'));
    expect(html.indexOf('http-equiv="Content-Security-Policy"')).toBeLessThan(html.indexOf('<script'));
  });

  it('writes _headers that forbid framing everywhere but under /embed/', () => {
    const rules = headersFile(["'sha256-abc'"], '/');
    const blocks = rules.split(/\n(?=\/)/).map((block) => block.split('\n')[0]);
    expect(blocks).toEqual(['/*', '/', '/news/*']);
    expect(rules).toContain(`Content-Security-Policy: ${contentSecurityPolicy(["'sha256-abc'"])}`);
    expect(rules.match(/frame-ancestors 'none'/g)).toHaveLength(2);
    expect(rules).not.toContain('/embed');
  });
});
