import { useRef } from 'react';
import { Segmented } from '../../lib/Segmented.tsx';
import type { MatchMode } from '../../lib/url-state.ts';
import './tag-filter.css';
import { useOverflowEdges } from './use-overflow-edges.ts';

interface ActiveTagsProps {
  tags: string[];
  /** How each of `tags` reads, in the same order. */
  labels: string[];
  match: MatchMode;
  onRemove: (name: string) => void;
  onMatchChange: (mode: MatchMode) => void;
  /** The filter could not be applied (its data failed to load). */
  unavailable?: boolean;
}

const MATCH_SWITCH = {
  label: 'Combine tags',
  options: [
    ['all', 'All of'],
    ['any', 'Any of'],
  ],
  className: 'match-switch',
  optionClassName: 'match-switch-option',
  kind: 'radio',
} as const;

/** The active filter as removable chips, with the all-of / any-of switch once it matters. */
export function ActiveTags({ tags, labels, match, onRemove, onMatchChange, unavailable = false }: ActiveTagsProps) {
  const row = useRef<HTMLDivElement>(null);
  // On a phone the row scrolls sideways; a fade marks each edge that hides chips.
  const overflow = useOverflowEdges(row, tags);
  if (tags.length === 0) return null;
  return (
    <div
      ref={row}
      data-overflow={overflow}
      className={unavailable ? 'active-tags active-tags-unavailable' : 'active-tags'}
      role="group"
      aria-label={unavailable ? 'Active tag filter (unavailable)' : 'Active tag filter'}
    >
      {tags.length > 1 && <Segmented {...MATCH_SWITCH} value={match} onChange={onMatchChange} />}
      {tags.map((name, i) => (
        <span key={name} className="chip chip-active">
          {labels[i]}
          <button
            type="button"
            className="chip-remove"
            aria-label={`Remove tag ${labels[i]}`}
            // Once it is gone: the next chip's remove button, else the tag field.
            data-focus-key="remove-tag"
            data-refocus="remove-tag tag-picker"
            onClick={() => onRemove(name)}
          >
            ×
          </button>
        </span>
      ))}
    </div>
  );
}
