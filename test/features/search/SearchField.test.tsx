// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { SearchField } from '../../../src/features/search/SearchField.tsx';

afterEach(cleanup);

const field = () => screen.getByRole<HTMLInputElement>('searchbox', { name: /Search/ });

/** The field in an app that keeps the text, noting in `calls` who heard of each keystroke when. */
function renderField(initial: string) {
  const calls: string[] = [];
  function App() {
    const [text, setText] = useState(initial);
    return (
      <SearchField
        text={text}
        onTextChange={(next) => {
          calls.push(`change ${next}`);
          setText(next);
        }}
        onKeystroke={(next) => calls.push(`keystroke ${next}`)}
        onGoTo={() => {}}
      />
    );
  }
  render(<App />);
  return { user: userEvent.setup(), calls };
}

describe('SearchField', () => {
  it('tells of each keystroke before the app handles the change', async () => {
    const { user, calls } = renderField('');
    await user.type(field(), 'le');
    expect(field().value).toBe('le');
    expect(calls).toEqual(['keystroke l', 'change l', 'keystroke le', 'change le']);
  });

  it('clears with Escape', async () => {
    const { user, calls } = renderField('mosul');
    await user.type(field(), '{Escape}');
    expect(field().value).toBe('');
    expect(calls.at(-1)).toBe('change ');
  });
});
