import { PanelSkeleton, SidePanel } from '../features/event-panel/index.ts';
import { SEARCH_FIELD } from '../features/search/index.ts';
import { EmbedBar } from './EmbedBar.tsx';
import { isEmbedded } from './embed-mode.ts';
import { ThemeToggle } from './ThemeToggle.tsx';
import { VIEW_SWITCH } from './ViewSwitch.tsx';
import './app.css';
import './header.css';

/** The shell's frame with placeholders, so nothing moves when the manifest arrives. */
export function ShellSkeleton() {
  return (
    <div className={isEmbedded() ? 'app app-embed' : 'app'} aria-busy="true">
      {isEmbedded() ? <EmbedBar /> : <HeaderSkeleton />}
      <main className="app-main">
        <section className="timeline-area" aria-label="Timeline" />
        <SidePanel onClose={null}>
          <PanelSkeleton />
        </SidePanel>
      </main>
    </div>
  );
}

/**
 * AppHeader's boxes in AppHeader's order, so the header wraps into the same rows at every width
 * (a one-row skeleton header moved the timeline 96 px down on a phone when the app arrived).
 */
function HeaderSkeleton() {
  return (
    <header className="app-header">
      <h1 className="app-name">Dateline</h1>
      <div className="search-field">
        <input type="search" aria-label={SEARCH_FIELD.label} placeholder={SEARCH_FIELD.placeholder} disabled />
      </div>
      <div className="app-search">
        <div className="tag-picker">
          <input type="text" aria-label="Filter by tag" placeholder="Filter by tag…" disabled />
        </div>
      </div>
      <output className="match-count">Loading…</output>
      <div className="app-tools">
        <div className={VIEW_SWITCH.className} role="group" aria-label={VIEW_SWITCH.label}>
          {VIEW_SWITCH.options.map(([option, text]) => (
            <button key={option} type="button" className={VIEW_SWITCH.optionClassName} disabled>
              {text}
            </button>
          ))}
        </div>
        <ThemeToggle />
        <button type="button" className="panel-button" disabled>
          Keys <kbd aria-hidden="true">?</kbd>
        </button>
      </div>
    </header>
  );
}
