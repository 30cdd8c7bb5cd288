// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { embedLocation, embedSnippet, embedUrlOf } from '../../src/lib/embed.ts';

describe('embeds', () => {
  it('turn an app URL into its embed URL, keeping the view’s query', () => {
    expect(embedUrlOf('https://x.org/news/2015/09/26/a?tag=b&embed=1')).toBe(
      'https://x.org/embed/news/2015/09/26/a?tag=b',
    );
    expect(embedUrlOf('https://x.org/dl/news/2015/09/26', '/dl/')).toBe('https://x.org/dl/embed/news/2015/09/26');
  });

  it('are recognised by the /embed prefix, which comes off, or by ?embed=1', () => {
    expect(embedLocation('/embed/news/2015/09/26/a', '')).toEqual({ embedded: true, path: '/news/2015/09/26/a' });
    expect(embedLocation('/embed', '')).toEqual({ embedded: true, path: '/' });
    expect(embedLocation('/dl/embed/news/2015/09/26', '', '/dl/')).toEqual({
      embedded: true,
      path: '/dl/news/2015/09/26',
    });
    expect(embedLocation('/news/2015/09/26', '?embed=1')).toEqual({ embedded: true, path: '/news/2015/09/26' });
    expect(embedLocation('/news/2015/09/26', '?tag=embed')).toEqual({ embedded: false, path: '/news/2015/09/26' });
    expect(embedLocation('/embedded', '')).toEqual({ embedded: false, path: '/embedded' });
  });

  it('paste as an iframe whose URL and title survive quotes, & and </script>', () => {
    const url = 'https://x.org/embed/news/2015/09/26/a?tag=A&tag="B"';
    const title = `Head "quoted" & </script><script>alert(1)</script>`;
    const doc = parseHtml(embedSnippet(url, title));
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(doc.querySelector('iframe')?.getAttribute('src')).toBe(url);
    expect(doc.querySelector('iframe')?.getAttribute('title')).toBe(title);
  });
});

function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
