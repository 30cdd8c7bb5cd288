import { useEffect, useState } from 'react';

type CopyState = 'idle' | 'copied' | 'failed';

interface CopyButtonProps {
  /** What goes on the clipboard. */
  text: string;
  label: string;
  /** Said for two seconds after a copy. */
  copiedLabel: string;
}

export function CopyButton({ text, label, copiedLabel }: CopyButtonProps) {
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  return (
    <button type="button" className="panel-button" onClick={() => void copy()}>
      {state === 'copied' ? `${copiedLabel} ✓` : state === 'failed' ? 'Could not copy' : label}
    </button>
  );
}
