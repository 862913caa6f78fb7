import { useEffect } from 'react';
import type { OpenedCaseFile } from '@shared/platform/types';
import { useServices } from './services';
import { navigate } from './router';

/**
 * Case files opened from the file manager (desktop) wait here until the library, which runs the
 * import, takes them: the app goes to the library when one arrives.
 */
const waiting: OpenedCaseFile[] = [];
const listeners = new Set<() => void>();

export function takeWaitingFiles(): OpenedCaseFile[] {
  return waiting.splice(0);
}

export function onWaitingFiles(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Mounted once by the app (not on the wall): takes opened files from the platform. */
export function useOpenedFiles(enabled: boolean): void {
  const { platform } = useServices();
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const take = async () => {
      const files = await platform.takeOpenedFiles().catch(() => []);
      if (!live || files.length === 0) return;
      waiting.push(...files);
      navigate({ name: 'library' });
      for (const l of listeners) l();
    };
    void take();
    const off = platform.onFilesOpened(() => void take());
    return () => {
      live = false;
      off();
    };
  }, [platform, enabled]);
}
