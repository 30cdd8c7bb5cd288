// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActiveTags, MatchCount } from '../../../src/features/tag-filter/index.ts';

afterEach(cleanup);

/** The chips of an all-of filter; returns the remove handler. */
function renderChips(tags: string[], labels: string[], unavailable = false) {
  const onRemove = vi.fn();
  render(
    <ActiveTags
      tags={tags}
      labels={labels}
      match="all"
      onRemove={onRemove}
      onMatchChange={vi.fn()}
      unavailable={unavailable}
    />,
  );
  return onRemove;
}

describe('an active filter whose postings could not be loaded', () => {
  it('says the filter is unavailable instead of counting every event as a match', () => {
    render(<MatchCount total={387} matched={null} pending={false} unavailable />);
    expect(screen.getByTestId('match-count').textContent).toBe('Tag filter unavailable: all 387 events shown');
  });

  it('keeps the chips, removable, in a group named unavailable', () => {
    const onRemove = renderChips(['Iran'], ['Iran'], true);
    expect(screen.getByRole('group', { name: 'Active tag filter (unavailable)' })).toBeTruthy();
    screen.getByRole('button', { name: 'Remove tag Iran' }).click();
    expect(onRemove).toHaveBeenCalledWith('Iran');
  });
});

describe('an active tag with a display label', () => {
  it('shows the label and removes the tag by its name', () => {
    const onRemove = renderChips(['Turkey-PKK conflict'], ['Turkey–PKK conflict']);
    expect(screen.getByRole('group', { name: 'Active tag filter' }).textContent).toContain('Turkey–PKK conflict');
    screen.getByRole('button', { name: 'Remove tag Turkey–PKK conflict' }).click();
    expect(onRemove).toHaveBeenCalledWith('Turkey-PKK conflict');
  });
});
