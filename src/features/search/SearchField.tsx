import { useEffect, useRef } from 'react';
import { parseDateQuery, type DateTarget } from './date-query.ts';
import './search.css';

interface SearchFieldProps {
  text: string;
  onTextChange: (text: string) => void;
  onGoTo: (target: DateTarget) => void;
}

function isTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/** The header's search field: words search the events; a date offers "Go to ...". */
export function SearchField({ text, onTextChange, onGoTo }: SearchFieldProps) {
  const input = useRef<HTMLInputElement>(null);
  const target = parseDateQuery(text);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTextField(event.target)) return;
      event.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="search-field" role="search">
      <input
        ref={input}
        type="search"
        aria-label="Search events, or go to a date"
        placeholder="Search or go to a date  /"
        value={text}
        autoComplete="off"
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
