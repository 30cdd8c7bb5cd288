// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ActiveTags, MatchCount } from '../../../src/features/tag-filter/index.ts';

afterEach(cleanup);

describe('an active filter whose postings could not be loaded', () => {
  it('says the filter is unavailable instead of counting every event as a match', () => {
    render(<MatchCount total={387} matched={null} pending={false} unavailable />);
    expect(screen.getByTestId('match-count').textContent).toBe('Tag filter unavailable: all 387 events shown');
  });

  it('keeps the chips, removable, in a group named unavailable', () => {
    const onRemove = vi.fn();
    render(
      <ActiveTags
        tags={['Iran']}
        labels={['Iran']}
        match="all"
        onRemove={onRemove}
        onMatchChange={vi.fn()}
        unavailable
      />,
    );
    expect(screen.getByRole('group', { name: 'Active tag filter (unavailable)' })).toBeTruthy();
    screen.getByRole('button', { name: 'Remove tag Iran' }).click();
    expect(onRemove).toHaveBeenCalledWith('Iran');
  });
});

describe('an active tag with a display label', () => {
  it('shows the label and removes the tag by its name', () => {
    const onRemove = vi.fn();
    render(
      <ActiveTags
        tags={['Turkey-PKK conflict']}
        labels={['Turkey–PKK conflict']}
        match="all"
        onRemove={onRemove}
        onMatchChange={vi.fn()}
      />,
    );
    expect(screen.getByRole('group', { name: 'Active tag filter' }).textContent).toContain('Turkey–PKK conflict');
    screen.getByRole('button', { name: 'Remove tag Turkey–PKK conflict' }).click();
    expect(onRemove).toHaveBeenCalledWith('Turkey-PKK conflict');
  });
});
