import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { TagEntry } from '../../bundle/index.ts';
import { searchTags } from './tag-search.ts';
import './tag-filter.css';
import { labelOf } from '../../lib/tag-labels.ts';

interface TagPickerProps {
  tags: TagEntry[];
  active: string[];
  onPick: (name: string) => void;
}

const numberFormat = new Intl.NumberFormat('en');

/** A combobox over every tag with its event count (WAI-ARIA combobox with listbox popup). */
export function TagPicker({ tags, active, onPick }: TagPickerProps) {
  const listId = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [highlight, setHighlight] = useState(0);
  const options = useMemo(() => searchTags(tags, query, active), [tags, query, active]);
  const current = Math.min(highlight, options.length - 1);

  const pick = (name: string) => {
    onPick(name);
    setQuery('');
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setHighlight((current + step + options.length) % Math.max(options.length, 1));
    } else if (event.key === 'Enter' && open && options[current]) {
      event.preventDefault();
      pick(options[current].name);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  };

  const optionId = (i: number) => `${listId}-option-${i}`;
  const expanded = open && options.length > 0;
  return (
    <div className="tag-picker">
      <input
        type="text"
        role="combobox"
        aria-label="Filter by tag"
        data-focus-key="tag-picker"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && current >= 0 ? optionId(current) : undefined}
        placeholder="Filter by tag…"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setHighlight(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      {/* tabIndex -1: Chromium makes a scrolling list a Tab stop, and Tab onto it closed it under focus. */}
      <ul id={listId} role="listbox" aria-label="Tags" className="tag-picker-list" tabIndex={-1} hidden={!expanded}>
        {options.map((tag, i) => (
          <li
            key={tag.name}
            id={optionId(i)}
            role="option"
            aria-selected={i === current}
            className="tag-picker-option"
            // mousedown, not click: the input's blur would close the list first.
            onMouseDown={(event) => {
              event.preventDefault();
              pick(tag.name);
            }}
            onMouseEnter={() => setHighlight(i)}
          >
            <span className="tag-picker-name">{labelOf(tag)}</span>
            <span className="tag-picker-count">{numberFormat.format(tag.count)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
