interface SegmentedProps<T extends string> {
  /** The group's accessible name. */
  label: string;
  options: ReadonlyArray<readonly [value: T, text: string]>;
  value: T;
  onChange: (value: T) => void;
  className: string;
  optionClassName: string;
  /** Radio buttons (one of a set) or toggle buttons (pressed or not). */
  kind: 'radio' | 'toggle';
  /** A focus-keeper key per option. */
  focusKey?: (value: T) => string;
}

/** A row of buttons of which one is on: the view switch, the tag filter's all-of / any-of. */
export function Segmented<T extends string>(props: SegmentedProps<T>) {
  const { options, value, onChange, kind, focusKey } = props;
  return (
    <div className={props.className} role={kind === 'radio' ? 'radiogroup' : 'group'} aria-label={props.label}>
      {options.map(([option, text]) => (
        <button
          key={option}
          type="button"
          className={props.optionClassName}
          role={kind === 'radio' ? 'radio' : undefined}
          aria-checked={kind === 'radio' ? value === option : undefined}
          aria-pressed={kind === 'toggle' ? value === option : undefined}
          data-focus-key={focusKey?.(option)}
          onClick={() => onChange(option)}
        >
          {text}
        </button>
      ))}
    </div>
  );
}
