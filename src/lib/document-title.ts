import { useEffect } from 'react';

const APP = 'Dateline';

/** "Headline – Dateline", or just "Dateline". */
export function documentTitle(subject: string | null): string {
  return subject ? `${subject} – ${APP}` : APP;
}

/** Names the tab and the history entry after what the page shows. */
export function useDocumentTitle(subject: string | null): void {
  useEffect(() => {
    document.title = documentTitle(subject);
  }, [subject]);
}
