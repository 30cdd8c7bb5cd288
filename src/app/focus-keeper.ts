/**
 * Keeps keyboard focus off <body>. When the focused element leaves the page (Next replaced by
 * the next event's panel, a removed chip, a closed panel), focus moves to the element its
 * `data-refocus` keys name, else to the first of the fallbacks present: `data-focus-key`
 * marks the candidates. `request(key)` moves focus to an element as soon as it appears.
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react';

export interface FocusKeeper {
  request(key: string): void;
  destroy(): void;
}

export function createFocusKeeper(root: HTMLElement, fallbacks: string[]): FocusKeeper {
  let last: HTMLElement | null = null;
  let wanted: string | null = null;
  // Focus that landed on a fallback, waiting for a preferred element still loading.
  let pending: { keys: string[]; holder: HTMLElement } | null = null;

  const matching = (key: string) => `[data-focus-key~="${CSS.escape(key)}"]`;
  /** The first key with a rendered element, and that element. */
  const find = (keys: string[]): [number, HTMLElement] | null => {
    for (let i = 0; i < keys.length; i++) {
      const found = root.querySelector<HTMLElement>(matching(keys[i]));
      if (found && found.getClientRects().length > 0) return [i, found];
    }
    return null;
  };

  function check(): void {
    if (wanted !== null) {
      const found = find([wanted]);
      if (found) {
        wanted = null;
        found[1].focus({ preventScroll: true });
      }
      return;
    }
    if (pending) {
      if (document.activeElement !== pending.holder) pending = null;
      else {
        const found = find(pending.keys);
        if (found) {
          pending = null;
          found[1].focus({ preventScroll: true });
        }
        return;
      }
    }
    const active = document.activeElement;
    if ((active && active !== document.body) || !last || last.isConnected) return;
    const refocus = last.closest<HTMLElement>('[data-refocus]')?.dataset.refocus?.split(' ') ?? [];
    const keys = [...refocus, ...fallbacks];
    const found = find(keys);
    if (!found) return;
    const [rank, target] = found;
    target.focus({ preventScroll: true });
    // A better place may still be loading (the next event's panel): move there when it comes,
    // unless the user has moved on.
    if (rank > 0) pending = { keys: keys.slice(0, rank), holder: target };
  }

  const onFocusIn = (event: FocusEvent) => {
    if (event.target instanceof HTMLElement) last = event.target;
    wanted = null; // The user moved on.
  };
  root.addEventListener('focusin', onFocusIn);
  const observer = new MutationObserver(check);
  observer.observe(root, { childList: true, subtree: true });

  return {
    request(key) {
      wanted = key;
      pending = null;
      check();
    },
    destroy() {
      observer.disconnect();
      root.removeEventListener('focusin', onFocusIn);
    },
  };
}

/** A focus keeper over the element in `rootRef` for as long as the component lives. */
export function useFocusKeeper(rootRef: RefObject<HTMLElement | null>, fallbacks: string[]): (key: string) => void {
  const keeper = useRef<FocusKeeper | null>(null);
  const fallbackKey = fallbacks.join(' ');
  useEffect(() => {
    keeper.current = createFocusKeeper(rootRef.current!, fallbackKey.split(' '));
    return () => keeper.current?.destroy();
  }, [rootRef, fallbackKey]);
  return useCallback((key: string) => keeper.current?.request(key), []);
}
