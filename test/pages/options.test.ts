import { describe, expect, it } from 'vitest';
import { pagesSettings } from '../../src/pages/options.ts';
import { summary } from '../../src/pages/text.ts';

describe('the pages settings', () => {
  it('default to event pages and no site URL', () => {
    expect(pagesSettings({})).toEqual({ siteUrl: null, mode: 'events' });
  });

  it('take the site URL’s origin and a known mode', () => {
    expect(pagesSettings({ DATELINE_SITE_URL: 'https://example.org/', DATELINE_PAGES: 'days' })).toEqual({
      siteUrl: 'https://example.org',
      mode: 'days',
    });
  });

  it('refuse an unknown mode and a site URL that is not http(s)', () => {
    expect(() => pagesSettings({ DATELINE_PAGES: 'all' })).toThrow(
      '--pages must be one of events, days, none, not "all"',
    );
    expect(() => pagesSettings({ DATELINE_SITE_URL: 'javascript:alert(1)' })).toThrow('must be http(s)');
    expect(() => pagesSettings({ DATELINE_SITE_URL: 'example.org' })).toThrow();
  });
});

describe('summary', () => {
  it('keeps short text whole and cuts long text at a word with an ellipsis', () => {
    expect(summary('Short.', 20)).toBe('Short.');
    expect(summary('one two three four five six', 16)).toBe('one two three…');
  });
});
