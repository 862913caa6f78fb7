/** Runs `f` when the browser is idle (at the latest after 300 ms); a timer where idle callbacks are missing. */
export function requestIdle(f: () => void): number {
  return typeof window.requestIdleCallback === 'function'
    ? window.requestIdleCallback(f, { timeout: 300 })
    : window.setTimeout(f, 30);
}

export function cancelIdle(id: number): void {
  if (typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(id);
  else window.clearTimeout(id);
}
