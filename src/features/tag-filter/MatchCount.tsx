import './tag-filter.css';

interface MatchCountProps {
  total: number;
  /** Null when no filter is active. */
  matched: number | null;
  pending: boolean;
}

const numberFormat = new Intl.NumberFormat('en');

export function MatchCount({ total, matched, pending }: MatchCountProps) {
  const text =
    matched === null
      ? `${numberFormat.format(total)} events`
      : `${numberFormat.format(matched)} of ${numberFormat.format(total)} events`;
  return (
    <output className="match-count" aria-live="polite" aria-busy={pending} data-testid="match-count">
      {text}
    </output>
  );
}
