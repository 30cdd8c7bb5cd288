// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchField } from '../../../src/features/search/SearchField.tsx';

afterEach(cleanup);

const field = () => screen.getByRole<HTMLInputElement>('searchbox', { name: /Search/ });

/** The field as an app that has not rendered `text`'s successors yet shows it. */
function renderField(text: string) {
  const onTextChange = vi.fn();
  const view = render(<SearchField text={text} onTextChange={onTextChange} onGoTo={() => {}} />);
  const appRenders = (next: string) =>
    view.rerender(<SearchField text={next} onTextChange={onTextChange} onGoTo={() => {}} />);
  return { user: userEvent.setup(), onTextChange, appRenders };
}

describe('SearchField', () => {
  it('shows each keystroke at once, though the app takes the text later', async () => {
    const { user, onTextChange } = renderField('');
    await user.type(field(), 'leh');
    expect(field().value).toBe('leh');
    expect(onTextChange.mock.calls.map(([text]) => text)).toEqual(['l', 'le', 'leh']);
  });

  it('keeps newer keystrokes when an older text of its own arrives, and takes any other text', async () => {
    const { user, appRenders } = renderField('');
    await user.type(field(), 'lehm');
    // The app renders "le" while "lehm" is typed: the field stays as typed.
    appRenders('le');
    expect(field().value).toBe('lehm');
    // Back to an earlier query: the app's text wins.
    appRenders('mosul');
    expect(field().value).toBe('mosul');
  });

  it('clears with Escape', async () => {
    const { user, onTextChange } = renderField('mosul');
    await user.type(field(), '{Escape}');
    expect(field().value).toBe('');
    expect(onTextChange).toHaveBeenLastCalledWith('');
  });
});
