import { useEffect, useRef } from 'react';
import { parseDateQuery, type DateTarget } from './date-query.ts';
import './search.css';

interface SearchFieldProps {
  text: string;
  onTextChange: (text: string) => void;
  onGoTo: (target: DateTarget) => void;
  /**
   * Each typed text, before React handles the keystroke: a listener on the field itself runs,
   * and the promise callbacks it queues, before React's listener at the root renders the app.
   */
  onKeystroke?: (text: string) => void;
}

/** The field's name and hint, shared with the shell's skeleton so both read the same. */
export const SEARCH_FIELD = { label: 'Search events, or go to a date', placeholder: 'Search or go to a date  /' };

/** The header's search field: words search the events; a date offers "Go to ...". */
export function SearchField({ text, onTextChange, onGoTo, onKeystroke }: SearchFieldProps) {
  const target = parseDateQuery(text);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const input = inputRef.current;
    if (!input || !onKeystroke) return;
    const listener = () => onKeystroke(input.value);
    input.addEventListener('input', listener);
    return () => input.removeEventListener('input', listener);
  }, [onKeystroke]);

  return (
    <div className="search-field" role="search">
      <input
        ref={inputRef}
        type="search"
        data-focus-key="search"
        aria-label={SEARCH_FIELD.label}
        placeholder={SEARCH_FIELD.placeholder}
        value={text}
        autoComplete="off"
        aria-keyshortcuts="/ g"
        spellCheck={false}
        aria-describedby={target ? 'search-goto' : undefined}
        onChange={(event) => onTextChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            onTextChange('');
          } else if (event.key === 'Enter' && target) {
            event.preventDefault();
            onGoTo(target);
          }
        }}
      />
      {target && (
        <button type="button" id="search-goto" className="search-goto" onClick={() => onGoTo(target)}>
          Go to {target.label} <kbd>Enter</kbd>
        </button>
      )}
    </div>
  );
}
