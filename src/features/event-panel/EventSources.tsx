import type { Source } from '../../bundle/index.ts';
import { domainOf, isExternalHref } from './links.ts';

export function EventSources({ sources }: { sources: Source[] }) {
  if (sources.length === 0) return null;
  return (
    <section className="panel-section" aria-labelledby="sources-heading">
      <h3 id="sources-heading">Sources</h3>
      <ul className="source-list">
        {sources.map((source, i) => (
          <li key={i}>
            {isExternalHref(source.url) ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {source.outlet}
              </a>
            ) : (
              source.outlet
            )}{' '}
            <span className="source-domain">{domainOf(source.url)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
