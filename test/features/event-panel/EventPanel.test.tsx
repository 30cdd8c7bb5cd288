// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dayFromIso, dayPath, eventPath, type Inline } from '../../../src/bundle/index.ts';
import type { EventDetail } from '../../../src/lib/data/day-detail.ts';
import { EventPanel } from '../../../src/features/event-panel/index.ts';
import { makeRelatedEntry } from '../../support/related-entry.ts';

const day = dayFromIso('2015-09-26')!;

const event: EventDetail = {
  id: '2015-09-26/iraq-says',
  day,
  slug: 'iraq-says',
  title: 'Iraqi Civil War (2014-present): Iraq says that Iran, Russia and Syria are assisting it.',
  storyPath: ['Iraqi Civil War (2014-present)'],
  storyIds: [7],
  headline: 'Iraq says that Iran, Russia and Syria are assisting it.',
  body: [
    {
      type: 'paragraph',
      children: [
        { type: 'text', value: 'Iraq said on ' },
        { type: 'emphasis', children: [{ type: 'text', value: 'Saturday' }] },
        { type: 'text', value: ' <script>alert(1)</script> see ' },
        { type: 'link', href: '/news/2015/09/25/earlier-event', children: [{ type: 'text', value: 'the day before' }] },
        { type: 'text', value: ' and ' },
        { type: 'link', href: 'javascript:alert(1)', children: [{ type: 'text', value: 'a trap' }] },
      ],
    },
  ],
  sources: [{ outlet: 'Reuters', url: 'http://www.reuters.com/article/2015/09/26/us-mideast-crisis-iraq-russia' }],
  related: [
    makeRelatedEntry('2015-10-06/russia-says', 'Russia says it would consider air-strikes.', {
      contexts: ['Iraq', 'Iraqi Civil War (2014-present)'],
    }),
    makeRelatedEntry('2014-06-10/mosul-falls', 'Iraqi Civil War (2014-present): Mosul falls.', {
      headlineStart: 'Iraqi Civil War (2014-present): '.length,
    }),
    makeRelatedEntry('2017-05-04/a-memorandum', 'A memorandum is signed.', {
      inCollection: false,
      contexts: ['Iran', 'Syria'],
    }),
  ],
  tags: ['Iran', 'Iraq', 'Syria'],
  tagLabels: ['Iran', 'Iraq', 'Syria'],
};

const links = {
  eventHref: (id: string) => `${eventPath(id)}?tag=x`,
  dayHref: (d: number) => dayPath(d),
  storyHref: (id: number) => `/story/${id}`,
};

function renderPanel(onTagClick = vi.fn(), shown: EventDetail = event) {
  render(
    <MemoryRouter>
      <EventPanel
        event={shown}
        links={links}
        previous={null}
        next={{ id: '2015-09-27/next-one', day: day + 1, title: 'Next one' }}
        shareUrl="http://localhost/news/2015/09/26/iraq-says"
        embedCode='<iframe src="http://localhost/embed/news/2015/09/26/iraq-says"></iframe>'
        onTagClick={onTagClick}
      />
    </MemoryRouter>,
  );
  return onTagClick;
}

afterEach(cleanup);

