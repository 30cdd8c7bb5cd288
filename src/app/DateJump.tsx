import { useId, useState, type FormEvent } from 'react';
import { isoFromDay, type DayNumber } from '../bundle/index.ts';
import { parseInstant } from '../lib/url-state.ts';
import { MS_PER_DAY } from '../lib/time-range.ts';

interface DateJumpProps {
  firstDay: DayNumber;
  lastDay: DayNumber;
  onJump: (day: DayNumber) => void;
}

/** "Go to date": type 2015-09-26, press Enter, and that day opens in the panel. */
export function DateJump({ firstDay, lastDay, onJump }: DateJumpProps) {
  const errorId = useId();
  const [error, setError] = useState<string | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get('date') ?? '');
    const ms = parseInstant(text);
    const day = ms === null ? null : Math.floor(ms / MS_PER_DAY);
    if (day === null) setError(`Type a date like ${isoFromDay(lastDay)}.`);
    else if (day < firstDay || day > lastDay)
      setError(`The collection runs from ${isoFromDay(firstDay)} to ${isoFromDay(lastDay)}.`);
    else {
      setError(null);
      onJump(day);
    }
  };

  return (
    <form className="date-jump" onSubmit={onSubmit}>
      <label>
        <span className="date-jump-label">Go to date</span>
        <input
          name="date"
          type="text"
          inputMode="numeric"
          placeholder="YYYY-MM-DD"
          autoComplete="off"
          data-focus-key="date-jump"
          aria-invalid={error !== null}
          aria-describedby={error ? errorId : undefined}
        />
      </label>
      <button type="submit" className="panel-button">
        Go
      </button>
      {error && (
        <p id={errorId} className="date-jump-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
