import { Link } from 'react-router';
import type { Manifest } from '../bundle/index.ts';
import { SearchField } from '../features/search/index.ts';
import { ActiveTags, MatchCount, TagPicker } from '../features/tag-filter/index.ts';
import { tagLabel } from '../lib/tag-labels.ts';
import type { ParsedView, ViewMode } from '../lib/url-state.ts';
import { ParamsNotice } from './ParamsNotice.tsx';
import { ThemeToggle } from './ThemeToggle.tsx';
import type { useSearchView } from './use-search-view.ts';
import type { ViewState } from './use-view-state.ts';
import { ViewSwitch } from './ViewSwitch.tsx';

import './header.css';

interface AppHeaderProps {
  manifest: Manifest;
  view: ParsedView;
  state: Pick<ViewState, 'addTag' | 'removeTag' | 'setMatch'>;
  search: Pick<ReturnType<typeof useSearchView>, 'text' | 'onTextChange' | 'onKeystroke' | 'onGoTo'>;
  matched: number | null;
  pending: boolean;
  /** The tag filter's data failed to load. */
  unavailable: boolean;
  onMode: (mode: ViewMode) => void;
  onHelp: () => void;
}

/** The banner: the one h1, the search landmarks (search or date, tag filter), view and theme switches. */
export function AppHeader(props: AppHeaderProps) {
  const { manifest, view, state, search, matched, pending, unavailable, onMode, onHelp } = props;
  return (
    <header className="app-header">
      <h1 className="app-name">
        <Link to="/">Dateline</Link>
      </h1>
      <SearchField
        text={search.text}
        onTextChange={search.onTextChange}
        onKeystroke={search.onKeystroke}
        onGoTo={search.onGoTo}
      />
      <search className="app-search" aria-label="Filter by tag">
        <TagPicker tags={manifest.tags} active={view.tags} onPick={state.addTag} />
      </search>
      <ActiveTags
        tags={view.tags}
        labels={view.tags.map((name) => tagLabel(manifest, name))}
        match={view.match}
        onRemove={state.removeTag}
        onMatchChange={state.setMatch}
        unavailable={unavailable}
      />
      <MatchCount total={manifest.eventCount} matched={matched} pending={pending} unavailable={unavailable} />
      <div className="app-tools">
        <ViewSwitch mode={view.mode} onChange={onMode} />
        <ThemeToggle />
        <button type="button" className="panel-button" aria-keyshortcuts="?" onClick={onHelp}>
          Keys <kbd aria-hidden="true">?</kbd>
        </button>
      </div>
      <ParamsNotice problems={view.problems} />
    </header>
  );
}
