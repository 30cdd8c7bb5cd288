// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchField } from '../../../src/features/search/SearchField.tsx';

afterEach(cleanup);

const field = () => screen.getByRole<HTMLInputElement>('searchbox', { name: /Search/ });

describe('SearchField', () => {
  it('shows each keystroke at once, though the app takes the text later', async () => {
    const user = userEvent.setup();
    const onTextChange = vi.fn();
    // An app that has not rendered any of the typed text yet.
    render(<SearchField text="" onTextChange={onTextChange} onGoTo={() => {}} />);
    await user.type(field(), 'leh');
    expect(field().value).toBe('leh');
    expect(onTextChange.mock.calls.map(([text]) => text)).toEqual(['l', 'le', 'leh']);
  });

  it('keeps newer keystrokes when an older text of its own arrives, and takes any other text', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<SearchField text="" onTextChange={() => {}} onGoTo={() => {}} />);
    await user.type(field(), 'lehm');
    // The app renders "le" while "lehm" is typed: the field stays as typed.
    rerender(<SearchField text="le" onTextChange={() => {}} onGoTo={() => {}} />);
    expect(field().value).toBe('lehm');
    // Back to an earlier query: the app's text wins.
    rerender(<SearchField text="mosul" onTextChange={() => {}} onGoTo={() => {}} />);
    expect(field().value).toBe('mosul');
  });

  it('clears with Escape', async () => {
    const user = userEvent.setup();
    const onTextChange = vi.fn();
    render(<SearchField text="mosul" onTextChange={onTextChange} onGoTo={() => {}} />);
    await user.type(field(), '{Escape}');
    expect(field().value).toBe('');
    expect(onTextChange).toHaveBeenLastCalledWith('');
  });
});
