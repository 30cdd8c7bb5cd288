import { useLocation } from 'react-router';

/** In an embed, in place of the header: the way to the full view of what the frame shows. */
export function EmbedBar() {
  const location = useLocation();
  const search = new URLSearchParams(location.search);
  search.delete('embed');
  const query = search.size > 0 ? `?${search}` : '';
  const href = `${import.meta.env.BASE_URL.replace(/\/$/, '')}${location.pathname}${query}`;
  return (
    <div className="embed-bar">
      <a href={href} target="_blank" rel="noopener">
        Open in Dateline <span aria-hidden="true">↗</span>
      </a>
    </div>
  );
}
