import type { ReactNode } from 'react';

/** None of a list's events falls in the visible range: says so, with a button to list them all. */
export function NoneInView({
  children,
  action,
  onAction,
}: {
  children: ReactNode;
  action: string;
  onAction: () => void;
}) {
  return (
    <div className="no-matches">
      <p>{children}</p>
      <button type="button" className="panel-button" onClick={onAction}>
        {action}
      </button>
    </div>
  );
}
