import { PanelSkeleton, SidePanel } from '../features/event-panel/index.ts';
import './app.css';

/** The shell's frame with placeholders, so nothing moves when the manifest arrives. */
export function ShellSkeleton() {
  return (
    <div className="app" aria-busy="true">
      <header className="app-header">
        <h1 className="app-name">Dateline</h1>
        <div className="tag-picker">
          <input type="text" aria-label="Filter by tag" placeholder="Filter by tag…" disabled />
        </div>
      </header>
      <main className="app-main">
        <section className="timeline-area" aria-label="Timeline" />
        <SidePanel onClose={null}>
          <PanelSkeleton />
        </SidePanel>
      </main>
    </div>
  );
}
