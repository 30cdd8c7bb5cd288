import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import { BUNDLE_VERSION, type Manifest } from '../../bundle/index.ts';
import { dataUrl, fetchJson, readJson } from './fetch-json.ts';

declare global {
  interface Window {
    /** Started by index.html before the app's script loads; taken by the first fetchManifest. */
    __datelineManifest?: Promise<Response>;
  }
}

/** The request index.html started, once; later calls (retries, rebuilds) fetch afresh. */
function takeEarlyRequest(): Promise<Response> | undefined {
  if (typeof window === 'undefined') return undefined;
  const early = window.__datelineManifest;
  window.__datelineManifest = undefined;
  return early;
}

/** The manifest is the only file that changes in place, so it is always revalidated. */
export async function fetchManifest(): Promise<Manifest> {
  const early = takeEarlyRequest();
  const manifest = early
    ? await readJson<Manifest>(dataUrl('manifest.json'), await early)
    : await fetchJson<Manifest>('manifest.json', { cache: 'no-cache' });
  if (manifest.version !== BUNDLE_VERSION) {
    throw new Error(`The data bundle is version ${manifest.version}; this app reads version ${BUNDLE_VERSION}.`);
  }
  return manifest;
}

export const manifestQueryKey = ['manifest'] as const;

export function manifestQueryOptions() {
  return queryOptions({ queryKey: manifestQueryKey, queryFn: fetchManifest, staleTime: Infinity });
}

export function useManifest() {
  return useQuery(manifestQueryOptions());
}

/** The dev server's data plugin announces a rebuilt bundle; reload the manifest then. */
export function refetchManifestOnRebuild(queryClient: QueryClient): void {
  import.meta.hot?.on('dateline:bundle', () => {
    void queryClient.invalidateQueries({ queryKey: manifestQueryKey });
  });
}
