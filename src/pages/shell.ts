/**
 * The built app's index.html as a template: each page gets its own head tags in place of the
 * title and its readable content inside #root, which the app replaces when it starts. With
 * JavaScript on, the inline script marks <html> with `js` and static-page.css hides that content
 * from the first frame, so the app's skeleton is all that shows until the app renders.
 */
import { escapeHtml } from '../lib/escape-html.ts';
import { SITE_NAME } from './head.ts';
import type { Site } from './site.ts';

export interface Shell {
  render(headTags: string, content: string): string;
}

const TITLE = /<title>[^<]*<\/title>/;
const ROOT = '<div id="root"></div>';

export function parseShell(html: string, site: Site): Shell {
  const title = TITLE.exec(html);
  const root = html.indexOf(ROOT);
  if (!title || root < title.index) throw new Error(`index.html needs a <title> and then ${ROOT}`);
  const beforeTitle = html.slice(0, title.index);
  const beforeRoot = html.slice(title.index + title[0].length, root);
  const afterRoot = html.slice(root + ROOT.length);
  const header = `<header class="static-header"><a class="app-name" href="${escapeHtml(site.base)}">${SITE_NAME}</a></header>`;
  return {
    render: (headTags, content) =>
      `${beforeTitle}${headTags}${beforeRoot}<div id="root"><div class="static-page">${header}<main class="static-main">${content}</main></div></div>${afterRoot}`,
  };
}
