import { parseDateQuery, type DateTarget } from './date-query.ts';
import './search.css';

interface SearchFieldProps {
  text: string;
  onTextChange: (text: string) => void;
  onGoTo: (target: DateTarget) => void;
}

/** The header's search field: words search the events; a date offers "Go to ...". */
export function SearchField({ text, onTextChange, onGoTo }: SearchFieldProps) {
  const target = parseDateQuery(text);

  return (
    <div className="search-field" role="search">
      <input
        type="search"
        data-focus-key="search"
        aria-label="Search events, or go to a date"
        placeholder="Search or go to a date  /"
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
