/**
 * Calls `onChange` whenever window.devicePixelRatio changes (browser zoom, the window moved to
 * another screen): neither necessarily resizes the element, yet the canvas backing store must
 * follow or it blurs. A resolution query matches one ratio, so it is renewed after each change.
 */
export function watchPixelRatio(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => {};
  let query: MediaQueryList | null = null;
  const changed = () => {
    listen();
    onChange();
  };
  function listen(): void {
    query?.removeEventListener('change', changed);
    query = matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`);
    query.addEventListener('change', changed);
  }
  listen();
  return () => query?.removeEventListener('change', changed);
}
