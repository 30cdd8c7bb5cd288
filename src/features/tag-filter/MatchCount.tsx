import './tag-filter.css';

interface MatchCountProps {
  total: number;
  /** Null when no filter is active. */
  matched: number | null;
  pending: boolean;
  /** The filter's data could not be loaded: say so rather than show every event as a match. */
  unavailable?: boolean;
}

const numberFormat = new Intl.NumberFormat('en');

export function MatchCount({ total, matched, pending, unavailable = false }: MatchCountProps) {
  const text = unavailable
    ? `Tag filter unavailable: all ${numberFormat.format(total)} events shown`
    : matched === null
      ? `${numberFormat.format(total)} events`
      : `${numberFormat.format(matched)} of ${numberFormat.format(total)} events`;
  return (
    <output className="match-count" aria-live="polite" aria-busy={pending} data-testid="match-count">
      {text}
    </output>
  );
}
