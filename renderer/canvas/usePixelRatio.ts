import { useSyncExternalStore } from 'react';

/**
 * The display's device pixel ratio, updated when it changes (the window moved to a display with
 * another scale, or the page was zoomed), so canvases are drawn again at the new sharpness.
 */
export function usePixelRatio(): number {
  return useSyncExternalStore(subscribe, current, () => 1);
}

function current(): number {
  return window.devicePixelRatio || 1;
}

function subscribe(onChange: () => void): () => void {
  // A resolution query matches only the ratio it was made for: make a new one after each change.
  let query: MediaQueryList | null = null;
  const listen = () => {
    query?.removeEventListener('change', changed);
    query = window.matchMedia(`(resolution: ${current()}dppx)`);
    query.addEventListener('change', changed);
  };
  const changed = () => {
    listen();
    onChange();
  };
  listen();
  // (Some changes, such as the browser's zoom, also come as a resize; an unchanged ratio re-renders nothing.)
  window.addEventListener('resize', onChange);
  return () => {
    query?.removeEventListener('change', changed);
    window.removeEventListener('resize', onChange);
  };
}