describe('EventPanel', () => {
  it('shows the story, the headline and the date linking to its day', () => {
    renderPanel();
    expect(screen.getByLabelText('Story').textContent).toBe('Iraqi Civil War (2014-present)');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(event.headline);
    expect(screen.getByRole('link', { name: 'Saturday 26 September 2015' }).getAttribute('href')).toBe(
      '/news/2015/09/26',
    );
  });

  it('renders body nodes as elements and leaves a script tag as plain text', () => {
    const { container } = render(
      <MemoryRouter>
        <EventPanel
          event={event}
          links={links}
          previous={null}
          next={null}
          shareUrl=""
          embedCode=""
          onTagClick={() => {}}
        />
      </MemoryRouter>,
    );
    const body = container.querySelector('.event-body')!;
    expect(body.querySelector('em')?.textContent).toBe('Saturday');
    expect(body.querySelector('script')).toBeNull();
    expect(body.textContent).toContain('<script>alert(1)</script>');
  });

  it('routes internal /news links in the body through the app and drops javascript: links', () => {
    renderPanel();
    expect(screen.getByRole('link', { name: 'the day before' }).getAttribute('href')).toBe(
      '/news/2015/09/25/earlier-event?tag=x',
    );
    expect(screen.queryByRole('link', { name: 'a trap' })).toBeNull();
    expect(screen.getByText('a trap')).toBeTruthy();
  });

  it('lists sources with outlet and domain, opening safely in a new tab', () => {
    renderPanel();
    const sources = screen.getByRole('region', { name: 'Sources' });
    const link = within(sources).getByRole('link', { name: 'Reuters' });
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(sources.textContent).toContain('reuters.com');
  });

  it('links related events in the collection and marks the others without a link', () => {
    renderPanel();
    const related = screen.getByRole('region', { name: 'Related' });
    expect(
      within(related).getByRole('link', { name: 'Russia says it would consider air-strikes.' }).getAttribute('href'),
    ).toBe('/news/2015/10/06/russia-says?tag=x');
    expect(within(related).queryByRole('link', { name: 'A memorandum is signed.' })).toBeNull();
    const outside = within(related).getByText('A memorandum is signed.').closest('li')!;
    expect(outside.textContent).toContain('not in this collection');
    expect(outside.textContent).toContain('4 May 2017');
  });

  it('calls the filter with the tag name when a tag chip is clicked', () => {
    const onTagClick = renderPanel();
    fireEvent.click(within(screen.getByRole('region', { name: 'Tags' })).getByRole('button', { name: 'Syria' }));
    expect(onTagClick).toHaveBeenCalledWith('Syria');
  });

  it('opens the story from its breadcrumb', () => {
    renderPanel();
    const crumb = within(screen.getByLabelText('Story')).getByRole('link', { name: 'Iraqi Civil War (2014-present)' });
    expect(crumb.getAttribute('href')).toBe('/story/7');
  });

  it('lists related events oldest first, with their story names set apart from the headline', () => {
    renderPanel();
    const items = within(screen.getByRole('region', { name: 'Related' })).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('.related-title')!.textContent)).toEqual([
      'Iraqi Civil War (2014-present): Mosul falls.',
      'Russia says it would consider air-strikes.',
      'A memorandum is signed.',
    ]);
    expect(items[0].querySelector('.story-prefix')!.textContent).toBe('Iraqi Civil War (2014-present): ');
  });

  it('filters by a shared tag clicked on a related entry', () => {
    const onTagClick = renderPanel();
    const related = screen.getByRole('region', { name: 'Related' });
    fireEvent.click(within(related).getAllByRole('button', { name: 'Iraqi Civil War (2014-present)' })[0]);
    expect(onTagClick).toHaveBeenCalledWith('Iraqi Civil War (2014-present)');
  });

  it('offers the next event as a link and the missing previous one as disabled', () => {
    renderPanel();
    expect(screen.getByRole('link', { name: 'Next →' }).getAttribute('href')).toBe('/news/2015/09/27/next-one?tag=x');
    expect(screen.queryByRole('link', { name: '← Previous' })).toBeNull();
  });

  it.each([
    ['the share URL', 'Copy link', 'Link copied ✓', 'http://localhost/news/2015/09/26/iraq-says'],
    [
      'the embed code beside the link',
      'Copy embed code',
      'Embed code copied ✓',
      '<iframe src="http://localhost/embed/news/2015/09/26/iraq-says"></iframe>',
    ],
  ])('copies %s and confirms it', async (_what, button, confirmation, copied) => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderPanel();
    fireEvent.click(screen.getByRole('button', { name: button }));
    expect(await screen.findByRole('button', { name: confirmation })).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(copied);
  });

  // The bundle spells the headline for display (compiler/display-titles.ts); the day file keeps it folded.
  it('shows the bundle’s headline, and no body that only repeats it up to the folding', () => {
    const folded: EventDetail = {
      ...event,
      title: 'The Sheriff-s office in Igd-r reports 86-F.',
      headline: 'The Sheriff’s office in Iğdır reports 86°F.',
      body: [{ type: 'paragraph', children: [{ type: 'text', value: 'The Sheriff’s office in Iğdır reports 86°F.' }] }],
    };
    renderPanel(vi.fn(), folded);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('The Sheriff’s office in Iğdır reports 86°F.');
    expect(document.querySelector('.event-body')).toBeNull();
    expect(document.title).toBe('The Sheriff’s office in Iğdır reports 86°F. – Dateline');
  });

  it('names the tab after the event', () => {
    renderPanel();
    expect(document.title).toBe(`${event.headline} – Dateline`);
    expect(document.querySelector('.event-body')).not.toBeNull();
  });

  it('shows a body nested 5,000 levels deep as text instead of overflowing the stack', () => {
    let inline: Inline = { type: 'text', value: 'the innermost words' };
    for (let i = 0; i < 5000; i++) inline = { type: i % 2 ? 'strong' : 'emphasis', children: [inline] };
    renderPanel(vi.fn(), { ...event, body: [{ type: 'paragraph', children: [inline] }] });
    expect(document.querySelector('.event-body')?.textContent).toBe('the innermost words');
  });

  it('links only http(s) sources; a data: or javascript: source shows as its name', () => {
    const sources = [
      { outlet: 'Tampered', url: 'data:text/html,<script>alert(1)</script>' },
      { outlet: 'Script', url: 'javascript:alert(1)' },
      { outlet: 'Wire', url: 'https://wire.example.com/a' },
    ];
    renderPanel(vi.fn(), { ...event, sources });
    expect(screen.queryByRole('link', { name: 'Tampered' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Script' })).toBeNull();
    expect(screen.getByText('Tampered', { exact: false })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Wire' }).getAttribute('href')).toBe('https://wire.example.com/a');
  });
});
