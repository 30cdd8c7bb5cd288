import type { ReactNode } from 'react';
import './app.css';

const HOME = import.meta.env.BASE_URL;

/** A whole-page message (loading, fatal error, not found) so the screen is never blank. */
export function FullPageMessage({
  title,
  busy = false,
  children,
}: {
  title: string;
  busy?: boolean;
  children: ReactNode;
}) {
  return (
    <>
      <header className="app-header">
        <a className="app-name" href={HOME}>
          Dateline
        </a>
      </header>
      <main className="full-page" aria-busy={busy}>
        <h1>{title}</h1>
        <div>{children}</div>
      </main>
    </>
  );
}
