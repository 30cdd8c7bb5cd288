import { useState } from 'react';
import './app.css';

/** Tells the user which parts of the URL were ignored; dismissing hides it until the problems change. */
export function ParamsNotice({ problems }: { problems: string[] }) {
  const key = problems.join('\n');
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (problems.length === 0 || dismissed === key) return null;
  return (
    <div className="params-notice" role="status">
      <div>
        <strong>Some link parameters were ignored.</strong>
        <ul>
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </div>
      <button type="button" className="notice-dismiss" aria-label="Dismiss notice" onClick={() => setDismissed(key)}>
        ×
      </button>
    </div>
  );
}
