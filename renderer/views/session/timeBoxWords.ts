import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { formatCountdown, type TimeBoxState } from '@shared/session';

/**
 * The time box in words, the same on the console and the wall: "De tijd is om", "3:00 · wacht
 * op spreker", "1:20 · gepauzeerd", or the running time (`running` wraps it, e.g. "nog 2:13").
 */
export function timeBoxWords(at: TimeBoxState, t: TFunction, running = (time: string) => time): string {
  const time = formatCountdown(at.remainingMs);
  if (at.over) return t('session.timeBox.over');
  if (at.waiting) return `${time} · ${t('session.timeBox.waiting')}`;
  if (at.paused) return `${time} · ${t('session.timeBox.paused')}`;
  return running(time);
}

/** The current time, renewed every `everyMs` while given (null: not renewed). */
export function useNow(everyMs: number | null): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (everyMs === null) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
