import { useLayoutEffect, useRef } from 'react';

/**
 * A ref that holds the value of the latest render: handlers given out once (to memoised children,
 * timers) read it to act on current props without making those children re-render.
 */
export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}
