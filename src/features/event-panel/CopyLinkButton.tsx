import { useEffect, useState } from 'react';

type CopyState = 'idle' | 'copied' | 'failed';

export function CopyLinkButton({ url }: { url: string }) {
  const [state, setState] = useState<CopyState>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('failed');
    }
  };

  return (
    <button type="button" className="panel-button" onClick={() => void copy()}>
      {state === 'copied' ? 'Link copied ✓' : state === 'failed' ? 'Could not copy' : 'Copy link'}
    </button>
  );
}
