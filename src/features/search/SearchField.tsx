import { startTransition, useState } from 'react';
import { parseDateQuery, type DateTarget } from './date-query.ts';
import './search.css';

interface SearchFieldProps {
  text: string;
  onTextChange: (text: string) => void;
  onGoTo: (target: DateTarget) => void;
}

/** The header's search field: words search the events; a date offers "Go to ...". */
export function SearchField({ text, onTextChange, onGoTo }: SearchFieldProps) {
  // The field shows each keystroke at once; the app takes it in a transition, so the keystroke's
  // search (started in onTextChange) fetches while the app renders, not after. `sent`: texts
  // handed to the app that it has not rendered yet. Any other text from the app (Back, a link,
  // a date gone to) replaces the field's.
  const [field, setField] = useState({ draft: text, seen: text, sent: [] as string[] });
  let { draft } = field;
  if (field.seen !== text) {
    const ours = field.sent.indexOf(text);
    draft = ours >= 0 ? field.draft : text;
    setField({ draft, seen: text, sent: ours >= 0 ? field.sent.slice(ours + 1) : [] });
  }
  const change = (next: string) => {
    setField((f) => ({ draft: next, seen: f.seen, sent: [...f.sent.slice(-20), next] }));
    startTransition(() => onTextChange(next));
  };
  const target = parseDateQuery(draft);

  return (
    <div className="search-field" role="search">
      <input
        type="search"
        data-focus-key="search"
        aria-label="Search events, or go to a date"
        placeholder="Search or go to a date  /"
        value={draft}
        autoComplete="off"
        aria-keyshortcuts="/ g"
        spellCheck={false}
        aria-describedby={target ? 'search-goto' : undefined}
        onChange={(event) => change(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            change('');
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
