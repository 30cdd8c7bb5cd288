// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TagPicker } from '../../../src/features/tag-filter/TagPicker.tsx';
import { SAMPLE_TAGS as tags } from './sample-tags.ts';

afterEach(cleanup);

describe('TagPicker', () => {
  it('lists matching tags with their counts as the user types', async () => {
    const user = userEvent.setup();
    render(<TagPicker tags={tags} active={[]} onPick={() => {}} />);
    const input = screen.getByRole('combobox', { name: 'Filter by tag' });
    await user.type(input, 'ira');
    const options = screen.getAllByRole('option');
    expect(options.map((option) => option.textContent)).toEqual([
      'Iran805',
      'Iraq581',
      'Iraqi Civil War (2014-present)40',
      'Ira1',
      'United Arab Emirates200',
    ]);
    expect(input.getAttribute('aria-expanded')).toBe('true');
  });

  it('moves the highlight with the arrow keys and picks with Enter', async () => {
    const user = userEvent.setup();
    const onPick = vi.fn();
    render(<TagPicker tags={tags} active={[]} onPick={onPick} />);
    const input = screen.getByRole('combobox', { name: 'Filter by tag' });
    await user.type(input, 'ira');
    await user.keyboard('{ArrowDown}');
    expect(input.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[1].id);
    await user.keyboard('{Enter}');
    expect(onPick).toHaveBeenCalledWith('Iraq');
    expect((input as HTMLInputElement).value).toBe('');
  });

  it('closes the list on Escape and leaves active tags out', async () => {
    const user = userEvent.setup();
    render(<TagPicker tags={tags} active={['Iran']} onPick={() => {}} />);
    const input = screen.getByRole('combobox', { name: 'Filter by tag' });
    await user.type(input, 'ira');
    expect(screen.getAllByRole('option').map((option) => option.textContent)).not.toContain('Iran805');
    await user.keyboard('{Escape}');
    expect(input.getAttribute('aria-expanded')).toBe('false');
  });
});
